using System.Text.Json.Nodes;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>Typed wheel links: a link names a goal, a measure or an indicator; an old document's untyped link keeps its
/// meaning; links are checked against the plan with the activity's path.</summary>
public class WheelLinkTests
{
    private static readonly CompetencePlan Bodo = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "bodo-hverdagsrehabilitering.json"))).GetValueOrThrow();

    private static JsonNode BodoWheel => JsonNode.Parse(File.ReadAllText(Repo.Path("docs", "examples", "bodo-training-wheel.json")))!;

    private static AnnualWheel Read(JsonNode wheel) => WheelDocument.Parse(wheel.ToJsonString()).GetValueOrThrow();

    [Fact]
    public void Read_UntypedLinkOfAnOldDocument_KeepsItsIdAndIsCheckedAgainstThePlan()
    {
        // The Bodø training wheel (seed 003, lines 713–719) links its sessions and evaluation to the training measure by id only.
        var wheel = Read(BodoWheel);
        Assert.All(wheel.Activities, a => Assert.Equal(WheelLink.Untyped("opplaering-hverdagsrehabilitering"), a.Link));
        Assert.Empty(wheel.ProblemsWith(Bodo));
        Assert.DoesNotContain("linkKind", WheelDocument.WriteString(wheel), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TypedLink_RoundTrips()
    {
        var document = BodoWheel;
        document["activities"]![0]!["linkKind"] = "measure";
        document["activities"]![1]!["link"] = "goal-2";
        document["activities"]![1]!["linkKind"] = "goal";
        var wheel = Read(document);
        Assert.Equal([WheelLink.Measure(new MeasureId("opplaering-hverdagsrehabilitering")), WheelLink.Goal(new GoalId("goal-2"))], wheel.Activities.Select(a => a.Link));
        Assert.Equal(wheel.Activities.Select(a => a.Link), Read(JsonNode.Parse(WheelDocument.WriteString(wheel))!).Activities.Select(a => a.Link));
        Assert.Empty(wheel.ProblemsWith(Bodo));
    }

    [Fact]
    public void ProblemsWith_DanglingTypedAndUntypedLinks_AreReportedAtTheActivitysLink()
    {
        var document = BodoWheel;
        document["activities"]![0]!["link"] = "goal-9";
        document["activities"]![0]!["linkKind"] = "goal";
        document["activities"]![1]!["link"] = "ukjent";
        var problems = Read(document).ProblemsWith(Bodo);
        Assert.Equal(
            [("$.activities[0].link", ProblemKind.UnknownReference), ("$.activities[1].link", ProblemKind.UnknownReference)],
            problems.Select(p => (p.Path, p.Kind)));
        Assert.Contains("goal 'goal-9'", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemsWith_IndicatorLinks_CheckedOnlyWithEvaluationData()
    {
        var document = BodoWheel;
        document["activities"]![1]!["link"] = "brukertilfredshet";
        document["activities"]![1]!["linkKind"] = "indicator";
        var wheel = Read(document);
        Assert.Empty(wheel.ProblemsWith(Bodo));
        var data = new EvaluationData([], []);
        Assert.Equal(["$.activities[1].link"], wheel.ProblemsWith(Bodo, data).Select(p => p.Path));
    }

    [Fact]
    public void Read_BadLinkFields_ReportedAtTheirPaths()
    {
        var document = BodoWheel;
        document["activities"]![0]!["linkKind"] = "untyped";
        document["activities"]![1]!.AsObject().Remove("link");
        document["activities"]![1]!["linkKind"] = "goal";
        Assert.Equal(
            ["$.activities[0].linkKind", "$.activities[1].link"],
            WheelDocument.Parse(document.ToJsonString()).Problems.Select(p => p.Path));
    }
}
