namespace ReKs.Competence.Cli.Tests;

/// <summary><c>--max-bytes</c> on every verb that reads a plan (issue 16, "National scale": "the reader's 64 MiB default
/// limit is an option the tool can raise"): a plan over the limit is refused with the limit and the option named, and
/// raising the limit reads it.</summary>
public class MaxBytesTests
{
    private static readonly string Plan = CliRunner.Example("gjovik-region.json");

    private static readonly long Size = new FileInfo(Plan).Length;

    public static TheoryData<string[]> PlanVerbs() =>
    [
        ["validate", Plan],
        ["inventory", Plan],
        ["gaps", Plan],
        ["wheel", Plan, "--year", "2027"],
        ["evaluate", Plan],
        ["report", Plan],
        ["plan", Plan],
    ];

    [Theory]
    [MemberData(nameof(PlanVerbs))]
    public void MaxBytes_BelowThePlansSize_IsAnInputErrorNamingTheLimitAndTheOption(string[] args)
    {
        var (exit, _, error) = CliRunner.Run([.. args, "--max-bytes", (Size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.Equal(2, exit);
        Assert.Contains($"the plan document is {Size} bytes, more than the limit of {Size - 1} bytes; raise the limit with --max-bytes", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PlanVerbs))]
    public void MaxBytes_AtThePlansSize_ReadsThePlan(string[] args)
    {
        var (exit, _, error) = CliRunner.Run([.. args, "--max-bytes", Size.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.True(exit == 0, error);
    }

    [Fact]
    public void MaxBytes_Zero_IsAUsageError() =>
        Assert.Equal(1, CliRunner.Run("gaps", Plan, "--max-bytes", "0").Exit);
}
