using System.Text.Json.Nodes;

namespace ReKs.Competence.Cli.Tests;

/// <summary>
/// Ordinary mistakes and hostile text (issue "Reliability and data protection"; issue "Views, not verbs", "What a
/// newcomer hit"): one line and exit code 1 (usage) or 2 (input), 70 for a bug, never a stack trace; control
/// characters from a document never reach the terminal raw.
/// </summary>
public class RobustnessTests
{
    private static readonly string Example = CliRunner.Example("gjovik-region.json");

    [Theory]
    [InlineData("gaps")]
    [InlineData("inventory")]
    [InlineData("evaluate")]
    [InlineData("wheel")]
    public void UnknownFormat_IsOneUsageLineNamingTheFormatsTheVerbTakes(string verb)
    {
        var (exit, _, error) = CliRunner.Run(verb, Example, "--format", "xml");
        Assert.Equal(1, exit);
        Assert.Contains("--format xml", error, StringComparison.Ordinal);
        Assert.Contains("table", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ReKs.Competence.Cli.OutputFormat", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_IsAcceptedInAnyCase()
    {
        Assert.Equal(0, CliRunner.Run("gaps", Example, "--as-of", "2026-09-01", "--node", "gjovik", "--format", "Markdown").Exit);
    }

    [Fact]
    public void Output_IntoAMissingFolder_IsAUsageErrorNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "reks-missing-" + Guid.NewGuid().ToString("N"), "gaps.txt");
        var (exit, _, error) = CliRunner.Run("gaps", Example, "--output", missing);
        Assert.Equal(1, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_AtAFolder_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("report", Example, "--output", Path.GetTempPath());
        Assert.Equal(1, exit);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownNode_SuggestsTheNearestIds()
    {
        var (exit, _, error) = CliRunner.Run("gaps", Example, "--node", "gjovk");
        Assert.Equal(1, exit);
        Assert.Contains("did you mean: gjovik", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("gaps")]
    [InlineData("inventory")]
    public void EscapeSequencesInADocument_AreShownNotObeyed(string verb)
    {
        // An untrusted plan: a node name with an OSC "set window title" and an ANSI "clear screen", and a bad reference
        // carrying the same. Whether a reader accepts the name or reports it, nothing raw reaches the terminal.
        var doc = JsonNode.Parse(File.ReadAllText(Example))!.AsObject();
        var gjovik = doc["organisation"]!.AsArray().First(n => (string?)n!["id"] == "gjovik")!;
        gjovik["name"] = new JsonObject { ["nb"] = "Gjøvik\u001b]0;pwned\u0007\u001b[2J" };
        doc["people"]![0]!["node"] = "x\u001b[2J";
        var file = Path.Combine(Path.GetTempPath(), $"reks-hostile-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, doc.ToJsonString());
        try
        {
            var (_, output, error) = CliRunner.Run(verb, file, "--as-of", "2026-09-01");
            Assert.DoesNotContain('\u001b', error + output);
            Assert.DoesNotContain('\u0007', error + output);
            Assert.NotEqual(string.Empty, error + output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Inventory_EscapeSequencesInThePlanName_AreShownAsSymbols()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Example))!.AsObject();
        doc["name"] = new JsonObject { ["nb"] = "ReKs\u001b]0;pwned\u0007" };
        var file = Path.Combine(Path.GetTempPath(), $"reks-hostile-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, doc.ToJsonString());
        try
        {
            var (exit, output, error) = CliRunner.Run("inventory", file, "--as-of", "2026-09-01", "--node", "gjovik");
            Assert.DoesNotContain('\u001b', error + output);
            if (exit == 0)
            {
                Assert.Contains("␛]0;pwned␇", output, StringComparison.Ordinal); // the reader accepted the name: shown
            }
            else
            {
                Assert.Equal(2, exit); // the reader refuses control characters in names: reported at the path
                Assert.Contains("$.name", error, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Run_AnUnexpectedException_IsOneLineAndExitCode70()
    {
        var error = new StringWriter { NewLine = "\n" };
        var exit = ReksCli.Run(["gaps", Example, "--as-of", "2026-09-01"], new FailingWriter(), error, CliRunner.Today);
        Assert.Equal(70, exit);
        Assert.Contains("internal error", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.True(error.ToString().TrimEnd().Split('\n').Length <= 2, error.ToString());
    }

    [Theory]
    [InlineData("a\u001b[31mb", "a␛[31mb")]
    [InlineData("line\nbreak", "line␊break")]
    [InlineData("nul\0", "nul␀")]
    [InlineData("c1\u009b", "c1\uFFFD")]
    [InlineData("Gjøvik – «sykehjem»", "Gjøvik – «sykehjem»")]
    public void Terminal_Safe_ShowsEveryControlCharacter(string text, string shown) => Assert.Equal(shown, Terminal.Safe(text));

    [Fact]
    public void TextTable_Markdown_KeepsOneRowPerRowAndPassesNoHtml()
    {
        var table = new TextTable("Node", "Name");
        table.Add("a", "two\nlines | <script>alert(1)</script>");
        var markdown = table.Render(markdown: true);
        Assert.Equal(3, markdown.TrimEnd().Split('\n').Length);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("\\|", markdown, StringComparison.Ordinal);
    }

    private sealed class FailingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("the writer broke");

        public override void Write(string? value) => throw new InvalidOperationException("the writer broke");
    }
}
