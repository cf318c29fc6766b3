using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// What the mutation review of the annual wheel (docs/reliability.md, group B) found untested: the search windows of
/// <see cref="AnnualWheel.NextDue(LocalDate)"/> and <see cref="AnnualWheel.Overdue(LocalDate, LocalDate, IEnumerable{string})"/>
/// must reach back by the furthest move of any activity (RFC 5545: an overridden instance keeps its RECURRENCE-ID, the
/// nominal date, but happens on its new date), a rule relative to a period with an offset of more than a year, a
/// reminder's owner name, a <c>since</c> after today, and the singular in the summary.
/// </summary>
public class AnnualWheelReviewTests
{
    private static readonly WheelPeriod Year = new(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1));

    private static WheelActivity Activity(string id, RecurrenceRule rule) =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, "leader", rule);

    [Fact]
    public void NextDueAndOverdue_FindAnOccurrenceMovedFromBeforeTheWindow_ByTheLargestMoveOfAnyActivity()
    {
        // "a" is moved 83 days in 2027 (10 March to 1 June) and 3 days in 2028; "b" is never moved. Asked on 1 May, the
        // moved occurrence's nominal date lies 52 days back: the window must widen by the largest move of all.
        var a = RecurrenceRule.FixedDate(3, 10).WithMove(new LocalDate(2027, 3, 10), new LocalDate(2027, 6, 1)).WithMove(new LocalDate(2028, 3, 10), new LocalDate(2028, 3, 13));
        var wheel = new AnnualWheel(new LocalizedText("Test"), [Year], ["unit"], [Activity("a", a), Activity("b", RecurrenceRule.FixedDate(12, 1))], []);
        var next = wheel.NextDue(new LocalDate(2027, 5, 1));
        Assert.Equal(("a", new LocalDate(2027, 3, 10), new LocalDate(2027, 6, 1)), (next?.Activity.Id, next?.Nominal, next?.Date));
        Assert.Equal(
            [("a", new LocalDate(2027, 6, 1))],
            wheel.Overdue(new LocalDate(2027, 6, 2), new LocalDate(2027, 5, 1), []).Select(o => (o.Activity.Id, o.Date)));
    }

    [Fact]
    public void Overdue_SinceLongAfterToday_IsEmpty()
    {
        // The documented "empty when since is not before today", also when since is a year ahead (the search window
        // would otherwise start after it ends).
        Assert.Empty(AnnualWheel.ReksTemplate.Overdue(new LocalDate(2027, 3, 2), new LocalDate(2028, 3, 2), []));
    }

    [Fact]
    public void Occurrences_RelativeToAPeriodMoreThanAYearAhead_ComesFromTheInstanceOfThatYear()
    {
        // 800 days after the start of the 2025 instance (1 January 2025) is Friday 12 March 2027.
        var wheel = new AnnualWheel(new LocalizedText("Test"), [Year], ["unit"], [Activity("late", RecurrenceRule.RelativeToPeriod("År", PeriodBoundary.FirstDay, 800))], []);
        var occurrences = wheel.Occurrences(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));
        Assert.Equal([new LocalDate(2027, 3, 12)], occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Reminders_MeasureWithAResponsibleRole_IsOwnedByThatRoleByName()
    {
        // docs/wheel.md, "Reminders from the plan": the owner's name is the measure's responsible role, or the measure's
        // own name when it has none.
        var role = new LocalizedText("Fagutviklingssykepleier", "Clinical nurse educator");
        var withRole = new Measure(
            new MeasureId("training"), new LocalizedText("Hverdagsrehabilitering", "Everyday rehabilitation"), MeasureKind.Course,
            sessions: [new LocalDate(2027, 2, 16)],
            responsibleRole: role,
            funding: [new Funding("skjonnsmidler", 2027, 50000m, FundingStatus.Applied, new LocalDate(2027, 1, 15))],
            evaluationDates: [new LocalDate(2027, 6, 15)]);
        var without = new Measure(
            new MeasureId("course"), new LocalizedText("Kurs", "Course"), MeasureKind.Course,
            sessions: [new LocalDate(2027, 4, 6)]);
        var plan = new CompetencePlan(
            new LocalizedText("Plan"),
            new Organisation([new OrganisationNode(new NodeId("unit"), null, new LocalizedText("Sykehjemmet", "The nursing home"))]),
            [new ReKs.Competence.Model.Competence(new CompetenceId("medication"), new LocalizedText("Legemiddelhåndtering", "Medication handling"), LaiComponents.Knowledge)],
            [],
            [],
            measures: [withRole, without]);
        var reminders = AnnualWheel.ReksTemplate.Reminders(plan, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));
        Assert.Equal(
            [
                ("apply-training-1", "Fagutviklingssykepleier"),
                ("session-training-1", "Fagutviklingssykepleier"),
                ("session-course-1", "Kurs"),
                ("evaluation-training-1", "Fagutviklingssykepleier"),
            ],
            reminders.Select(r => (r.Activity.Id, r.Activity.OwnerName?.Norwegian)));
    }

    [Fact]
    public void ToString_OneActivity_IsSingular()
    {
        var wheel = new AnnualWheel(new LocalizedText("Test"), [Year], ["unit"], [Activity("a", RecurrenceRule.FixedDate(3, 10))], []);
        Assert.StartsWith("Annual wheel 'Test': 1 activity in 1 ring, 1 period, ", wheel.ToString(), StringComparison.Ordinal);
    }
}
