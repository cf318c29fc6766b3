using System.Text.Json;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli.Tests;

/// <summary><c>reks plan</c> on the test plan of measures (the core tests' Planning/measures-plan.json, after the Bodø
/// seed's training scheme) at 30 June 2013.</summary>
public class PlanVerbTests
{
    private static string MeasuresPlan => Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Tests", "Planning", "measures-plan.json");

    [Theory]
    [InlineData("table", "nb", "plan-measures.nb.txt")]
    [InlineData("markdown", "en", "plan-measures.en.md")]
    [InlineData("json", "nb", "plan-measures.json")]
    public void Plan_TestPlan_MatchesGolden(string format, string lang, string golden)
    {
        var (exit, output, error) = CliRunner.Run("plan", MeasuresPlan, "--format", format, "--lang", lang, "--as-of", "2013-06-30");
        Assert.True(exit == 0, error);
        CliRunner.AssertGolden(golden, output);
    }

    [Fact]
    public void PlanJson_CoveredPlusLeftIsTheNeed()
    {
        var (exit, output, error) = CliRunner.Run("plan", MeasuresPlan, "--format", "json", "--as-of", "2013-06-30");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("reks.plan", json.RootElement.GetProperty("format").GetString());
        Assert.All(json.RootElement.GetProperty("lines").EnumerateArray(), l =>
            Assert.Equal(l.GetProperty("needPercent").GetDecimal(), l.GetProperty("coveredPercent").GetDecimal() + l.GetProperty("leftPercent").GetDecimal()));
    }

    [Fact]
    public void PlanJson_IsWhatALibraryCallerGets()
    {
        // The Gjøvik-region example for one municipality, with the evaluation document beside the plan: the tool's JSON is
        // the library's ViewDocument.WriteString(PlanView) byte for byte.
        var (exit, output, error) = CliRunner.Run("plan", CliRunner.Example("gjovik-region.json"), "--format", "json", "--as-of", "2026-09-01", "--node", "gjovik");
        Assert.True(exit == 0, error);
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(CliRunner.Example("gjovik-region.json"))).GetValueOrThrow();
        using var stream = File.OpenRead(CliRunner.Example("gjovik-region.evaluation.json"));
        var indicators = EvaluationDocument.Read(stream, plan).GetValueOrThrow().Indicators;
        var asOf = new LocalDate(2026, 9, 1);
        var view = PlanView.Create(plan, PlanCoverage.Of(plan, asOf), PlanBudget.Of(plan), new NodeId("gjovik"), MeasureEvaluationPlan.Of(plan, indicators));
        Assert.Equal(ViewDocument.WriteString(view), output);
        Assert.Contains("\"kunnskapstest-legemiddel\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table", "nb")]
    [InlineData("markdown", "en")]
    public void PlanTextAndMarkdown_AreWhatALibraryCallerGets(string format, string lang)
    {
        // The verb is wiring: its table and Markdown are the reporting library's, written from PlanView alone.
        var (exit, output, error) = CliRunner.Run("plan", CliRunner.Example("gjovik-region.json"), "--format", format, "--lang", lang, "--as-of", "2026-09-01", "--node", "gjovik");
        Assert.True(exit == 0, error);
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(CliRunner.Example("gjovik-region.json"))).GetValueOrThrow();
        using var stream = File.OpenRead(CliRunner.Example("gjovik-region.evaluation.json"));
        var indicators = EvaluationDocument.Read(stream, plan).GetValueOrThrow().Indicators;
        var asOf = new LocalDate(2026, 9, 1);
        var view = PlanView.Create(plan, PlanCoverage.Of(plan, asOf), PlanBudget.Of(plan), new NodeId("gjovik"), MeasureEvaluationPlan.Of(plan, indicators));
        var language = lang == "en" ? Language.English : Language.Norwegian;
        Assert.Equal(format == "markdown" ? MarkdownTables.Plan(view, language) : TextTables.Plan(view, language), output);
        Assert.Contains(format == "markdown" ? "### " : "Evaluering per tiltak (Kirkpatrick)", output, StringComparison.Ordinal);
    }
}
