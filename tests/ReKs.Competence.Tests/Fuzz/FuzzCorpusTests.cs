using System.Text;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Fuzz;

/// <summary>
/// The readers' contract under hostile bytes: a reader never throws, it returns problems. Every input the fuzzer
/// (eng/fuzz.sh, AFL++ with SharpFuzz) found to make a reader throw is kept in Fuzz/Corpus/TARGET and replayed here;
/// docs/reliability.md ("Fuzzing") lists the findings and the runs.
/// </summary>
public class FuzzCorpusTests
{
    public static readonly string[] Targets = ["plan", "wheel", "evaluation", "jsonstat"];

    private static string Corpus(string target) => Repo.Path("tests", "ReKs.Competence.Tests", "Fuzz", "Corpus", target);

    /// <summary>Runs one reader on bytes; the problems it returns (the plan for an evaluation is the Gjøvik example's).</summary>
    internal static IReadOnlyList<Problem> Read(string target, byte[] bytes) => target switch
    {
        "plan" => PlanDocument.ReadBytes(bytes).Problems,
        "wheel" => WheelDocument.ReadBytes(bytes).Problems,
        "evaluation" => EvaluationDocument.ReadBytes(bytes, GjovikPlan.Value).Problems,
        "jsonstat" => JsonStatDataset.ReadBytes(bytes).Problems,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "not a fuzz target"),
    };

    internal static readonly Lazy<CompetencePlan> GjovikPlan =
        new(() => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow());

    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in Targets.Where(t => Directory.Exists(Corpus(t))))
        {
            foreach (var file in Directory.EnumerateFiles(Corpus(target)).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void Read_FuzzFinding_ReturnsProblemsInsteadOfThrowing(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus(target), file));

        var problems = Read(target, bytes);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    // The first finding (jsonstat, within seconds): System.Text.Json accepts a string holding an invalid UTF-8 byte or an
    // escaped lone surrogate and throws InvalidOperationException only when the string is read. Every reader now
    // reports such a string, at its path, before reading on.
    [Theory]
    [InlineData("plan", "{\"schemaVersion\":1,\"name\":\"\\ud800\"}", "$.name")]
    [InlineData("wheel", "{\"schemaVersion\":1,\"activities\":[{\"id\":\"a\\udc00\"}]}", "$.activities[0].id")]
    [InlineData("evaluation", "{\"schemaVersion\":1,\"indicators\":[\"\\ud800x\"]}", "$.indicators[0]")]
    [InlineData("jsonstat", "{\"version\":\"2.0\",\"class\":\"data\\udfffset\"}", "$.class")]
    public void Read_LoneSurrogateEscape_IsAProblemAtItsPath(string target, string json, string path)
    {
        var problems = Read(target, Encoding.UTF8.GetBytes(json));

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemKind.InvalidValue, problem.Kind); // valid JSON syntax whose string is no text
        Assert.Equal(path, problem.Path);
        Assert.Contains("surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("wheel")]
    [InlineData("evaluation")]
    [InlineData("jsonstat")]
    public void Read_InvalidUtf8_IsOneSyntaxProblemAtTheFirstBadByte(string target)
    {
        // {"a\xFF":1,"b":["ok","x\xC3"]}: a property name and an array item that do not decode. The document is not
        // UTF-8 text, so it is refused as a whole, at the line and column of the first bad byte, in words.
        byte[] bytes = [.. "{\"a"u8, 0xFF, .. "\":1,\"b\":[\"ok\",\"x"u8, 0xC3, .. "\"]}"u8];

        var problem = Assert.Single(Read(target, bytes));

        Assert.Equal(ProblemKind.Syntax, problem.Kind);
        Assert.Equal((1, 4), (problem.Line, problem.Column));
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    // The CSV fuzz run's finding: a position percent near decimal.MaxValue overflowed the scaling to hundredths
    // (OverflowException from the plan reader behind the import). Found through the CSV import; the plan corpus keeps
    // decimal-overflow-position-percent.json.
    [Fact]
    public void TryFromPercent_NearDecimalMax_IsTooLargeInsteadOfOverflowing()
    {
        Assert.False(PositionShare.TryFromPercent(decimal.MaxValue, out _, out var problem));
        Assert.Contains("too large", problem, StringComparison.Ordinal);
    }
}
