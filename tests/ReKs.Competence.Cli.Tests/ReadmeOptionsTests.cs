using System.CommandLine;
using System.Text.RegularExpressions;

namespace ReKs.Competence.Cli.Tests;

/// <summary>The README's "Every option of every verb" says what <c>--help</c> says (issue 13: "the README: every verb's options").</summary>
public partial class ReadmeOptionsTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(CliRunner.Root, "README.md"));

    public static TheoryData<string> VerbNames()
    {
        var data = new TheoryData<string>();
        foreach (var verb in Verbs.All(new CliContext(TextWriter.Null, TextWriter.Null, CliRunner.Today)))
        {
            data.Add(verb.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public void Readme_EveryOptionTheHelpLists_IsDocumentedUnderItsVerb(string verb)
    {
        var documented = Documented(verb);
        var listed = Listed(verb);

        Assert.Empty(listed.Except(documented, StringComparer.Ordinal)); // an option the README does not explain
        Assert.Empty(documented.Except(listed, StringComparer.Ordinal)); // an option the verb no longer has
    }

    [Fact]
    public void Readme_OptionTables_CoverEveryVerb()
    {
        var verbs = VerbHeading().Matches(Readme).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Verbs.All(new CliContext(TextWriter.Null, TextWriter.Null, CliRunner.Today)).Select(v => v.Name).Order(StringComparer.Ordinal), verbs.Order(StringComparer.Ordinal));
    }

    /// <summary>The option names (and aliases) the verb's help lists, without the help option every verb has.</summary>
    private static HashSet<string> Listed(string verb)
    {
        var command = Verbs.All(new CliContext(TextWriter.Null, TextWriter.Null, CliRunner.Today)).Single(v => v.Name == verb);
        return command.Options.Where(o => !o.Hidden && o is not System.CommandLine.Help.HelpOption)
            .SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The option names in the first column of the verb's table in the README.</summary>
    private static HashSet<string> Documented(string verb)
    {
        var start = Readme.IndexOf($"**`reks {verb} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no option table for reks {verb}");
        var end = Readme.IndexOf("**`reks ", start + 2, StringComparison.Ordinal);
        var stop = Readme.IndexOf("Every verb also takes", start, StringComparison.Ordinal);
        var section = Readme[start..(end < 0 || (stop >= 0 && stop < end) ? stop : end)];
        return [.. section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(l => OptionName().Matches(l.Split('|')[1]).Select(m => m.Groups[1].Value))];
    }

    [GeneratedRegex("(?<![\\w-])(--?[a-z][a-z-]*)")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"\*\*`reks ([a-z]+) ")]
    private static partial Regex VerbHeading();
}
