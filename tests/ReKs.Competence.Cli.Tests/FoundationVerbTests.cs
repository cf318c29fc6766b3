namespace ReKs.Competence.Cli.Tests;

public class FoundationVerbTests
{
    [Fact]
    public void Validate_Example_IsValidWithExitZero()
    {
        var (exit, output, _) = CliRunner.Run("validate", CliRunner.Example("gjovik-region.json"));
        Assert.Equal(0, exit);
        Assert.Contains("gyldig plan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenPlan_ListsEveryProblemOnStderrWithExitTwo()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{"schemaVersion": 1, "name": {"nb": "x"}, "organisation": [], "competences": [], "people": [{"id": "p1", "node": "n", "positionPercent": 101}], "requirements": [], "extra": 1}""");
        var (exit, _, error) = CliRunner.Run("validate", file);
        Assert.Equal(2, exit);
        Assert.Contains("$.extra", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_IsInvalidInput() => Assert.Equal(2, CliRunner.Run("validate", "no-such-plan.json").Exit);

    [Fact]
    public void UnknownOption_IsUsageErrorWithExitOne() => Assert.Equal(1, CliRunner.Run("inventory", CliRunner.Example("gjovik-region.json"), "--frobnicate").Exit);

    [Theory]
    [InlineData("table", "nb", "inventory-gjovik.nb.txt")]
    [InlineData("markdown", "en", "inventory-gjovik.en.md")]
    [InlineData("json", "nb", "inventory-gjovik.json")]
    public void Inventory_Example_MatchesGolden(string format, string lang, string golden)
    {
        var (exit, output, error) = CliRunner.Run("inventory", CliRunner.Example("gjovik-region.json"), "--node", "gjovik", "--format", format, "--lang", lang, "--as-of", "2026-09-01");
        Assert.True(exit == 0, error);
        CliRunner.AssertGolden(golden, output);
    }

    [Fact]
    public void Inventory_UnknownNode_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("inventory", CliRunner.Example("gjovik-region.json"), "--node", "oslo");
        Assert.Equal(1, exit);
        Assert.Contains("oslo", error, StringComparison.Ordinal);
    }
}
