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

    // Import/Data/bodo-home-care: Bodø's home-care export (seed 003), whose plan document is larger than its CSV files.
    private static readonly string Export = Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Cli.Tests", "Import", "Data", "bodo-home-care");

    [Fact]
    public void Import_PlanOverMaxBytes_IsRefusedNamingTheLimitAndTheOption()
    {
        var plan = CliRunner.Run("import", Export).Out;
        var size = System.Text.Encoding.UTF8.GetByteCount(plan);
        var csv = Directory.GetFiles(Export, "*.csv").Sum(f => new FileInfo(f).Length);
        Assert.True(csv < size - 1, "the export's files must be smaller than its plan for this test");

        var (exit, output, error) = CliRunner.Run("import", Export, "--max-bytes", (size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"the plan would be {size} bytes, more than the limit of {size - 1} bytes; no plan written. Raise the limit with --max-bytes {size}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PlanAtMaxBytes_IsWrittenAndReadBackWithTheSameOption()
    {
        var size = System.Text.Encoding.UTF8.GetByteCount(CliRunner.Run("import", Export).Out);
        var folder = Directory.CreateTempSubdirectory("reks-max-bytes-");
        try
        {
            var file = Path.Combine(folder.FullName, "plan.json");
            var limit = size.ToString(System.Globalization.CultureInfo.InvariantCulture);

            var written = CliRunner.Run("import", Export, "--max-bytes", limit, "--output", file);
            Assert.True(written.Exit == 0, written.Err);
            Assert.Equal(size, new FileInfo(file).Length);

            var read = CliRunner.Run("validate", file, "--max-bytes", limit);
            Assert.True(read.Exit == 0, read.Err);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
