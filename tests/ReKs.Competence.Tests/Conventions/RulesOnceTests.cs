using System.Text.Json.Nodes;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Conventions;

/// <summary>Each core's rules are written once: the same bad plan, wheel or evaluation data gives the same problems
/// whether it is read from a document or built in code.</summary>
public class RulesOnceTests
{
    private static byte[] Bodo => File.ReadAllBytes(Repo.Path("docs", "examples", "bodo-hverdagsrehabilitering.json"));

    private static List<(string Path, ProblemKind Kind, string Message)> Described(IEnumerable<Problem> problems) =>
        [.. problems.Select(p => (p.Path, p.Kind, p.Message))];

    [Fact]
    public void BadPlan_FromDocumentAndFromCode_SameProblems()
    {
        // The Bodø seed plan with a duplicate competence, a person at an unknown node holding a level off the scale and an
        // unknown competence, and a requirement serving an unknown goal.
        var plan = PlanDocument.ReadBytes(Bodo).GetValueOrThrow();
        var offScale = plan.Scale.Max.Value + 1;

        var document = JsonNode.Parse(Bodo)!;
        document["competences"]!.AsArray().Add(document["competences"]![0]!.DeepClone());
        var person = document["people"]![0]!;
        person["node"] = "nowhere";
        person["holdings"]![0]!["level"] = offScale;
        person["holdings"]![1]!["competence"] = "ghost";
        document["requirements"]![0]!["goals"] = new JsonArray("no-goal");
        var fromDocument = PlanDocument.Parse(document.ToJsonString()).Problems;

        var p0 = plan.People[0];
        var (h0, h1) = (p0.Holdings[0], p0.Holdings[1]);
        var badPerson = new Person(
            p0.Id,
            new NodeId("nowhere"),
            p0.Share,
            [new Holding(h0.Competence, new ProficiencyLevel(offScale), h0.Basis, h0.Used), new Holding(new CompetenceId("ghost"), h1.Level, h1.Basis, h1.Used), .. p0.Holdings.Skip(2)],
            p0.Aspirations,
            p0.Starts,
            p0.Leaves,
            p0.PositionType,
            p0.Education,
            p0.Evidence);
        var r0 = plan.Requirements[0];
        var badRequirement = new Requirement(r0.Node, r0.Competence, r0.MinLevel, r0.Amount, [new GoalId("no-goal")], r0.MinHeads, r0.From, r0.NeededBy);
        var fromCode = Assert.Throws<ValidationException>(() => new CompetencePlan(
            plan.Name,
            plan.Organisation,
            [.. plan.Competences, plan.Competences[0]],
            [badPerson, .. plan.People.Skip(1)],
            [badRequirement, .. plan.Requirements.Skip(1)],
            plan.Goals,
            plan.Measures,
            plan.Scale,
            plan.Precedence,
            plan.Period)).Problems;

        Assert.Equal(
            [
                ($"$.competences[{plan.Competences.Length}].id", ProblemKind.Duplicate),
                ("$.people[0].node", ProblemKind.UnknownReference),
                ("$.people[0].holdings[0].level", ProblemKind.OutOfScale),
                ("$.people[0].holdings[1].competence", ProblemKind.UnknownReference),
                ("$.requirements[0].goals[0]", ProblemKind.UnknownReference),
            ],
            fromCode.Select(p => (p.Path, p.Kind)));
        Assert.Equal(Described(fromCode), Described(fromDocument));
    }

    [Fact]
    public void BadWheel_FromDocumentAndFromCode_SameProblems()
    {
        // The ReKs wheel with an activity relative to an activity it does not have, and its first activity twice.
        var t = AnnualWheel.ReksTemplate;
        var a0 = t.Activities[0];
        WheelActivity Ghost(string anchor) => new("ghost", new LocalizedText("Ghost"), a0.Ring, a0.Category, a0.OwnerRole, RecurrenceRule.RelativeToActivity(anchor, 1, OffsetUnit.Days));
        var valid = new AnnualWheel(t.Name, t.Periods, t.Rings, [.. t.Activities, Ghost(a0.Id)], t.WorkingDays.ClosedPeriods);

        var document = JsonNode.Parse(WheelDocument.WriteString(valid))!;
        var activities = document["activities"]!.AsArray();
        activities[^1]!["rule"]!["activity"] = "nobody";
        activities.Add(activities[0]!.DeepClone());
        var fromDocument = WheelDocument.Parse(document.ToJsonString()).Problems;

        var fromCode = Assert.Throws<ValidationException>(() => new AnnualWheel(t.Name, t.Periods, t.Rings, [.. t.Activities, Ghost("nobody"), a0], t.WorkingDays.ClosedPeriods)).Problems;

        var n = t.Activities.Length;
        Assert.Equal(
            [($"$.activities[{n + 1}].id", ProblemKind.Duplicate), ($"$.activities[{n}].rule.activity", ProblemKind.UnknownReference)],
            fromCode.Select(p => (p.Path, p.Kind)));
        Assert.Equal(Described(fromCode), Described(fromDocument));
    }

    [Fact]
    public void BadEvaluationData_FromDocumentAndFromCode_SameProblems()
    {
        // The Gjøvik example with its first series twice, and a series of an indicator it does not define.
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
        var data = EvaluationDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.evaluation.json")), plan).GetValueOrThrow();
        var first = data.Series[0];

        var document = JsonNode.Parse(EvaluationDocument.WriteString(data))!;
        var series = document["series"]!.AsArray();
        series.Add(series[0]!.DeepClone());
        series.Add(new JsonObject { ["indicator"] = "ghost", ["node"] = first.Node.Value, ["observations"] = new JsonArray() });
        var fromDocument = EvaluationDocument.Parse(document.ToJsonString(), plan).Problems;

        var fromCode = Assert.Throws<ValidationException>(() => new EvaluationData(data.Indicators, [.. data.Series, first, new Series(new IndicatorId("ghost"), first.Node, [])], data.Interventions)).Problems;

        var n = data.Series.Length;
        Assert.Equal(
            [($"$.series[{n}]", ProblemKind.Duplicate), ($"$.series[{n + 1}].indicator", ProblemKind.UnknownReference)],
            fromCode.Select(p => (p.Path, p.Kind)));
        Assert.Equal(Described(fromCode), Described(fromDocument));
    }
}
