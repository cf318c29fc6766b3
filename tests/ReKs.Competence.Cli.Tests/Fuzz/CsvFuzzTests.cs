using System.Text;
using ReKs.Competence.Cli.Import;

namespace ReKs.Competence.Cli.Tests.Fuzz;

/// <summary>
/// The CSV import under hostile bytes: it never throws, it returns problems (or a plan). Fuzz/Corpus/csv keeps the inputs
/// <c>eng/fuzz.sh csv SECONDS</c> (AFL++ with SharpFuzz) found and a few made by hand; one input holds the six files of an
/// export in the harness's order (organisation, competences, goals, people, holdings, requirements), separated by a
/// form feed. A seeded in-process mutation pass over the broken-export corpus keeps the contract checked in CI.
/// </summary>
public class CsvFuzzTests
{
    private static readonly string[] Order =
        [PlanImporter.OrganisationFile, PlanImporter.CompetencesFile, PlanImporter.GoalsFile, PlanImporter.PeopleFile, PlanImporter.HoldingsFile, PlanImporter.RequirementsFile];

    private static string Corpus => Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Cli.Tests", "Fuzz", "Corpus", "csv");

    private static string Broken => Path.Combine(CliRunner.Root, "tests", "ReKs.Competence.Cli.Tests", "Import", "Broken");

    /// <summary>Splits a fuzz input as the harness does (bytes decoded as the import decodes a file).</summary>
    internal static Dictionary<string, string> Split(byte[] bytes)
    {
        var parts = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes).Split('\f');
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Order.Length; i++)
        {
            // As from a folder: a required file the input lacks is there, empty (the tool stops earlier when it is missing).
            if (i < parts.Length)
            {
                files[Order[i]] = parts[i];
            }
            else if (PlanImporter.Files.Single(f => f.File == Order[i]).Required)
            {
                files[Order[i]] = "";
            }
        }

        return files;
    }

    public static TheoryData<string> Findings()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Corpus).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Import_FuzzFinding_ReturnsProblemsInsteadOfThrowing(string file)
    {
        var result = PlanImporter.Import(Split(File.ReadAllBytes(Path.Combine(Corpus, file))), "Plan", null);

        Assert.Null(result.Plan);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Import_SeededMutantsOfTheBrokenExports_NeverThrow()
    {
        var seeds = Directory.GetDirectories(Broken).Order(StringComparer.Ordinal)
            .Select(dir => Order.Select(f => Path.Combine(dir, f)).Select(f => File.Exists(f) ? File.ReadAllText(f) : ""))
            .Select(texts => Encoding.UTF8.GetBytes(string.Join('\f', texts)))
            .ToList();
        Assert.NotEmpty(seeds);
        var random = new Random(20261126);
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new List<byte>(seeds[random.Next(seeds.Count)]);
            var log = new StringBuilder();
            for (var e = random.Next(1, 5); e > 0; e--)
            {
                var at = random.Next(bytes.Count);
                byte[] piece = random.Next(4) switch
                {
                    0 => [(byte)(bytes[at] ^ (1 << random.Next(8)))],
                    1 => "\""u8.ToArray(),
                    2 => [(byte)";,\n\r\f\t"[random.Next(6)]],
                    _ => [0xFF],
                };
                var replace = random.Next(2);
                bytes.RemoveRange(at, Math.Min(replace, bytes.Count - at));
                bytes.InsertRange(at, piece);
                log.Append($" {replace}@{at}:{piece[0]:X2}");
            }

            try
            {
                _ = PlanImporter.Import(Split([.. bytes]), "Plan", null);
            }
            catch (Exception ex)
            {
                failures.Add($"iteration {i} ({log.ToString().Trim()}): {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mutants made the import throw:\n" + string.Join("\n", failures.Take(20)));
    }
}
