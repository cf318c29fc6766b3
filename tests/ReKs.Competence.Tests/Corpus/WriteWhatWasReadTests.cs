using System.Text.Json.Nodes;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Corpus;

/// <summary>Issue 17, "Nothing lost": a person given only evidence is written back with evidence only, so the plan's
/// precedence keeps deciding; explicit holdings stay explicit.</summary>
public class WriteWhatWasReadTests
{
    // Two sources disagree on the level: leader-assessed (3) and self-declared (4).
    private const string Plan = """
        {"schemaVersion":1,"name":{"nb":"Bevis"},"organisation":[{"id":"enhet","parent":null}],
         "competences":[{"id":"demens","name":{"nb":"Demens"},"components":["knowledge"]}],
         "people":[
          {"id":"p1","node":"enhet","positionPercent":100,"evidence":[
            {"competence":"demens","level":3,"kind":"assessment","source":"leaderAssessed","recorded":"2025-01-01"},
            {"competence":"demens","level":4,"kind":"assessment","source":"selfDeclared","recorded":"2025-02-01"}]},
          {"id":"p2","node":"enhet","positionPercent":100,"holdings":[{"competence":"demens","level":2,"basis":"informal","used":true}],
           "evidence":[{"competence":"demens","level":4,"kind":"assessment","source":"selfDeclared","recorded":"2025-02-01"}]}],
         "requirements":[]}
        """;

    [Fact]
    public void Write_PersonGivenOnlyEvidence_IsWrittenWithoutHoldings()
    {
        var plan = PlanDocument.Parse(Plan).GetValueOrThrow();

        var people = JsonNode.Parse(PlanDocument.WriteString(plan))!["people"]!.AsArray();

        Assert.Null(people[0]!["holdings"]);
        Assert.Equal(2, people[0]!["evidence"]!.AsArray().Count);
        Assert.Equal(2, people[1]!["holdings"]![0]!["level"]!.GetValue<int>());
    }

    [Fact]
    public void RoundTrip_ThenPrecedenceChanged_ResolvesTheEvidenceAgain()
    {
        var written = JsonNode.Parse(PlanDocument.WriteString(PlanDocument.Parse(Plan).GetValueOrThrow()))!.AsObject();
        Assert.Equal(3, PlanDocument.Parse(written.ToJsonString()).GetValueOrThrow().People[0].Holdings.Single().Level!.Value.Value);

        written["precedence"] = new JsonArray("selfDeclared", "leaderAssessed", "documented");
        var reread = PlanDocument.Parse(written.ToJsonString()).GetValueOrThrow();

        Assert.Equal(4, reread.People[0].Holdings.Single().Level!.Value.Value);
        Assert.Equal(2, reread.People[1].Holdings.Single().Level!.Value.Value);
    }
}
