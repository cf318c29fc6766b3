namespace ReKs.Competence.Cli.Tests;

/// <summary>Every verb that reads the plan's evaluation document (<c>--series</c>, or <c>PLAN.evaluation.json</c> beside
/// the plan) finds and reads it the same way: the same messages and exit codes.</summary>
public class SeriesOptionTests
{
    public static TheoryData<string> Verbs => new() { "evaluate", "plan", "report" };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Series_MissingFile_ExitsTwoNamingItAndTheOption(string verb)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"reks-no-series-{Guid.NewGuid():N}.json");
        var (exit, output, error) = CliRunner.Run(verb, CliRunner.Example("gjovik-region.json"), "--series", missing);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal($"{missing}: the file does not exist / filen finnes ikke; name the evaluation document with --series / oppgi evalueringsdokumentet med --series\n", error);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Series_JsonStatTable_ExitsTwoSayingWhatItIs(string verb)
    {
        // The SSB sample table given where the evaluation document belongs: every verb says it is a table, not a document.
        var (exit, output, error) = CliRunner.Run(verb, CliRunner.Example("gjovik-region.json"), "--series", CliRunner.Example(Path.Combine("ssb", "kostra-pleie-og-omsorg.json")));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("kostra-pleie-og-omsorg.json: a JSON-stat table (", error, StringComparison.Ordinal);
    }
}
