using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Xunit;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Corpus;
using ReKs.Competence.Tests.Fuzz;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>
/// The plan reader's direct path (issue 16, "National scale": "the document reader maps straight from the UTF-8 reader …
/// without a second shape pass over it, keeping every problem with its path") against the full pipeline it stands in
/// for. The law: the direct path takes a document only when the full pipeline's stages before mapping (limits, JSON,
/// version, shape) find nothing, and then gives the same transfer object; every other document is read by the full
/// pipeline, so its problems are the ones it always reported.
/// </summary>
public class DirectPathTests
{
    private static readonly JsonTypeInfo<PlanDocumentDto> Info = DocumentJsonContext.Document.PlanDocumentDto;

    private static readonly JsonTypeInfo<PlanDocumentDto> DirectInfo = (JsonTypeInfo<PlanDocumentDto>)DocumentJsonContext.Direct.GetTypeInfo(typeof(PlanDocumentDto))!;

    private static readonly byte[][] Seeds =
    [
        .. new[] { Repo.Path("docs", "examples", "gjovik-region.json"), Repo.Path("docs", "examples", "bodo-hverdagsrehabilitering.json") }
            .Concat(Directory.EnumerateFiles(Repo.Path("tests", "ReKs.Competence.Tests", "Serialization", "Corpus"), "*.json").Order(StringComparer.Ordinal))
            .Select(File.ReadAllBytes),
    ];

    public static TheoryData<string> PlanCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in HostileCorpusTests.Load("plan")["cases"]!.AsArray())
        {
            data.Add(c!["name"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlanCases))]
    public void Direct_HostileCorpusCase_TakesOnlyWhatTheShapeStageAccepts(string name)
    {
        var file = HostileCorpusTests.Load("plan");
        var c = file["cases"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == name)!;
        AssertAgrees(HostileCorpusTests.Bytes(file["base"]!, c), ReadOptions.Default);
    }

    [Fact]
    public void Direct_Examples_AreTakenAndAgree()
    {
        foreach (var seed in Seeds.Take(2))
        {
            Assert.NotNull(DocumentReader.Direct(DirectInfo, seed, ReadOptions.Default, PlanDocument.CurrentSchemaVersion));
            AssertAgrees(seed, ReadOptions.Default);
        }
    }

    [Fact]
    public void Direct_OverTheLimits_LeavesTheDocumentToTheFullPipeline()
    {
        var seed = Seeds[0];
        Assert.Null(DocumentReader.Direct(DirectInfo, seed, new ReadOptions(maxBytes: seed.Length - 1), PlanDocument.CurrentSchemaVersion));
        Assert.Null(DocumentReader.Direct(DirectInfo, seed, new ReadOptions(maxDepth: 3), PlanDocument.CurrentSchemaVersion));
        Assert.Contains(PlanDocument.ReadBytes(seed, new ReadOptions(maxDepth: 3)).Problems, p => p.Kind == ProblemKind.Limit);
    }

    [Property(MaxTest = 400)]
    public void Direct_MutatedDocument_TakesOnlyWhatTheShapeStageAccepts(int seed)
    {
        var random = new Random(seed);
        var bytes = MutationFuzzTests.Mutate(random, Seeds[random.Next(Seeds.Length)], Seeds[random.Next(Seeds.Length)], new StringBuilder());
        AssertAgrees(bytes, ReadOptions.Default);
    }

    private static void AssertAgrees(byte[] bytes, ReadOptions options)
    {
        var direct = DocumentReader.Direct(DirectInfo, bytes, options, PlanDocument.CurrentSchemaVersion);
        if (direct is null)
        {
            return; // the full pipeline reads it, as it always did
        }

        var full = DocumentReader.Read(bytes, options, (root, problems) => DocumentReader.Versioned(root, Info, PlanDocument.CurrentSchemaVersion, "plan document", problems));
        Assert.True(full.IsValid, "the direct path took a document the full pipeline refuses:\n" + string.Join("\n", full.Problems));
        Assert.Equal(JsonSerializer.Serialize(full.Value, Info), JsonSerializer.Serialize(direct, Info));
    }
}
