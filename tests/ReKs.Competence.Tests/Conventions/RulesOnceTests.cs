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

    /// <summary>An element's own check (a field out of range, two fields in the wrong order) is written once, beside its
    /// model type: one bad value gives the document's problem at the field, and the same words, for the parameter that
    /// carries the field, from the constructor or factory.</summary>
    public static TheoryData<string> BadElements => new(ElementCases.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, (Func<string> Document, string Path, Action Code, string Parameter)> ElementCases = new()
    {
        ["wheel period colour"] = (
            () => Wheel(d => d["periods"]![0]!["colour"] = "red"), "$.periods[0].colour",
            () => _ = new WheelPeriod(new LocalizedText("P"), "red", new NodaTime.AnnualDate(1, 1)), "colour"),
        ["wheel activity owner"] = (
            () => Wheel(d => d["activities"]![0]!["owner"] = " "), "$.activities[0].owner",
            () => _ = new WheelActivity("a", new LocalizedText("A"), "r", ActivityCategory.Meeting, " ", RecurrenceRule.FixedDate(1, 1)), "ownerRole"),
        ["wheel rule day"] = (
            () => Wheel(d => d["activities"]![0]!["rule"]!["day"] = 30, month: 2), "$.activities[0].rule.day",
            () => RecurrenceRule.FixedDate(2, 30), "day"),
        ["wheel rule offset"] = (
            () => Wheel(d => d["activities"]![0]!["rule"] = new JsonObject { ["kind"] = "relativeToActivity", ["activity"] = "x", ["offset"] = 600, ["unit"] = "weeks" }), "$.activities[0].rule.offset",
            () => RecurrenceRule.RelativeToActivity("x", 600, OffsetUnit.Weeks), "offset"),
        ["wheel rule years"] = (
            () => Wheel(d => (d["activities"]![0]!["rule"]!["firstYear"], d["activities"]![0]!["rule"]!["lastYear"]) = (2027, 2026)), "$.activities[0].rule.lastYear",
            () => RecurrenceRule.FixedDate(1, 1).WithYears(2027, 2026), "lastYear"),
        ["plan person leaves"] = (
            () => Plan(d => (d["people"]![0]!["starts"], d["people"]![0]!["leaves"]) = ("2026-09-01", "2026-09-01")), "$.people[0].leaves",
            () => _ = PersonLeaving(new NodaTime.LocalDate(2026, 9, 1), new NodaTime.LocalDate(2026, 9, 1)), "leaves"),
        ["plan requirement minHeads"] = (
            () => Plan(d => d["requirements"]![0]!["minHeads"] = 0), "$.requirements[0].minHeads",
            () => _ = new Requirement(new NodeId("u"), new CompetenceId("c"), new ProficiencyLevel(2), PositionShare.FromPercent(100), minHeads: 0), "minHeads"),
        ["plan measure capacity"] = (
            () => Plan(d => d["measures"]![0]!["capacity"] = 0), "$.measures[0].capacity",
            () => _ = new Measure(new MeasureId("m"), new LocalizedText("M"), MeasureKind.Course, capacity: 0), "capacity"),
        ["evaluation indicator multiplier"] = (
            () => Evaluation(d => d["indicators"]![0]!["multiplier"] = -1), "$.indicators[0].multiplier",
            () => _ = new Indicator(new IndicatorId("i"), new LocalizedText("I"), new LocalizedText("u"), IndicatorKind.Rate, DesiredDirection.Lower, KirkpatrickLevel.Results, multiplier: -1), "multiplier"),
        ["evaluation Likert points"] = (
            () => Evaluation(d => (d["indicators"]![0]!["kind"], d["indicators"]![0]!["multiplier"], d["indicators"]![0]!["likert"]) = ("proportion", null, new JsonObject { ["points"] = 12, ["topBox"] = 2 })), "$.indicators[0].likert.points",
            () => _ = new LikertScale(12, 2), "points"),
    };

    [Theory]
    [MemberData(nameof(BadElements))]
    public void BadElement_FromDocumentAndFromCode_SameProblem(string element)
    {
        var (document, path, code, parameter) = ElementCases[element];
        var problem = Assert.Single(ReadProblems(document()), p => p.Path == path);
        var thrown = Assert.ThrowsAny<ArgumentException>(code);

        Assert.Equal(parameter, thrown.ParamName);
        Assert.Equal(new ArgumentException(problem.Message, parameter).Message, thrown.Message);
    }

    private static IEnumerable<Problem> ReadProblems(string document) =>
        document.Contains("\"periods\"", StringComparison.Ordinal) ? WheelDocument.Parse(document).Problems
        : document.Contains("\"series\"", StringComparison.Ordinal) ? EvaluationDocument.Parse(document, GjovikPlan).Problems
        : PlanDocument.Parse(document).Problems;

    private static CompetencePlan GjovikPlan => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();

    private static string Wheel(Action<JsonNode> change, int? month = null)
    {
        var document = JsonNode.Parse(WheelDocument.WriteString(AnnualWheel.ReksTemplate))!;
        if (month is { } m)
        {
            document["activities"]![0]!["rule"] = new JsonObject { ["kind"] = "fixedDate", ["month"] = m, ["day"] = 1 };
        }

        change(document);
        return document.ToJsonString();
    }

    private static string Plan(Action<JsonNode> change)
    {
        var document = JsonNode.Parse(Bodo)!;
        change(document);
        return document.ToJsonString();
    }

    private static string Evaluation(Action<JsonNode> change)
    {
        var document = JsonNode.Parse(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.evaluation.json")))!;
        change(document);
        return document.ToJsonString();
    }

    private static Person PersonLeaving(NodaTime.LocalDate starts, NodaTime.LocalDate leaves) =>
        new(PlanDocument.ReadBytes(Bodo).GetValueOrThrow().People[0].Id, new NodeId("u"), PositionShare.FromPercent(100), [], starts: starts, leaves: leaves);

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
