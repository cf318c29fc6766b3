using System.Text;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Fuzz;

/// <summary>
/// A deterministic, in-process companion to the AFL++ runs (which are too slow for CI): seeded byte flips, interesting
/// bytes, deletions, duplications, splices and UTF-8 traps over the examples and the test corpora, a bounded number per
/// reader, each checked against the readers' contract (no exception escapes; a result comes back). A failure names the
/// seed file and the iteration, so it replays exactly.
/// </summary>
public class MutationFuzzTests
{
    private const int Iterations = 250;

    private static readonly byte[][] Interesting =
    [
        [0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], "\""u8.ToArray(), "\\"u8.ToArray(), "\\ud800"u8.ToArray(), "{"u8.ToArray(),
        "["u8.ToArray(), "}"u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "-"u8.ToArray(), "0"u8.ToArray(),
        "1e309"u8.ToArray(), "-1"u8.ToArray(), "99999999999999999999"u8.ToArray(), "1e-306"u8.ToArray(), "null"u8.ToArray(),
        "true"u8.ToArray(), "\"\""u8.ToArray(), "[]"u8.ToArray(), "{}"u8.ToArray(), "\"2026-02-29\""u8.ToArray(), "\"9999-12-31\""u8.ToArray(),
    ];

    private static IReadOnlyList<string> Seeds(string target)
    {
        IEnumerable<string> files = target switch
        {
            "plan" => [Repo.Path("docs", "examples", "bodo-hverdagsrehabilitering.json"), .. Directory.EnumerateFiles(Repo.Path("tests", "ReKs.Competence.Tests", "Serialization", "Corpus"), "*.json")],
            "wheel" => Directory.EnumerateFiles(Repo.Path("docs", "examples"), "*wheel*.json"),
            "evaluation" => Directory.EnumerateFiles(Repo.Path("docs", "examples"), "*.evaluation.json"),
            "jsonstat" => Directory.EnumerateFiles(Repo.Path("tests", "ReKs.Competence.Tests", "Evaluation", "Samples"), "*.json"),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "not a fuzz target"),
        };
        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>One mutant of <paramref name="seed"/>: one to four edits, some taking a piece of <paramref name="other"/>.</summary>
    internal static byte[] Mutate(Random random, byte[] seed, byte[] other, StringBuilder log)
    {
        var bytes = new List<byte>(seed);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0 when at < bytes.Count:
                    var bit = random.Next(8);
                    bytes[at] ^= (byte)(1 << bit);
                    log.Append($" flip@{at}.{bit}");
                    break;
                case 1:
                    var piece = Interesting[random.Next(Interesting.Length)];
                    var replace = at < bytes.Count && random.Next(2) == 0 ? Math.Min(piece.Length, bytes.Count - at) : 0;
                    bytes.RemoveRange(at, replace);
                    bytes.InsertRange(at, piece);
                    log.Append($" put@{at}:{Encoding.UTF8.GetString(piece)}");
                    break;
                case 2 when at < bytes.Count:
                    var cut = random.Next(1, Math.Min(64, bytes.Count - at) + 1);
                    bytes.RemoveRange(at, cut);
                    log.Append($" cut@{at}+{cut}");
                    break;
                case 3 when at < bytes.Count:
                    var length = random.Next(1, Math.Min(256, bytes.Count - at) + 1);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    log.Append($" dup@{at}+{length}");
                    break;
                case 4 when other.Length > 0:
                    var from = random.Next(other.Length);
                    bytes.RemoveRange(at, bytes.Count - at);
                    bytes.AddRange(other.AsSpan(from).ToArray());
                    log.Append($" splice@{at}<-{from}");
                    break;
                default:
                    var keep = random.Next(bytes.Count + 1);
                    bytes.RemoveRange(keep, bytes.Count - keep);
                    log.Append($" truncate@{keep}");
                    break;
            }
        }

        return [.. bytes];
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("wheel")]
    [InlineData("evaluation")]
    [InlineData("jsonstat")]
    public void Read_SeededMutantsOfTheCorpus_NeverThrow(string target)
    {
        var seeds = Seeds(target).Select(f => (File: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        Assert.NotEmpty(seeds);
        var random = new Random(20261126);
        var failures = new List<string>();
        for (var i = 0; i < Iterations; i++)
        {
            var (file, seed) = seeds[random.Next(seeds.Count)];
            var log = new StringBuilder();
            var mutant = Mutate(random, seed, seeds[random.Next(seeds.Count)].Bytes, log);
            try
            {
                Assert.NotNull(FuzzCorpusTests.Read(target, mutant));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                failures.Add($"iteration {i} on {file} ({log.ToString().Trim()}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mutants made the {target} reader throw:\n" + string.Join("\n", failures.Take(20)));
    }
}
