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
        // --series was given: the message names the file and does not advise naming it with --series.
        Assert.Equal($"{missing}: the file does not exist / filen finnes ikke\n", error);
    }

    [Fact]
    public void Evaluate_NoSeriesAndNoDocumentBesideThePlan_SaysToNameItWithSeries()
    {
        var dir = Directory.CreateTempSubdirectory("reks-no-beside-");
        try
        {
            var plan = Path.Combine(dir.FullName, "region.json");
            File.Copy(CliRunner.Example("gjovik-region.json"), plan);
            var (exit, output, error) = CliRunner.Run("evaluate", plan);

            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Equal($"{Path.Combine(dir.FullName, "region.evaluation.json")}: the file does not exist / filen finnes ikke; name the evaluation document with --series / oppgi evalueringsdokumentet med --series\n", error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
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
