using System.Text.Json;

namespace ReKs.Competence.Cli.Tests;

public class GapsVerbTests
{
    [Theory]
    [InlineData("table", "nb", "gaps-sondre-land.nb.txt")]
    [InlineData("markdown", "en", "gaps-sondre-land.en.md")]
    [InlineData("json", "nb", "gaps-sondre-land.json")]
    public void Gaps_Example_MatchesGolden(string format, string lang, string golden)
    {
        var (exit, output, error) = CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--node", "sondre-land", "--format", format, "--lang", lang, "--as-of", "2026-09-01");
        Assert.True(exit == 0, error);
        CliRunner.AssertGolden(golden, output);
    }

    [Theory]
    [InlineData("table", "gaps-regional.nb.txt")]
    [InlineData("json", "gaps-regional.json")]
    public void GapsRegional_Example_MatchesGoldenAndCarriesNoPersonIds(string format, string golden)
    {
        var (exit, output, error) = CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--regional", "--format", format, "--as-of", "2026-09-01");
        Assert.True(exit == 0, error);
        Assert.DoesNotMatch(@"\bp\d{4}\b", output);
        CliRunner.AssertGolden(golden, output);
    }

    [Fact]
    public void GapsJson_HasAVersionedShape()
    {
        var (_, output, _) = CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--format", "json", "--as-of", "2026-09-01");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("reks.gaps", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("version").GetInt32());
        foreach (var line in doc.RootElement.GetProperty("lines").EnumerateArray())
        {
            // Conservation in the published numbers: gap = mobilise + develop + acquire.
            Assert.Equal(line.GetProperty("gap").GetDecimal(), line.GetProperty("mobilise").GetDecimal() + line.GetProperty("develop").GetDecimal() + line.GetProperty("acquire").GetDecimal());
        }
    }

    [Fact]
    public void Gaps_BadMinGroupSize_IsAUsageError() =>
        Assert.Equal(1, CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--min-group-size", "0").Exit);
}
