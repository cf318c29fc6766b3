using System.Text;
using ReKs.Competence.Cli.Import;

namespace ReKs.Competence.Cli.Tests.Import;

/// <summary>Issue 17: a Windows-1252 export was silently read as U+FFFD ("Gj�vik") and UTF-16 was accepted silently; the
/// import now reports the first byte that is not UTF-8 at its file, line and column, with the <c>--encoding</c> that reads
/// it, and converts Windows-1252 and UTF-16 when told to. The exports under Import/Encoded are byte files written by
/// Python's cp1252 and utf-16 codecs.</summary>
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

    private static string Encoded(string name) => Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Cli.Tests", "Import", "Encoded", name);

    [Theory]
    [InlineData("windows-1252", "windows-1252")]
    [InlineData("utf-16le-bom", "utf-16")]
    [InlineData("utf-16be-bom", "utf-16")]
    [InlineData("utf-16le-nobom", "utf-16")]
    public void Import_WithTheRightEncoding_ReadsEveryLetter(string export, string encoding)
    {
        var result = PlanImporter.Import(new DirectoryInfo(Encoded(export)), "Plan", null, encoding: ExportTextReader.ParseEncoding(encoding)!.Value);

        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        var plan = result.Plan!;
        Assert.Equal("Gjøvik kommune", plan.Organisation.Nodes[0].Name.Norwegian);
        Assert.Equal("Hjemmetjenesten Sør", plan.Organisation.Nodes[1].Name.Norwegian);
        Assert.Equal("Demensomsorg – «ABC» for ansatte i Gjøvik/Østre Toten", plan.Competences[0].Name.Norwegian);
        Assert.Equal(80.5m, plan.People[0].Share.Percent);
    }

    [Theory]
    [InlineData("windows-1252", "organisation.csv:2:11", "byte 0xF8", "--encoding windows-1252")]
    [InlineData("utf-16le-bom", "organisation.csv:1:1", "UTF-16", "--encoding utf-16")]
    [InlineData("utf-16be-bom", "organisation.csv:1:1", "UTF-16", "--encoding utf-16")]
    [InlineData("utf-16le-nobom", "organisation.csv:1:2", "zero byte", "--encoding utf-16")]
    public void Import_NonUtf8ExportReadAsUtf8_IsOneProblemWithTheEncodingThatReadsIt(string export, string location, string what, string hint)
    {
        var result = PlanImporter.Import(new DirectoryInfo(Encoded(export)), "Plan", null);

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(location, problem.Location);
        Assert.Contains(what, problem.Message, StringComparison.Ordinal);
        Assert.Contains(hint, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Utf16ExportReadAsWindows1252_IsRefusedNotTurnedIntoMojibake()
    {
        var result = PlanImporter.Import(new DirectoryInfo(Encoded("utf-16le-bom")), "Plan", null, encoding: ExportEncoding.Windows1252);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("organisation.csv:1:1", problem.Location);
        Assert.Contains("UTF-16", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Utf8WithByteOrderMarkReadAsWindows1252_IsRefused()
    {
        File.WriteAllBytes(Path.Combine(_folder, "organisation.csv"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("id,parent,name\ngjovik,,Gjøvik\n")]);

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null, encoding: ExportEncoding.Windows1252);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("organisation.csv:1:1", problem.Location);
        Assert.Contains("leave out --encoding", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ByteUndefinedInWindows1252_IsReportedAtItsColumn()
    {
        // 0x81 is one of the five bytes Windows-1252 leaves undefined (the Unicode mapping file cp1252.txt lists them as UNDEFINED).
        File.WriteAllBytes(Path.Combine(_folder, "organisation.csv"), [.. Latin1("id,parent,name\ngjovik,,Gj"), 0x81, .. Latin1("vik\n")]);

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null, encoding: ExportEncoding.Windows1252);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("organisation.csv:2:11", problem.Location);
        Assert.Contains("byte 0x81", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LoneSurrogateInUtf16_IsReportedAtItsColumn()
    {
        File.WriteAllBytes(Path.Combine(_folder, "organisation.csv"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("id,parent,name\ngjovik,,Gj"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("vik\n")]);

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null, encoding: ExportEncoding.Utf16);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("organisation.csv:2:11", problem.Location);
        Assert.Contains("0xD800", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ExportPassingMaxBytesWhileRead_IsReportedWhereItPassesTheLimit()
    {
        // organisation.csv has 30 bytes and people.csv's header line 24: the 60th byte is the 6th of people.csv's line 2.
        File.WriteAllText(Path.Combine(_folder, "organisation.csv"), "id,parent,name\ngjovik,,Gjovik\n");

        var result = PlanImporter.Import(new DirectoryInfo(_folder), "Plan", null, maxBytes: 59);

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("people.csv:2:6", problem.Location);
        Assert.Contains("59 bytes", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--max-bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportVerb_EncodingOption_ConvertsAWindows1252Export()
    {
        var (exit, output, error) = CliRunner.Run("import", Encoded("windows-1252"), "--encoding", "windows-1252");

        Assert.True(exit == 0, error);
        Assert.Contains("\"Gjøvik kommune\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportVerb_UnknownEncoding_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("import", Encoded("windows-1252"), "--encoding", "latin-9");

        Assert.Equal(1, exit);
        Assert.Contains("windows-1252", error, StringComparison.Ordinal);
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
