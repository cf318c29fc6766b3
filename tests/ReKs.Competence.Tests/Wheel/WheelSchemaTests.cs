using Json.Schema;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>docs/wheel.schema.json describes the wheel document the library writes and reads, for integrators in other languages.</summary>
public class WheelSchemaTests
{
    private static readonly JsonSchema Schema = Schemas.Load("wheel.schema.json");

    public static TheoryData<string> Examples => new(Directory.EnumerateFiles(Repo.Path("docs", "examples"), "*-wheel.json").Order(StringComparer.Ordinal));

    private static EvaluationResults Evaluate(string json) => Schemas.Evaluate(Schema, json);

    private static string Errors(EvaluationResults r) => Schemas.Errors(r);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schema_AcceptsEveryExampleWheel(string file)
    {
        var result = Evaluate(File.ReadAllText(file));
        Assert.True(result.IsValid, $"{file}:\n{Errors(result)}");
    }

    [Fact]
    public void Schema_AcceptsEveryRuleKindAsWritten()
    {
        var t = AnnualWheel.ReksTemplate;
        var wheel = new AnnualWheel(t.Name, t.Periods, t.Rings, t.Activities.Concat(new[]
        {
            new WheelActivity("r1", new LocalizedText("R1"), "region", ActivityCategory.Deadline, "x", RecurrenceRule.RelativeToActivity("september-meeting", -2, OffsetUnit.Weeks).WithSkip(new LocalDate(2028, 8, 22))),
            new WheelActivity("r2", new LocalizedText("R2"), "region", ActivityCategory.Deadline, "x", RecurrenceRule.RelativeToPeriod("April–juni", PeriodBoundary.LastWorkingDay, 3).WithYears(2027, 2029)),
            new WheelActivity("r3", new LocalizedText("R3"), "region", ActivityCategory.Training, "x", RecurrenceRule.EveryNMonths(new LocalDate(2027, 1, 15), 2, 6).WithMove(new LocalDate(2027, 3, 15), new LocalDate(2027, 3, 16)), Adjustment.Nearest, new LocalTime(8, 15), NodaTime.Duration.FromMinutes(45), WheelLink.Goal(new GoalId("goal-1"))),
        }), t.WorkingDays.ClosedPeriods);
        var result = Evaluate(WheelDocument.WriteString(wheel));
        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [InlineData("""{ "kind": "fixedDate", "month": 2, "day": 1, "week": 5 }""")]
    [InlineData("""{ "kind": "relativeToActivity", "activity": "a", "unit": "days" }""")]
    [InlineData("""{ "kind": "nthWeekdayOfMonth", "month": 9, "weekday": "tue", "n": 1 }""")]
    [InlineData("""{ "kind": "sometimes" }""")]
    public void Schema_RejectsBadRules(string rule)
    {
        var json = $$"""
            { "schemaVersion": 1, "name": { "nb": "X" }, "periods": [{ "name": { "nb": "År" }, "colour": "#000000", "start": "01-01" }], "rings": ["unit"],
              "activities": [{ "id": "a", "name": { "nb": "A" }, "ring": "unit", "category": "meeting", "owner": "x", "rule": {{rule}} }] }
            """;
        Assert.False(Evaluate(json).IsValid, rule);
        Assert.False(WheelDocument.Parse(json).IsValid, rule);
    }
}
