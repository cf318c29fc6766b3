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

    internal static readonly byte[][] Seeds =
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

    [Fact]
    public void Direct_Examples_ReadTheirPeopleStraightIntoTheModel()
    {
        // The people of the bundled examples are in the common form (those with evidence excepted): they are read into
        // Person objects at once, with no transfer object for them or their holdings.
        var people = DocumentReader.Direct(DirectInfo, Seeds[0], ReadOptions.Default, PlanDocument.CurrentSchemaVersion)!.People;
        Assert.Contains(people, p => p.Read is not null);
        Assert.All(people.Where(p => p.Read is not null), p => Assert.Null(p.Holdings));
    }

    [Fact]
    public void Direct_LevelAboveTheScaleGivenAfterThePeople_LeavesTheDocumentToTheFullPipeline()
    {
        // The people come before the scale here, so their levels are read before the scale is known: the document's level
        // 4 against a scale of three levels is found once the whole document is read, and reported at its path.
        var text = """
            {"schemaVersion": 1, "name": {"nb": "Plan"}, "organisation": [{"id": "u", "parent": null}],
             "competences": [{"id": "c", "name": {"nb": "C"}, "components": ["knowledge"]}],
             "people": [{"id": "p", "node": "u", "positionPercent": 100, "holdings": [{"competence": "c", "level": LEVEL, "basis": "formal", "used": true}]}],
             "requirements": [], "scale": [{"nb": "en"}, {"nb": "to"}, {"nb": "tre"}]}
            """;
        var within = Encoding.UTF8.GetBytes(text.Replace("LEVEL", "3", StringComparison.Ordinal));
        var above = Encoding.UTF8.GetBytes(text.Replace("LEVEL", "4", StringComparison.Ordinal));

        Assert.NotNull(DocumentReader.Direct(DirectInfo, within, ReadOptions.Default, PlanDocument.CurrentSchemaVersion)!.People[0].Read);
        Assert.Null(DocumentReader.Direct(DirectInfo, above, ReadOptions.Default, PlanDocument.CurrentSchemaVersion));
        var problem = Assert.Single(PlanDocument.ReadBytes(above).Problems);
        Assert.Equal("$.people[0].holdings[0].level", problem.Path.ToString());
        Assert.Equal(ProblemKind.OutOfScale, problem.Kind);
        AssertAgrees(within, ReadOptions.Default);
        AssertAgrees(above, ReadOptions.Default);
    }

    // Values a person or holding may carry that the people read straight into the model must leave to the serializer and
    // the mapper (or refuse with them): each stands in for one rule of the person's or holding's form.
    private static readonly (string Where, string Property, string? Json)[] Hostile =
    [
        ("holding", "level", "0"), ("holding", "level", "6"), ("holding", "level", "99"), ("holding", "level", "\"3\""), ("holding", "level", "2.5"),
        ("holding", "level", "null"), ("holding", "competence", "\"\""), ("holding", "competence", "\"nowhere\""), ("holding", "competence", "\"a b\""),
        ("holding", "competence", "\"k\\u00f8\""), ("holding", "competence", "7"), ("holding", "basis", "\"Formal\""), ("holding", "basis", "\"other\""),
        ("holding", "used", "\"yes\""), ("holding", "used", "null"), ("holding", "validFrom", "\"2026-02-30\""), ("holding", "validFrom", "\"2026-1-1\""),
        ("holding", "validUntil", "\"2026-03-01\""), ("holding", "validUntil", "null"), ("holding", "extra", "1"), ("holding", "competence", null),
        ("holding", "used", null), ("person", "positionPercent", "0"), ("person", "positionPercent", "101"), ("person", "positionPercent", "\"50\""),
        ("person", "positionPercent", "33.333"), ("person", "node", "\"nowhere\""), ("person", "node", "\"\""), ("person", "id", "\" \""),
        ("person", "starts", "\"2030-01-01\""), ("person", "leaves", "\"2020-01-01\""), ("person", "positionType", "\"nurse\""),
        ("person", "positionType", "\"Nurse\""), ("person", "education", "\"none\""), ("person", "aspirations", "[\"x\", \"x\"]"),
        ("person", "aspirations", "[null]"), ("person", "holdings", "null"), ("person", "holdings", "[null]"), ("person", "holdings", "{}"),
        ("person", "evidence", "[]"), ("person", "extensions", "{\"a\": 1}"), ("person", "extensions", "[]"), ("person", "id", null),
        ("person", "unknown", "true"), ("person", "\\u0069d", "\"p\""),
    ];

    /// <summary>The law on generated plans (the gap engine's generator, whose people are all in the common form) with one
    /// hostile value put into one person or holding: the reader and the full pipeline with the mapping as it was give the
    /// same problems and the same plan.</summary>
    [Property(Arbitrary = [typeof(Gaps.GapArbitraries)], MaxTest = 300)]
    public void Reader_GeneratedPlanWithOneHostileValueInAPerson_AgreesWithTheFullPipeline(Gaps.GapScenario scenario, int pick)
    {
        if (WithHostileValue(scenario, pick) is { } bytes)
        {
            AssertAgrees(bytes, ReadOptions.Default);
        }
    }

    /// <summary>A generated plan's document with one hostile value (<see cref="Hostile"/>, chosen by
    /// <paramref name="pick"/>) put into one person or holding; <see langword="null"/> when the plan has no such place.</summary>
    internal static byte[]? WithHostileValue(Gaps.GapScenario scenario, int pick)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(PlanDocument.Write(scenario.Plan))!.AsObject();
        var people = root["people"]!.AsArray();
        pick &= int.MaxValue;
        var (where, property, json) = Hostile[pick % Hostile.Length];
        if (people.Count == 0)
        {
            return null;
        }

        var person = people[pick % people.Count]!.AsObject();
        var target = person;
        if (where == "holding")
        {
            if (person["holdings"] is not System.Text.Json.Nodes.JsonArray { Count: > 0 } holdings)
            {
                return null;
            }

            target = holdings[pick / 7 % holdings.Count]!.AsObject();
        }

        var marker = "\"__hostile__\":0";
        target.Remove(property.Replace("\\u0069", "i", StringComparison.Ordinal));
        if (json is not null)
        {
            target["__hostile__"] = 0;
        }

        var text = root.ToJsonString();
        if (json is not null)
        {
            text = text.Replace(marker, $"\"{property}\":{json}", StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The direct path takes a document only when the full pipeline's stages before mapping find nothing; and
    /// the reader (direct path, people read straight into the model, the plan's rules run once) gives the same problems,
    /// in the same order with the same paths and messages, and the same plan as the full pipeline with the mapping as it
    /// was (the rules on the document's outline, then again in the plan's constructor).</summary>
    private static void AssertAgrees(byte[] bytes, ReadOptions options)
    {
        var direct = DocumentReader.Direct(DirectInfo, bytes, options, PlanDocument.CurrentSchemaVersion);
        if (direct is not null)
        {
            var full = DocumentReader.Read(bytes, options, (root, problems) => DocumentReader.Versioned(root, Info, PlanDocument.CurrentSchemaVersion, "plan document", problems));
            Assert.True(full.IsValid, "the direct path took a document the full pipeline refuses:\n" + string.Join("\n", full.Problems));
        }

        var reference = DocumentReader.Read(bytes, options, (root, problems) =>
            DocumentReader.Versioned(root, Info, PlanDocument.CurrentSchemaVersion, "plan document", problems) is { } dto
                ? PlanMapper.ToModel(dto, problems, rulesOnce: false)
                : null);
        Assert.Equal(Describe(reference), Describe(PlanDocument.ReadBytes(bytes, options)));
    }

    private static string Describe(ReadResult<ReKs.Competence.Model.CompetencePlan> result) =>
        string.Join("\n", result.Problems.Select(p => $"{p.Kind} {p}")) + "\n" + (result.Value is { } plan ? PlanDocument.WriteString(plan) : "no plan");
}
