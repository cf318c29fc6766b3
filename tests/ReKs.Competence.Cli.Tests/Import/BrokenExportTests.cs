using ReKs.Competence.Cli.Import;

namespace ReKs.Competence.Cli.Tests.Import;

/// <summary>The corpus of broken exports: each folder under Import/Broken holds the CSV files and expected.txt, the
/// <c>file:line:column</c> of every problem the import must report, in order.</summary>
public class BrokenExportTests
{
    private static string Corpus => Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Cli.Tests", "Import", "Broken");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Corpus).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_BrokenExport_ReportsExactlyTheExpectedLocations(string name)
    {
        var folder = Path.Combine(Corpus, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();

        var result = PlanImporter.Import(new DirectoryInfo(folder), "Plan", null);

        Assert.Null(result.Plan);
        var actual = result.Problems.Select(p => p.Location).ToList();
        Assert.True(expected.SequenceEqual(actual), $"{name}: expected\n  {string.Join("\n  ", expected)}\nbut got\n  {string.Join("\n  ", result.Problems)}");
    }

    [Fact]
    public void Corpus_HasCases() => Assert.True(Cases().Count >= 5);

    [Fact]
    public void ImportVerb_BrokenExport_ListsEveryProblemOnStderrWithExitTwo()
    {
        var (exit, output, error) = CliRunner.Run("import", Path.Combine(Corpus, "bad-numbers"));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("people.csv:3:3: positionPercent 'åtti' is not a number", error, StringComparison.Ordinal);
        Assert.Contains("people.csv:4:6", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportVerb_ValidExport_WritesAPlanThatValidates()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reks-import-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            ExportGenerator.Write(folder, 200, ';', bom: true);
            var plan = Path.Combine(folder, "plan.json");
            var (exit, _, error) = CliRunner.Run("import", folder, "--name", "Gjøvikregionen", "--output", plan);
            Assert.True(exit == 0, error);
            var (validExit, validOut, _) = CliRunner.Run("validate", plan);
            Assert.Equal(0, validExit);
            Assert.Contains("200 personer", validOut, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
