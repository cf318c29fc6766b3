using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Planning;

/// <summary>A measure's sessions given as a wheel recurrence rule: the sessions are the rule's occurrences, the rule is
/// read and written by the plan document, and a rule that cannot stand alone (relative, unbounded) is refused at its path.</summary>
public class SessionRuleTests
{
    private static readonly LocalizedText Name = new("Grunnopplæring", "Basic training");

    private static JsonNode Document => JsonNode.Parse(MeasurePlan.Json)!;

    [Fact]
    public void SessionRule_BodoTrainingScheme_GivesFourSessionsEveryOtherWeek()
    {
        // Seed 003 line 717: "ca 2 timer annenhver uke til sammen 4 ganger", starting February/March 2013 (line 715).
        var rule = RecurrenceRule.EveryNWeeks(new LocalDate(2013, 2, 26), 2, 4);
        var measure = new Measure(new MeasureId("grunnopplaering"), Name, MeasureKind.Course, sessionRule: rule, hoursPerParticipant: 8m);
        Assert.Equal<LocalDate>([new LocalDate(2013, 2, 26), new LocalDate(2013, 3, 12), new LocalDate(2013, 3, 26), new LocalDate(2013, 4, 9)], measure.Sessions);
        Assert.Same(rule, measure.SessionRule);
        Assert.Equal(new LocalDate(2013, 4, 9), measure.CompletesOn);
    }

    [Property(MaxTest = 300)]
    public Property SessionsFromARule_AreTheRulesOccurrences(PositiveInt every, PositiveInt count, bool months, byte skipAt, short startOffset)
    {
        var start = new LocalDate(2013, 1, 1).PlusDays(startOffset);
        var (n, c) = ((every.Get % 8) + 1, (count.Get % 40) + 1);
        RecurrenceRule rule = months ? RecurrenceRule.EveryNMonths(start, n, c) : RecurrenceRule.EveryNWeeks(start, n, c);
        var all = rule.Dates(new DateInterval(start, start.PlusYears(30)));
        if (skipAt % 3 == 0 && c > 1)
        {
            rule = rule.WithSkip(all[skipAt % c].Nominal);
            all = rule.Dates(new DateInterval(start, start.PlusYears(30)));
        }

        var measure = new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessionRule: rule);
        return measure.Sessions.SequenceEqual(all.Select(d => d.Date)).Label($"{rule.Kind} every {n} × {c}");
    }

    [Fact]
    public void SessionRule_YearlyKind_NeedsBothYearBounds()
    {
        var yearly = RecurrenceRule.FixedDate(6, 18);
        var e = Assert.Throws<ArgumentException>(() => new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessionRule: yearly));
        Assert.Equal("sessionRule", e.ParamName);
        var bounded = new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessionRule: yearly.WithYears(2013, 2015));
        Assert.Equal<LocalDate>([new LocalDate(2013, 6, 18), new LocalDate(2014, 6, 18), new LocalDate(2015, 6, 18)], bounded.Sessions);
    }

    [Fact]
    public void SessionRule_RelativeOrWithDatesOrTooMany_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessionRule: RecurrenceRule.RelativeToActivity("meeting", 1, OffsetUnit.Weeks)));
        Assert.Throws<ArgumentException>(() => new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessions: [new LocalDate(2013, 2, 26)], sessionRule: RecurrenceRule.Once(new LocalDate(2013, 2, 26))));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessionRule: RecurrenceRule.EveryNWeeks(new LocalDate(2013, 1, 1), 1, Measure.MaxSessions + 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessionRule: RecurrenceRule.EveryNWeeks(new LocalDate(2013, 1, 1), int.MaxValue, 3)));
    }

    [Fact]
    public void SessionRule_MoveThatBreaksTheOrder_IsRefused()
    {
        var rule = RecurrenceRule.EveryNWeeks(new LocalDate(2013, 2, 26), 2, 4).WithMove(new LocalDate(2013, 3, 12), new LocalDate(2013, 4, 1));
        Assert.Throws<ArgumentException>(() => new Measure(new MeasureId("m"), Name, MeasureKind.Course, sessionRule: rule));
    }

    [Fact]
    public void Read_TestPlan_SessionRuleGivesTheSessionsAndIsWrittenBackAsARule()
    {
        var basic = MeasurePlan.Plan.Measure("grunnopplaering");
        Assert.Equal(RecurrenceKind.EveryNWeeks, basic.SessionRule!.Kind);
        Assert.Equal(4, basic.Sessions.Length);
        Assert.Equal<LocalDate>([new LocalDate(2013, 6, 18)], basic.EvaluationDates);
        Assert.Equal(new LocalDate(2013, 1, 15), basic.Funding[1].ApplicationDeadline);
        var written = JsonNode.Parse(PlanDocument.WriteString(MeasurePlan.Plan))!["measures"]![0]!;
        Assert.Null(written["sessions"]);
        Assert.Equal("""{"kind":"everyNWeeks","start":"2013-02-26","every":2,"count":4}""", written["sessionRule"]!.ToJsonString());
    }

    [Fact]
    public void Read_BadSessionRules_EveryProblemAtItsPath()
    {
        var document = Document;
        document["measures"]![0]!["sessionRule"] = JsonNode.Parse("""{"kind": "relativeToActivity", "activity": "x", "offset": 1, "unit": "days"}""");
        document["measures"]![1]!["sessionRule"] = JsonNode.Parse("""{"kind": "fixedDate", "month": 6, "day": 18}""");
        document["measures"]![2]!["sessionRule"] = JsonNode.Parse("""{"kind": "everyNWeeks", "start": "2013-01-01", "every": 0, "count": 2}""");
        document["measures"]![3]!["evaluationDates"] = JsonNode.Parse("""["2013-06-18", "2013-06-01"]""");
        var problems = PlanDocument.Parse(document.ToJsonString()).Problems.Select(p => (p.Path, p.Kind)).ToList();
        Assert.Equal(
            [
                ("$.measures[0].sessionRule", ProblemKind.InvalidValue),
                ("$.measures[1].sessionRule", ProblemKind.InvalidValue),
                ("$.measures[1].sessionRule", ProblemKind.Missing),
                ("$.measures[2].sessionRule", ProblemKind.InvalidValue),
                ("$.measures[2].sessionRule.every", ProblemKind.InvalidValue),
                ("$.measures[3].evaluationDates[1]", ProblemKind.DateOrder),
            ],
            problems);
    }
}
