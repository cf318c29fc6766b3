namespace ReKs.Competence.Cli.Tests;

/// <summary>The CLI reference (<c>docs/cli.md</c>, <c>docs/cli.nb.md</c>) and the README's option tables are written from
/// the command definitions (issue 15: "the CLI reference … generated"; issue 13: "the README: every verb's options"); a
/// stale copy fails here, and <c>REKS_UPDATE_GOLDEN=1</c> rewrites it.</summary>
public class CliReferenceTests
{
    private const string ReadmeStart = "<!-- options: written from the command definitions by CliReference.ReadmeOptions; REKS_UPDATE_GOLDEN=1 rewrites this section -->\n";
    private const string ReadmeEnd = "<!-- end of options -->";

    [Theory]
    [InlineData("cli.md", "en")]
    [InlineData("cli.nb.md", "nb")]
    public void Reference_Committed_IsWhatTheCommandsSay(string file, string lang)
    {
        var language = lang == "en" ? Lang.En : Lang.Nb;
        var path = Path.Combine(CliRunner.Root, "docs", file);
        var expected = CliReference.Markdown(language);
        if (Environment.GetEnvironmentVariable("REKS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"docs/{file} is missing; run the tests once with REKS_UPDATE_GOLDEN=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Readme_OptionSection_IsWhatTheCommandsSay()
    {
        var path = Path.Combine(CliRunner.Root, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(ReadmeStart, StringComparison.Ordinal);
        var end = readme.IndexOf(ReadmeEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the generated option section's markers");
        var body = start + ReadmeStart.Length;
        var expected = "\n" + CliReference.ReadmeOptions() + "\n";
        if (Environment.GetEnvironmentVariable("REKS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, readme[..body] + expected + readme[end..]);
            readme = File.ReadAllText(path);
            end = readme.IndexOf(ReadmeEnd, StringComparison.Ordinal);
        }

        Assert.Equal(expected, readme[body..end]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nb")]
    public void Reference_EveryVerbAndOption_IsInIt(string lang)
    {
        var language = lang == "en" ? Lang.En : Lang.Nb;
        var text = CliReference.Markdown(language);
        foreach (var verb in CliReference.Commands(language).Subcommands)
        {
            Assert.Contains($"## `reks {verb.Name} ", text, StringComparison.Ordinal);
            foreach (var option in HelpPage.OptionsOf(verb))
            {
                Assert.Contains($"| `{HelpPage.Label(option).Replace("|", "\\|", StringComparison.Ordinal)}` |", text, StringComparison.Ordinal);
            }
        }

        foreach (var (code, _) in HelpPage.ExitCodes)
        {
            Assert.Contains($"| {code} |", text, StringComparison.Ordinal);
        }
    }
}
