namespace ReKs.Competence.Cli.Tests.Report;

/// <summary>The whole report of each bundled example in both languages, byte for byte (issue 13: the report reads the
/// same views as the verbs, so a change to a view or a renderer shows here). The report is deterministic: no time
/// stamp, no machine path; "today" is <c>--as-of</c>.</summary>
public class ReportGoldenTests
{
    [Theory]
    [InlineData("gjovik-region.json", "2026-11-01", "nb", "report-gjovik-region.nb.html")]
    [InlineData("gjovik-region.json", "2026-11-01", "en", "report-gjovik-region.en.html")]
    [InlineData("bodo-hverdagsrehabilitering.json", "2013-09-01", "nb", "report-bodo-hverdagsrehabilitering.nb.html")]
    [InlineData("bodo-hverdagsrehabilitering.json", "2013-09-01", "en", "report-bodo-hverdagsrehabilitering.en.html")]
    public void Report_BundledExample_MatchesGolden(string example, string asOf, string lang, string golden)
    {
        var (exit, output, error) = CliRunner.Run("report", CliRunner.Example(example), "--as-of", asOf, "--lang", lang);
        Assert.True(exit == 0, error);
        CliRunner.AssertGolden(golden, output);
    }

    [Fact]
    public void Report_TwoRuns_AreTheSameBytes()
    {
        var first = CliRunner.Run("report", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-11-01").Out;
        var second = CliRunner.Run("report", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-11-01").Out;
        Assert.Equal(first, second);
        Assert.DoesNotContain(CliRunner.Root, first, StringComparison.Ordinal);
    }
}
