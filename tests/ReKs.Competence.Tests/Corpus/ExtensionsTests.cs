using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Serialization;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Corpus;

/// <summary>Issue 17, "Nothing lost": an integrator's own data lives under <c>extensions</c> on the plan, a person, a node
/// and a competence, and is kept verbatim through read → write; every other unknown property stays an error.</summary>
public class ExtensionsTests
{
    // Each object is written as an integrator's system might: own spacing, key order, number spelling and escapes.
    private const string PlanExtensions = """{"hrSystem": "Visma", "exportId": 4711, "ratio": 1.50}""";
    private const string NodeExtensions = """{ "ansvar" : "1234", "koststed": [10, 20, {"del": null}] }""";
    private const string CompetenceExtensions = """{"kursId":"K-\u00f8v-1","flagg":true,"tom":{}}""";
    private const string PersonExtensions = """{"lønnstrinn": 52, "notat": "linje 1\nlinje 2", "e": 1e3}""";

    private static readonly string Plan = $$"""
        {"schemaVersion":1,"name":{"nb":"Utvidelser"},
         "organisation":[{"id":"enhet","parent":null,"extensions":{{NodeExtensions}}}],
         "competences":[{"id":"demens","name":{"nb":"Demens"},"components":["knowledge"],"extensions":{{CompetenceExtensions}}}],
         "people":[{"id":"p1","node":"enhet","positionPercent":100,"extensions":{{PersonExtensions}}},
                   {"id":"p2","node":"enhet","positionPercent":50}],
         "requirements":[],
         "extensions":{{PlanExtensions}}}
        """;

    [Fact]
    public void Read_ExtensionsOnPlanNodeCompetenceAndPerson_HoldTheirTextVerbatim()
    {
        var plan = PlanDocument.Parse(Plan).GetValueOrThrow();

        Assert.Equal(PlanExtensions, plan.Extensions!.Json);
        Assert.Equal(NodeExtensions, plan.Organisation.Nodes[0].Extensions!.Json);
        Assert.Equal(CompetenceExtensions, plan.Competences[0].Extensions!.Json);
        Assert.Equal(PersonExtensions, plan.People[0].Extensions!.Json);
        Assert.Null(plan.People[1].Extensions);
    }

    [Fact]
    public void RoundTrip_Extensions_AreWrittenByteForByteAndReadBackEqual()
    {
        var plan = PlanDocument.Parse(Plan).GetValueOrThrow();

        var written = PlanDocument.WriteString(plan);
        var reread = PlanDocument.Parse(written).GetValueOrThrow();

        foreach (var text in new[] { PlanExtensions, NodeExtensions, CompetenceExtensions, PersonExtensions })
        {
            Assert.Contains("\"extensions\": " + text, written, StringComparison.Ordinal);
        }

        Assert.Equal(plan, reread);
        Assert.Equal(written, PlanDocument.WriteString(reread));
    }

    [Fact]
    public void RoundTrip_PersonChangedInCode_KeepsItsExtensions()
    {
        var plan = PlanDocument.Parse(Plan).GetValueOrThrow();

        var moved = plan.People[0].WithLeaves(new NodaTime.LocalDate(2030, 1, 1)).WithHoldings([]);
        var reread = PlanDocument.Parse(PlanDocument.WriteString(plan.WithPerson(moved))).GetValueOrThrow();

        Assert.Equal(PersonExtensions, reread.People[0].Extensions!.Json);
        Assert.Equal(PlanExtensions, reread.Extensions!.Json);
    }

    [Fact]
    public void Equality_PlansDifferingOnlyInExtensions_AreNotEqual()
    {
        var plan = PlanDocument.Parse(Plan).GetValueOrThrow();
        var other = PlanDocument.Parse(Plan.Replace("\"Visma\"", "\"Gat\"", StringComparison.Ordinal)).GetValueOrThrow();

        Assert.NotEqual(plan, other);
        Assert.NotEqual(plan.Extensions, other.Extensions);
        Assert.Equal(plan.Extensions, PlanDocument.ParseExtensions(PlanExtensions));
        Assert.Equal(plan.Extensions!.GetHashCode(), PlanDocument.ParseExtensions(PlanExtensions).GetHashCode());
    }

    [Theory]
    [InlineData("\"extensions\":[1]", "$.extensions")]
    [InlineData("\"extensions\":\"text\"", "$.extensions")]
    public void Read_ExtensionsThatAreNotAnObject_AreReportedAtTheirPath(string property, string path)
    {
        var json = Plan.Replace("\"extensions\":" + PlanExtensions, property, StringComparison.Ordinal);

        var result = PlanDocument.Parse(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
    }

    [Theory]
    [InlineData("\"extension\":{}", "$.people[1].extension")]
    [InlineData("\"Extensions\":{}", "$.people[1].Extensions")]
    [InlineData("\"extensions\":{},\"lønnstrinn\":52", "$.people[1]['lønnstrinn']")]
    public void Read_UnknownPropertyBesideExtensions_IsStillAnError(string property, string path)
    {
        var json = Plan.Replace("\"positionPercent\":50}", "\"positionPercent\":50," + property + "}", StringComparison.Ordinal);

        var result = PlanDocument.Parse(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(ProblemKind.UnknownProperty, problem.Kind);
    }

    [Fact]
    public void Read_ExtensionsOnAHolding_IsAnUnknownProperty()
    {
        // Only the plan, a person, a node and a competence carry extensions (issue 17); a holding is the format's own.
        var json = Plan.Replace("\"positionPercent\":50}", "\"positionPercent\":50,\"holdings\":[{\"competence\":\"demens\",\"level\":2,\"basis\":\"formal\",\"used\":true,\"extensions\":{}}]}", StringComparison.Ordinal);

        var problem = Assert.Single(PlanDocument.Parse(json).Problems);

        Assert.Equal("$.people[1].holdings[0].extensions", problem.Path);
    }

    [Fact]
    public void PlanBuiltInCode_WithExtensions_WritesThemVerbatim()
    {
        var extensions = PlanDocument.ParseExtensions("""  {"a": [1, 2]}  """);
        var node = new OrganisationNode(new NodeId("enhet"), null, extensions: extensions);
        var plan = new CompetencePlan(new LocalizedText("Kode"), new Organisation([node]), [], [], [], extensions: extensions);

        var written = PlanDocument.WriteString(plan);

        Assert.Equal("""{"a": [1, 2]}""", extensions.Json);
        Assert.Equal(2, written.Split("\"extensions\": {\"a\": [1, 2]}").Length - 1);
        Assert.Equal(plan, PlanDocument.Parse(written).GetValueOrThrow());
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":")]
    [InlineData("{} {}")]
    [InlineData("")]
    public void ParseExtensions_NotOneJsonObject_Throws(string json) =>
        Assert.Throws<ArgumentException>(() => PlanDocument.ParseExtensions(json));

    [Fact]
    public void Schema_AcceptsExtensionsWithAnythingInsideAndRejectsANonObject()
    {
        var schema = PlanSchemaTests.Schema;

        Assert.True(Schemas.Evaluate(schema, Plan).IsValid, Schemas.Errors(Schemas.Evaluate(schema, Plan)));
        Assert.True(Schemas.Evaluate(schema, PlanDocument.WriteString(PlanDocument.Parse(Plan).GetValueOrThrow())).IsValid);
        Assert.False(Schemas.Evaluate(schema, Plan.Replace("\"extensions\":" + PlanExtensions, "\"extensions\":[1]", StringComparison.Ordinal)).IsValid);
        Assert.False(Schemas.Evaluate(schema, Plan.Replace("\"positionPercent\":50}", "\"positionPercent\":50,\"extension\":{}}", StringComparison.Ordinal)).IsValid);
    }
}
