using System.CommandLine;
using System.Text.RegularExpressions;

namespace ReKs.Competence.Cli.Tests;

/// <summary>Every verb's <c>--help</c> shows an example of its use (issue 6: "--help on every verb with an example"), in the
/// language of the command line (issue 13: "--help lists only the formats a verb takes, in lowercase, with meaningful
/// placeholders"; descriptions and defaults in the language chosen, Norwegian by default).</summary>
public partial class HelpTests
{
    /// <summary>Words only English help uses (whole words, any case).</summary>
    private static readonly string[] English = ["the", "and", "of", "with", "without", "default", "show", "write", "file", "only", "options", "usage", "examples"];

    /// <summary>Words only Norwegian help uses.</summary>
    private static readonly string[] Norwegian = ["og", "eller", "som", "med", "uten", "denne", "bare", "skriv", "vis", "til", "på", "fil", "valg", "bruk", "eksempler", "språket"];

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
    public void Help_EveryVerb_PrintsAnExample(string verb)
    {
        var (exit, output, error) = CliRunner.Run(verb, "--help");
        Assert.True(exit == 0, error);
        Assert.Contains($"reks {verb}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Root_ListsEveryVerb()
    {
        var (exit, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, exit);
        foreach (Command verb in Verbs.All(new CliContext(TextWriter.Null, TextWriter.Null, CliRunner.Today)))
        {
            Assert.Contains(verb.Name, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("gaps")]
    [InlineData("wheel")]
    [InlineData("evaluate")]
    [InlineData("import")]
    [InlineData("validate")]
    public void Help_Norwegian_HasNoEnglishDescription(string verb)
    {
        var (exit, output, _) = CliRunner.Run(verb, "--help");
        Assert.Equal(0, exit);
        var text = WithoutExamples(output);
        foreach (var description in Descriptions(verb, Lang.En))
        {
            Assert.DoesNotContain(description, output, StringComparison.Ordinal);
        }

        var foreign = English.Where(w => Regex.IsMatch(text, $@"\b{w}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        Assert.True(foreign.Count == 0, $"{string.Join(", ", foreign)} in:\n{text}");
        Assert.Contains("(standard:", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gaps")]
    [InlineData("wheel")]
    [InlineData("evaluate")]
    [InlineData("import")]
    [InlineData("validate")]
    public void Help_English_HasNoNorwegianDescription(string verb)
    {
        var (exit, output, _) = CliRunner.Run(verb, "--help", "--lang", "en");
        Assert.Equal(0, exit);
        var text = WithoutExamples(output);
        foreach (var description in Descriptions(verb, Lang.Nb))
        {
            Assert.DoesNotContain(description, output, StringComparison.Ordinal);
        }

        var foreign = Norwegian.Where(w => Regex.IsMatch(text, $@"\b{w}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        Assert.True(foreign.Count == 0, $"{string.Join(", ", foreign)} in:\n{text}");
        Assert.Contains("(default:", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public void Help_EveryVerb_IsInOneLanguageWithLowercaseFormatsAndNoParserDefaults(string verb)
    {
        var nb = CliRunner.Run(verb, "--help").Out;
        var en = CliRunner.Run("--lang", "en", verb, "--help").Out;
        Assert.Contains("Bruk:", nb, StringComparison.Ordinal);
        Assert.Contains("Valg:", nb, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", nb, StringComparison.Ordinal);
        Assert.Contains("Usage:", en, StringComparison.Ordinal);
        Assert.Contains("Options:", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Valg:", en, StringComparison.Ordinal);
        foreach (var text in new[] { nb, en })
        {
            Assert.DoesNotContain("[default", text, StringComparison.Ordinal); // the parser's "[default: Nb]"
            Assert.DoesNotContain(" / ", text, StringComparison.Ordinal); // the old "norsk / English" pairs
            Assert.DoesNotMatch(@"--format [^\s]*[A-Z]", text);
            Assert.DoesNotMatch(@"--[a-z-]+ <", text); // placeholders are words, not the parser's <option-name>
        }

        var (nbVerb, enVerb) = (Verb(verb, Lang.Nb), Verb(verb, Lang.En));
        Assert.NotEqual(HelpPage.Summary(nbVerb), HelpPage.Summary(enVerb));
        foreach (var (n, e) in HelpPage.OptionsOf(nbVerb).Zip(HelpPage.OptionsOf(enVerb)))
        {
            Assert.NotEqual(n.Description, e.Description);
        }
    }

    [Fact]
    public void Help_LanguageAnywhereOnTheLine_DecidesAndNorwegianWithout()
    {
        Assert.Contains("Kommandoer:", CliRunner.Run("--help").Out, StringComparison.Ordinal);
        Assert.Contains("Commands:", CliRunner.Run("--help", "--lang", "en").Out, StringComparison.Ordinal);
        Assert.Contains("Commands:", CliRunner.Run("--lang=en", "--help").Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", CliRunner.Run("gaps", "--help", "--lang", "en").Out, StringComparison.Ordinal);
        Assert.Contains("Eksempler:", CliRunner.Run("gaps", "--help", "--lang", "nb").Out, StringComparison.Ordinal);
        Assert.Contains("Eksempler:", CliRunner.Run("gaps", "-h").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_SaysSoInTheChosenLanguage_Exit1()
    {
        var (exit, _, error) = CliRunner.Run();
        Assert.Equal(1, exit);
        Assert.StartsWith("reks: oppgi en kommando", error, StringComparison.Ordinal);
        Assert.StartsWith("reks: give a command", CliRunner.Run("--lang", "en").Err, StringComparison.Ordinal);
    }

    private static Command Verb(string name, Lang l) => CliReference.Commands(l).Subcommands.Single(c => c.Name == name);

    /// <summary>Every description of a verb in a language: its summary, its arguments' and its options'.</summary>
    private static IEnumerable<string> Descriptions(string verb, Lang l)
    {
        var command = Verb(verb, l);
        return command.Arguments.Select(a => a.Description).Concat(command.Options.Select(o => o.Description)).Append(HelpPage.Summary(command))
            .OfType<string>().Where(d => d.Length > 0);
    }

    /// <summary>The help's words: without its examples, which quote command lines (<c>--lang en</c>, Norwegian file
    /// names), and without option names and paths (<c>--as-of</c>, <c>docs/examples/…</c>).</summary>
    private static string WithoutExamples(string help)
    {
        var cut = help.IndexOf("\nE", help.IndexOf("Valg:", StringComparison.Ordinal) is var v and >= 0 ? v : Math.Max(0, help.IndexOf("Options:", StringComparison.Ordinal)), StringComparison.Ordinal);
        return Regex.Replace(cut < 0 ? help : help[..cut], @"\S*[-/.]\S*", " ");
    }
}
