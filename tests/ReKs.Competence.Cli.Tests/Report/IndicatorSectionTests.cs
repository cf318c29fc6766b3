using System.Globalization;
using System.Text;

namespace ReKs.Competence.Cli.Tests.Report;

/// <summary>The report's indicator section with the charts beyond P and U: I with its MR chart, T, G and a run chart with an excluded month.</summary>
public class IndicatorSectionTests
{
    [Fact]
    public void Report_IChartTChartGChartAndRunChart_AreDrawnEachAsItsKind()
    {
        var file = Path.Combine(Path.GetTempPath(), $"reks-charts-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Document());
        try
        {
            var (exit, html, error) = CliRunner.Run("report", CliRunner.Example("gjovik-region.json"), "--series", file, "--as-of", "2026-11-01", "--lang", "en");
            Assert.True(exit == 0, error);
            Assert.Contains("data-indicator=\"ventetid-minutter\"", html, StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<div class=\"mr-chart\" data-chart=\"MR\"><svg"));
            Assert.Contains("(I chart with MR)", html, StringComparison.Ordinal);
            Assert.Contains("moving range (MR)", html, StringComparison.Ordinal);
            Assert.Contains("(T chart)", html, StringComparison.Ordinal);
            Assert.Contains("(G chart)", html, StringComparison.Ordinal);
            Assert.Contains("(run chart)", html, StringComparison.Ordinal);
            Assert.Contains("left out of the calculations: 2024-06", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Report_BundledExample_DrawsTheKnowledgeTestAsXbarWithItsSChartAndTheFallsAsATChart()
    {
        // The Gjøvik example (eng/generate-gjovik-evaluation.py): the knowledge test is subgrouped, the falls with injury
        // are days between events.
        var (exit, html, error) = CliRunner.Run("report", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-11-01", "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<div class=\"s-chart\" data-chart=\"S\"><svg"));
        Assert.Contains("(Xbar chart with S)", html, StringComparison.Ordinal);
        Assert.Contains("subgroup standard deviation (S)", html, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"dager-mellom-fall-med-skade\"", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "\\(T chart\\)"));
    }

    /// <summary>Made-up series for one nursing home: minutes (I, one month missing), days between falls (T), care days between infections (G), and a run chart with June 2024 excluded.</summary>
    internal static string Document()
    {
        static string Series(string indicator, IEnumerable<double?> values, int? exclude = null) =>
            $"{{\"indicator\": \"{indicator}\", \"node\": \"gjovik-sykehjem\", \"observations\": [" + string.Join(", ", values.Select((v, i) =>
                $"{{\"period\": \"{new DateTime(2024, 1, 1).AddMonths(i):yyyy-MM}\", \"value\": {(v is { } x ? x.ToString(CultureInfo.InvariantCulture) : "null")}{(i == exclude ? ", \"exclude\": true" : string.Empty)}}}")) + "]}";
        static string Indicator(string id, string kind, string direction, string chart = "control") =>
            $"{{\"id\": \"{id}\", \"name\": {{\"nb\": \"{id}\"}}, \"unit\": {{\"nb\": \"enhet\"}}, \"kind\": \"{kind}\", \"direction\": \"{direction}\", \"level\": \"results\", \"chart\": \"{chart}\"}}";
        double?[] minutes = [12, 14, 11, 13, 15, 12, null, 13, 14, 12, 11, 13, 12, 14, 13, 12, 11, 13, 14, 12];
        double?[] days = [5, 9, 3, 12, 7, 4, 8, 6, 10, 2, 7, 5, 9, 6, 30, 45, 38, 52, 41, 60];
        double?[] between = [120, 45, 300, 80, 60, 210, 95, 30, 150, 70, 110, 40, 90, 160, 75, 130, 55, 200, 85, 100];
        double?[] run = [3, 4, 3, 5, 4, 20, 3, 4, 5, 4, 3, 4, 5, 3, 4, 4, 3, 5, 4, 3];
        var sb = new StringBuilder("{\"schemaVersion\": 1, \"indicators\": [");
        sb.Append(string.Join(", ", Indicator("ventetid-minutter", "measured", "lower"), Indicator("dager-mellom-fall", "timeBetweenEvents", "higher"),
            Indicator("liggedogn-mellom-infeksjoner", "opportunitiesBetweenEvents", "higher"), Indicator("klager", "count", "lower", "run")));
        sb.Append("], \"series\": [");
        sb.Append(string.Join(", ", Series("ventetid-minutter", minutes), Series("dager-mellom-fall", days), Series("liggedogn-mellom-infeksjoner", between), Series("klager", run, exclude: 5)));
        sb.Append("]}");
        return sb.ToString();
    }
}
