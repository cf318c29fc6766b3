using System.Text.RegularExpressions;

namespace ReKs.Competence.Cli.Tests.Report;

/// <summary>The report's "Measures and coverage" and "Budget" sections (issue "The plan closes the loop"), on the core
/// tests' plan of measures after the Bodø seed's training scheme, at 30 June 2013; the figures are those `reks plan`
/// prints for the same plan and date.</summary>
public class MeasuresBudgetSectionTests
{
    private static string MeasuresPlan => Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Tests", "Planning", "measures-plan.json");

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public void Report_PlanWithMeasures_ShowsCoverageTheMeasuresAndTheGapAheadWithAndWithout()
    {
        var (exit, html, error) = CliRunner.Run("report", MeasuresPlan, "--as-of", "2013-06-30", "--lang", "en");
        Assert.True(exit == 0, error);
        var section = Section(html, "measures");
        Assert.Contains("Measures and coverage", section, StringComparison.Ordinal);
        Assert.Contains("The measures", section, StringComparison.Ordinal);
        Assert.Contains("The gap ahead, with and without the measures", section, StringComparison.Ordinal);

        // Every need row: covered + left = need (person-years with one decimal, so within rounding of the parts).
        var rows = Regex.Matches(section, @"<td class=""n"">([\d.]+)</td><td class=""n"">([\d.]+)</td><td class=""n a"">([\d.]+)</td>");
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => decimal.Parse(r.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0m);
        Assert.All(rows, r =>
        {
            var (need, covered, left) = (Parse(r.Groups[1].Value), Parse(r.Groups[2].Value), Parse(r.Groups[3].Value));
            Assert.InRange(need - covered - left, -0.1m, 0.1m);
        });
    }

    [Fact]
    public void Report_PlanWithCostsAndFunding_ShowsTheBudgetPerYearGoalAndSource()
    {
        var (exit, html, error) = CliRunner.Run("report", MeasuresPlan, "--as-of", "2013-06-30", "--lang", "nb");
        Assert.True(exit == 0, error);
        var section = Section(html, "budget");
        Assert.Contains("Budsjett", section, StringComparison.Ordinal);
        Assert.Contains("Per mål", section, StringComparison.Ordinal);
        Assert.Contains("Per finansieringskilde", section, StringComparison.Ordinal);
        Assert.Contains("<td>Sum</td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PlanWithoutMeasures_SaysSoInsteadOfEmptyTables()
    {
        var (exit, html, error) = CliRunner.Run("report", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-09-01", "--lang", "en");
        Assert.True(exit == 0, error);
        Assert.Contains("No measure of the plan has costs or funding yet.", Section(html, "budget"), StringComparison.Ordinal);
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
