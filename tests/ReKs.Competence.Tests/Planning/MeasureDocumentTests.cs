using System.Text.Json.Nodes;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Planning;

/// <summary>Measures in the plan document: every planning field read, written back as read, described by the schema,
/// and every problem reported at its JSON path.</summary>
public class MeasureDocumentTests
{
    private static readonly Json.Schema.JsonSchema Schema = Schemas.Load("plan.schema.json");

    private static JsonNode Document => JsonNode.Parse(MeasurePlan.Json)!;

    private static List<(string Path, ProblemKind Kind)> ProblemsOf(JsonNode document) =>
        [.. PlanDocument.Parse(document.ToJsonString()).Problems.Select(p => (p.Path, p.Kind))];

    [Fact]
    public void Read_TestPlan_ReadsEveryPlanningField()
    {
        var plan = MeasurePlan.Plan;
        var basic = plan.Measure("grunnopplaering");
        Assert.Equal(["mal-1"], basic.Goals.Select(g => g.Value));
        Assert.Equal(MeasureYield.Develop(new CompetenceId("rehab"), new ProficiencyLevel(2)), Assert.Single(basic.Yields));
        Assert.Equal((2, 2, 4L), (basic.Capacity!.Value, basic.Runs, basic.Seats!.Value));
        Assert.Equal(8m, basic.HoursPerParticipant);
        Assert.True(basic.Mandatory && basic.LeaderTakesPart);
        Assert.Equal("Project lead", basic.ResponsibleRole!.English);
        Assert.Equal(MeasureStatus.Running, basic.Status);
        Assert.Equal(new NodaTime.LocalDate(2013, 4, 9), basic.CompletesOn);
        Assert.Equal(25000m + 13200m, basic.Costs.Sum(c => c.Amount)); // 32 h × NOK 412.50 = 13 200
        Assert.Equal([FundingStatus.Granted, FundingStatus.Applied], basic.Funding.Select(f => f.Status));

        var resource = plan.Measure("ressursperson");
        Assert.Equal(["grunnopplaering"], resource.Prerequisites.Select(p => p.Value));
        Assert.Equal(["p04"], resource.TargetPeople.Select(p => p.Value));
        Assert.Equal(new MeasureCompletion(new PersonId("p04"), new NodaTime.LocalDate(2013, 5, 14)), Assert.Single(resource.Completions));

        // Without "strategies", a measure follows its yields.
        Assert.Equal(CompetenceStrategies.Mobilise, plan.Measure("veiledning-i-system").Strategy);
        var acquire = Assert.Single(plan.Measure("rekruttere-ergoterapeut").Yields);
        Assert.Equal((CompetenceStrategies.Acquire, 50m, PositionType.OccupationalTherapist), (acquire.Strategy, acquire.Amount.Percent, acquire.PositionType!.Value));
        Assert.Equal(MeasureStatus.Cancelled, plan.Measure("avvikle-gammel-rutine").Status);
    }

    [Fact]
    public void WriteThenRead_TestPlan_GivesEqualPlanAndSameBytes()
    {
        var plan = MeasurePlan.Plan;
        var bytes = PlanDocument.Write(plan);
        var again = PlanDocument.ReadBytes(bytes).GetValueOrThrow();
        Assert.Equal(plan, again);
        Assert.Equal(bytes, PlanDocument.Write(again));
    }

    [Fact]
    public void Schema_AcceptsTheTestPlanAndWhatTheWriterWrites()
    {
        var schema = Schema;
        var read = Schemas.Evaluate(schema, MeasurePlan.Json);
        Assert.True(read.IsValid, Schemas.Errors(read));
        var written = Schemas.Evaluate(schema, PlanDocument.WriteString(MeasurePlan.Plan));
        Assert.True(written.IsValid, Schemas.Errors(written));
    }

    [Fact]
    public void Schema_RejectsACostThatIsBothFeeAndHours()
    {
        var document = Document;
        document["measures"]![0]!["costs"]![0]!["hours"] = 3;
        Assert.False(Schemas.Evaluate(Schema, document.ToJsonString()).IsValid);
    }

    [Fact]
    public void Read_OldMeasureWithoutPlanningFields_KeepsItsMeaning()
    {
        // A measure as documents wrote it before: capacity is the seats of its one run; participants are its target nodes.
        var document = Document;
        document["measures"] = JsonNode.Parse("""[{"id": "fagdag", "name": {"nb": "Fagdag"}, "kind": "professionalDay", "targetCompetences": ["rehab"], "capacity": 30, "participants": ["sone-1"]}]""");
        var measure = Assert.Single(PlanDocument.Parse(document.ToJsonString()).GetValueOrThrow().Measures);
        Assert.Equal((CompetenceStrategies.Develop, 1, 30L, MeasureStatus.Planned), (measure.Strategy, measure.Runs, measure.Seats!.Value, measure.Status));
        Assert.True(measure.Yields.IsEmpty && measure.Goals.IsEmpty && measure.Costs.IsEmpty);
    }

    [Fact]
    public void Read_BadPlanningFields_EveryProblemAtItsPath()
    {
        var document = Document;
        var m = document["measures"]![0]!;
        m["goals"] = new JsonArray("mal-1", "ukjent-mal");
        m["yields"] = JsonNode.Parse("""[{"strategy": "develop", "competence": "rehab"}, {"strategy": "acquire", "competence": "spøkelse", "level": 9, "node": "sone-1", "amountPercent": 0, "by": "2014-01-01"}, {"strategy": "mobilise", "competence": "rehab"}]""");
        m["runs"] = 0;
        m["hoursPerParticipant"] = -1;
        m["prerequisites"] = new JsonArray("grunnopplaering");
        m["status"] = "paused";
        m["targetPeople"] = new JsonArray("nobody");
        m["completions"] = JsonNode.Parse("""[{"person": "p01", "date": "2013-04-09"}, {"person": "p01", "date": "2013-04-10"}]""");
        m["costs"] = JsonNode.Parse("""[{"year": 1800, "description": {"nb": "x"}, "fee": 1.005}, {"year": 2013, "description": {"nb": "y"}, "hours": 2}]""");
        m["funding"] = JsonNode.Parse("""[{"source": "a b", "year": 2013, "amount": -5, "status": "promised"}]""");
        Assert.Equal(
            [
                ("$.measures[0].yields[0].level", ProblemKind.Missing),
                ("$.measures[0].yields[1].amountPercent", ProblemKind.InvalidValue),
                ("$.measures[0].yields[2].strategy", ProblemKind.InvalidValue),
                ("$.measures[0].runs", ProblemKind.InvalidValue),
                ("$.measures[0].hoursPerParticipant", ProblemKind.InvalidValue),
                ("$.measures[0].status", ProblemKind.InvalidValue),
                ("$.measures[0].completions[1].person", ProblemKind.Duplicate),
                ("$.measures[0].costs[0].year", ProblemKind.InvalidValue),
                ("$.measures[0].costs[0].fee", ProblemKind.InvalidValue),
                ("$.measures[0].costs[1].rate", ProblemKind.Missing),
                ("$.measures[0].funding[0].source", ProblemKind.InvalidValue),
                ("$.measures[0].funding[0].amount", ProblemKind.InvalidValue),
                ("$.measures[0].funding[0].status", ProblemKind.InvalidValue),
                ("$.measures[0].goals[1]", ProblemKind.UnknownReference),
                ("$.measures[0].yields[1].competence", ProblemKind.UnknownReference),
                ("$.measures[0].yields[1].level", ProblemKind.OutOfScale),
                ("$.measures[0].targetPeople[0]", ProblemKind.UnknownReference),
            ],
            ProblemsOf(document).Where(p => p.Path != "$.measures[0].prerequisites[0]"));
    }

    [Fact]
    public void Read_PrerequisitesInACircle_ReportedOnceWhereTheCircleCloses()
    {
        var document = Document;
        document["measures"]![0]!["prerequisites"] = new JsonArray("ressursperson");
        Assert.Equal([("$.measures[0].prerequisites[0]", ProblemKind.Structure)], ProblemsOf(document));
    }

    [Fact]
    public void Read_MeasureItsOwnPrerequisite_IsInvalid()
    {
        var document = Document;
        document["measures"]![0]!["prerequisites"] = new JsonArray("grunnopplaering");
        Assert.Contains(("$.measures[0].prerequisites[0]", ProblemKind.InvalidValue), ProblemsOf(document));
    }

    [Fact]
    public void BadLinks_FromDocumentAndFromCode_SameProblems()
    {
        var document = Document;
        document["measures"]![2]!["goals"] = new JsonArray("ukjent");
        document["measures"]![2]!["targetPeople"] = new JsonArray("p99");
        var fromDocument = PlanDocument.Parse(document.ToJsonString()).Problems;

        var plan = MeasurePlan.Plan;
        var m = plan.Measures[2];
        var bad = new Measure(
            m.Id, m.Name, m.Kind, m.Strategy, m.TargetCompetences, m.Capacity, m.Sessions, m.Participants, [new GoalId("ukjent")], m.Yields,
            m.TargetPositionTypes, [new PersonId("p99")], m.Runs, m.HoursPerParticipant, m.Prerequisites, m.Mandatory, m.LeaderTakesPart,
            m.ResponsibleRole, m.Status, m.Completions, m.Costs, m.Funding);
        var fromCode = Assert.Throws<ValidationException>(() => new CompetencePlan(
            plan.Name, plan.Organisation, plan.Competences, plan.People, plan.Requirements, plan.Goals, plan.Measures.SetItem(2, bad), plan.Scale, plan.Precedence, plan.Period)).Problems;
        Assert.Equal(["$.measures[2].goals[0]", "$.measures[2].targetPeople[0]"], fromCode.Select(p => p.Path));
        Assert.Equal(fromCode.Select(p => (p.Path, p.Kind, p.Message)), fromDocument.Select(p => (p.Path, p.Kind, p.Message)));
    }
}
