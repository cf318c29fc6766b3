using System.Text.Json;

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
}
