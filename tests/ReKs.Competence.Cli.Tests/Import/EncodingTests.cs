using System.Text;
using ReKs.Competence.Cli.Import;

namespace ReKs.Competence.Cli.Tests.Import;

/// <summary>Issue 17: a Windows-1252 export was silently read as U+FFFD ("Gj�vik") and UTF-16 was accepted silently; the
/// import now reports the first byte that is not UTF-8 at its file, line and column.</summary>
public sealed class EncodingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reks-encoding-" + Guid.NewGuid().ToString("N"));

    public EncodingTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "people.csv"), "id,node,positionPercent\np1,gjovik,100\n");
        File.WriteAllText(Path.Combine(_folder, "holdings.csv"), "person,competence,basis,used\n");
        File.WriteAllText(Path.Combine(_folder, "requirements.csv"), "node,competence,minLevel,amountPercent\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Import_Windows1252Export_ReportsTheFirstBadByteWithLineAndColumn()
    {
        File.WriteAllBytes(Path.Combine(_folder, "organisation.csv"), Latin1("id,parent,name\ngjovik,,Gjøvik\n"));

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("organisation.csv:2:11", problem.Location);
        Assert.Contains("byte 0xF8", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Utf16Export_IsReportedNotReadAsGarbage()
    {
        File.WriteAllBytes(Path.Combine(_folder, "organisation.csv"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("id,parent,name\ngjovik,,Gjøvik\n")]);

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("organisation.csv:1:1", problem.Location);
        Assert.Contains("UTF-16", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Utf8WithByteOrderMark_ReadsTheNames()
    {
        File.WriteAllBytes(Path.Combine(_folder, "organisation.csv"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("id,parent,name\ngjovik,,Gjøvik\n")]);

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null);

        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        Assert.Equal("Gjøvik", result.Plan!.Organisation.Nodes[0].Name.Norwegian);
    }

    [Fact]
    public void ImportVerb_ExportOverMaxBytes_IsAnInputErrorNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "organisation.csv"), "id,parent,name\ngjovik,,Gjøvik\n");

        var (exit, output, error) = CliRunner.Run("import", _folder, "--max-bytes", "60");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("people.csv", error, StringComparison.Ordinal);
        Assert.Contains("--max-bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportVerb_MaxBytesZero_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("import", _folder, "--max-bytes", "0");

        Assert.Equal(1, exit);
        Assert.Contains("--max-bytes", error, StringComparison.Ordinal);
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
