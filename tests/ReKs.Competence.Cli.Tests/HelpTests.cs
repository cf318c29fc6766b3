using System.CommandLine;

namespace ReKs.Competence.Cli.Tests;

/// <summary>Every verb's <c>--help</c> shows an example of its use (issue 6: "--help on every verb with an example").</summary>
public class HelpTests
{
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
}
