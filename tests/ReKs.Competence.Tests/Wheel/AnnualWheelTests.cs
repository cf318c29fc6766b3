using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The annual wheel: the ReKs template (seed 000, appendix 6.1), Bodø's training scheme (seed 003), conflicts and reminders.</summary>
[Properties(Arbitrary = new[] { typeof(WheelArbitraries) })]
public class AnnualWheelTests
{
    private static readonly DateInterval Year2027 = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    [Fact]
    public void ReksTemplate_2027_HasEveryActivityOnceSortedOnWorkingDays()
    {
        // Seed 000, appendix 6.1 "Årshjul ReKs": four periods, work in each; seven activities once a year.
        var wheel = AnnualWheel.ReksTemplate;
        var occurrences = wheel.Occurrences(Year2027);
        Assert.Equal(4, wheel.Periods.Length);
        Assert.Equal(wheel.Activities.Length, occurrences.Length);
        Assert.Equal(occurrences.Select(o => o.Date).Order(), occurrences.Select(o => o.Date));
        Assert.All(occurrences, o => Assert.True(wheel.WorkingDays.IsWorkingDay(o.Date), o.ToString()));
        var september = Assert.Single(occurrences, o => o.Activity.Id == "september-meeting");
        Assert.Equal(new LocalDate(2027, 9, 7), september.Date);
        Assert.Equal("Juli–september", september.Period.Name.Norwegian);
        Assert.Equal("region", september.Ring);
        Assert.Empty(wheel.Conflicts(Year2027));
    }

    [Fact]
    public void ReksTemplate_2026To2035_KeepsWhatTheSeedFixes()
    {
        // Seed 000, appendix 6.1, lines 698–714: 1) reporting and grant applications; 2) the plan for the next half-year;
        // 3) holiday, autumn start, evaluating baselines, the September meeting; 4) the plan for the spring.
        var wheel = AnnualWheel.ReksTemplate;
        string[][] parts = [["reporting", "grant-application"], ["autumn-programme"], ["autumn-start", "baseline-evaluation", "september-meeting"], ["spring-programme"]];
        var quarters = new[] { "Januar–mars", "April–juni", "Juli–september", "Oktober–desember" };
        for (var year = 2026; year <= 2035; year++)
        {
            var occurrences = wheel.Occurrences(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
            for (var part = 0; part < 4; part++)
            {
                Assert.Equal(parts[part], occurrences.Where(o => o.Period.Name.Norwegian == quarters[part]).Select(o => o.Activity.Id));
            }

            Assert.Equal(9, occurrences.Single(o => o.Activity.Id == "september-meeting").Date.Month);
            Assert.True(wheel.WorkingDays.IsClosed(new LocalDate(year, 7, 15)), "part 3 holds the holiday");
            Assert.All(occurrences.Where(o => parts[2].Contains(o.Activity.Id)), o => Assert.True(o.Date > new LocalDate(year, 7, 31), o.ToString()));
        }
    }

    [Fact]
    public void Constructor_ClosedPeriodsLeavingNoWeekOpen_IsAProblemAtClosedPeriods_AsTheDocumentSays()
    {
        // The rule is the wheel's (WheelRules), so a wheel built in code gets the same problem a wheel document gets
        // (corpus case whole-year-closed): otherwise an occurrence could find no working day to move to.
        var t = AnnualWheel.ReksTemplate;
        var error = Assert.Throws<ValidationException>(() => new AnnualWheel(t.Name, t.Periods, t.Rings, t.Activities, [new ClosedPeriod(new AnnualDate(1, 6), new AnnualDate(12, 31))]));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.closedPeriods", problem.Path);
        Assert.Contains("no seven days in a row open", problem.Message, StringComparison.Ordinal);

        var open = new AnnualWheel(t.Name, t.Periods, t.Rings, t.Activities, [new ClosedPeriod(new AnnualDate(1, 8), new AnnualDate(12, 31))]);
        Assert.NotEmpty(open.Occurrences(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31))));
    }

    [Fact]
    public void PeriodAt_Dates_FindsTheirQuarter()
    {
        var wheel = AnnualWheel.ReksTemplate;
        Assert.Equal("Januar–mars", wheel.PeriodAt(new LocalDate(2027, 1, 1)).Name.Norwegian);
        Assert.Equal("Januar–mars", wheel.PeriodAt(new LocalDate(2027, 3, 31)).Name.Norwegian);
        Assert.Equal("April–juni", wheel.PeriodAt(new LocalDate(2027, 4, 1)).Name.Norwegian);
        Assert.Equal("Oktober–desember", wheel.PeriodAt(new LocalDate(2027, 12, 31)).Name.Norwegian);
    }

    [Fact]
    public void NextDue_AfterSeptemberMeeting_IsSpringProgramme()
    {
        var next = AnnualWheel.ReksTemplate.NextDue(new LocalDate(2027, 9, 8));
        Assert.NotNull(next);
        Assert.Equal("spring-programme", next.Activity.Id);
        Assert.Equal(new LocalDate(2027, 11, 15), next.Date);
    }

    [Fact]
    public void Occurrences_BodoTrainingScheme_FourSessionsAndEvaluationInJune()
    {
        // Seed 003 lines 717–719: "undervisningen ca 2 timer annenhver uke til sammen 4 ganger" and
        // "Evaluering av undervisningsopplegget vil bli gjennomført i juni 2013".
        var wheel = new AnnualWheel(
            new LocalizedText("Opplæring Bodø", "Bodø training"),
            [new WheelPeriod(new LocalizedText("Vår", "Spring"), "#336699", new AnnualDate(1, 1)), new WheelPeriod(new LocalizedText("Høst", "Autumn"), "#993366", new AnnualDate(8, 1))],
            ["unit"],
            [
                new WheelActivity("training", new LocalizedText("Undervisning", "Teaching session"), "unit", ActivityCategory.Training, "educator", RecurrenceRule.EveryNWeeks(new LocalDate(2013, 2, 26), 2, 4), Adjustment.After, new LocalTime(12, 0), Duration.FromHours(2)),
                new WheelActivity("evaluation", new LocalizedText("Evaluering", "Evaluation"), "unit", ActivityCategory.Evaluation, "unit-leader", RecurrenceRule.NthWeekdayOfMonth(6, IsoDayOfWeek.Tuesday, -1).WithYears(2013, 2013), Adjustment.Before),
            ],
            []);
        var occurrences = wheel.Occurrences(new DateInterval(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)));
        Assert.Equal(
            ["2013-02-26 training", "2013-03-12 training", "2013-03-26 training", "2013-04-09 training", "2013-06-25 evaluation"],
            occurrences.Select(o => o.ToString()));
    }

    [Fact]
    public void Conflicts_SameOwnerAndClosedPeriod_AreFound()
    {
        var wheel = new AnnualWheel(
            new LocalizedText("Test"),
            [new WheelPeriod(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1))],
            ["unit"],
            [
                new WheelActivity("a", new LocalizedText("A"), "unit", ActivityCategory.Meeting, "leader", RecurrenceRule.FixedDate(3, 10)),
                new WheelActivity("b", new LocalizedText("B"), "unit", ActivityCategory.Deadline, "leader", RecurrenceRule.FixedDate(3, 10)),
                new WheelActivity("c", new LocalizedText("C"), "unit", ActivityCategory.Deadline, "other", RecurrenceRule.FixedDate(7, 15)),
            ],
            [new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31))]);
        var conflicts = wheel.Conflicts(Year2027);
        Assert.Equal(2, conflicts.Length);
        Assert.Equal(WheelConflictKind.SameOwnerSameDay, conflicts[0].Kind);
        Assert.Equal(2, conflicts[0].Occurrences.Length);
        Assert.Equal(WheelConflictKind.InClosedPeriod, conflicts[1].Kind);
        Assert.Equal(new LocalDate(2027, 7, 15), conflicts[1].Date);
    }

    [Fact]
    public void Constructor_ActivityOnUnknownRing_Throws()
    {
        var e = Assert.Throws<ValidationException>(() => new AnnualWheel(
            new LocalizedText("Test"),
            [new WheelPeriod(new LocalizedText("År"), "#000000", new AnnualDate(1, 1))],
            ["unit"],
            [new WheelActivity("a", new LocalizedText("A"), "region", ActivityCategory.Meeting, "leader", RecurrenceRule.FixedDate(3, 10))],
            []));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("$.activities[0].ring", ProblemKind.UnknownReference), (problem.Path, problem.Kind));
        Assert.Contains("'a' is on the ring 'region'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SeveralDuplicates_ListsEveryOneNamingTheOffender()
    {
        var period = (string name, int month) => new WheelPeriod(new LocalizedText(name), "#000000", new AnnualDate(month, 1));
        var activity = (string id) => new WheelActivity(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, "leader", RecurrenceRule.FixedDate(3, 10));
        var e = Assert.Throws<ValidationException>(() => new AnnualWheel(
            new LocalizedText("Test"),
            [period("Vår", 1), period("Høst", 1), period("Sommer", 6), period("Vinter", 6)],
            ["unit"],
            [activity("a"), activity("a"), activity("b"), activity("b")],
            []));
        Assert.Equal(
            ["$.periods[1].start", "$.periods[3].start", "$.activities[1].id", "$.activities[3].id"],
            e.Problems.Select(p => p.Path));
        Assert.Contains("period start '01-01' is defined twice (first at $.periods[0])", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("activity id 'b' is defined twice (first at $.activities[2])", e.Problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminders_ExpiringCertificateAndNeededBy_BecomeDeadlines()
    {
        var org = new Organisation([new OrganisationNode(new NodeId("unit"), null)]);
        var competences = new[] { new ReKs.Competence.Model.Competence(new CompetenceId("medication"), new LocalizedText("Legemiddelhåndtering"), LaiComponents.Knowledge) };
        var people = new[]
        {
            new Person(new PersonId("p1"), new NodeId("unit"), PositionShare.FromPercent(80), [new Holding(new CompetenceId("medication"), null, CompetenceBasis.Formal, true, validUntil: new LocalDate(2027, 7, 10))]),
            new Person(new PersonId("p2"), new NodeId("unit"), PositionShare.FromPercent(50), [new Holding(new CompetenceId("medication"), null, CompetenceBasis.Formal, true, validUntil: new LocalDate(2029, 1, 10))]),
        };
        var requirements = new[] { new Requirement(new NodeId("unit"), new CompetenceId("medication"), new ProficiencyLevel(1), PositionShare.FromPercent(100), neededBy: new LocalDate(2027, 3, 1)) };
        var plan = new CompetencePlan(new LocalizedText("Plan"), org, competences, people, requirements);
        var reminders = AnnualWheel.ReksTemplate.Reminders(plan, Year2027, renewalLeadTime: Period.Zero);
        Assert.Equal(["need-unit-medication", "renew-p1-medication"], reminders.Select(r => r.Activity.Id));
        Assert.Equal(new LocalDate(2027, 6, 30), reminders[1].Date); // 10 July is in the common holiday: moved back.
        Assert.All(reminders, r => Assert.Equal(ActivityCategory.Deadline, r.Activity.Category));
        Assert.Equal([OccurrenceKind.Deadline, OccurrenceKind.Renewal], reminders.Select(r => r.Kind));
    }

    [Fact]
    public void Reminders_DefaultLeadTime_RenewalComesNinetyDaysBeforeExpiry()
    {
        // Issue "The plan closes the loop": renewals with a lead time, an option defaulting to 90 days before expiry.
        // p1's certificate expires 10 July 2027: 90 days earlier is Sunday 11 April, moved back to Friday 9 April.
        // p2's expires 10 January 2028: its reminder (12 October 2027) falls in 2027 although the expiry does not.
        var plan = PlanWith(
            [Expiring("p1", new LocalDate(2027, 7, 10)), Expiring("p2", new LocalDate(2028, 1, 10)), Expiring("p3", new LocalDate(2027, 2, 1))],
            []);
        var reminders = AnnualWheel.ReksTemplate.Reminders(plan, Year2027);
        Assert.Equal(["renew-p1-medication", "renew-p2-medication"], reminders.Select(r => r.Activity.Id));
        Assert.Equal([new LocalDate(2027, 4, 9), new LocalDate(2027, 10, 12)], reminders.Select(r => r.Date));
        Assert.All(reminders, r => Assert.Equal(OccurrenceKind.Renewal, r.Kind));
        Assert.Throws<ArgumentException>(() => AnnualWheel.ReksTemplate.Reminders(plan, Year2027, Period.FromDays(-1)));
    }

    [Fact]
    public void Reminders_MeasureSessions_BecomeSessionsOfTheYearUnlessCancelled()
    {
        // Bodø (seed 003): the everyday-rehabilitation training runs four sessions every other week from February 2013.
        var sessions = new[] { new LocalDate(2027, 2, 16), new LocalDate(2027, 3, 2), new LocalDate(2027, 3, 16), new LocalDate(2027, 4, 6) };
        var training = new Measure(new MeasureId("training"), new LocalizedText("Hverdagsrehabilitering", "Everyday rehabilitation"), MeasureKind.Course, sessions: sessions);
        var cancelled = new Measure(new MeasureId("old"), new LocalizedText("Avlyst kurs"), MeasureKind.Course, sessions: [new LocalDate(2027, 5, 4)], status: MeasureStatus.Cancelled);
        var plan = PlanWith([], [training, cancelled]);
        var reminders = AnnualWheel.ReksTemplate.Reminders(plan, Year2027);
        Assert.Equal(sessions, reminders.Select(r => r.Date));
        Assert.All(reminders, r => Assert.Equal(OccurrenceKind.Session, r.Kind));
        Assert.All(reminders, r => Assert.Equal(ActivityCategory.Training, r.Activity.Category));
        Assert.Equal("Everyday rehabilitation: session 2 of 4", reminders[1].Activity.Name.In(Language.English));
    }

    [Fact]
    public void Reminders_EvaluationDatesAndOpenApplicationDeadlines_BecomeOccurrencesOfTheirKind()
    {
        // Bodø (seed 003): the training is evaluated in June 2013 (line 719); discretionary grants are applied for (line 662),
        // KS project funds granted (line 658). Only money still applied for has an application deadline to keep.
        var funding = new[]
        {
            new Funding("skjonnsmidler", 2027, 50000m, FundingStatus.Applied, new LocalDate(2027, 1, 15)),
            new Funding("ks-prosjektmidler", 2027, 100000m, FundingStatus.Granted, new LocalDate(2027, 1, 10)),
        };
        var training = new Measure(
            new MeasureId("training"), new LocalizedText("Hverdagsrehabilitering", "Everyday rehabilitation"), MeasureKind.Course,
            sessionRule: RecurrenceRule.EveryNWeeks(new LocalDate(2027, 2, 16), 2, 4), funding: funding, evaluationDates: [new LocalDate(2027, 6, 15)]);
        var cancelled = new Measure(
            new MeasureId("old"), new LocalizedText("Avlyst"), MeasureKind.Course, status: MeasureStatus.Cancelled,
            funding: [new Funding("egne", 2027, 1m, FundingStatus.Applied, new LocalDate(2027, 3, 1))], evaluationDates: [new LocalDate(2027, 9, 1)]);
        var reminders = AnnualWheel.ReksTemplate.Reminders(PlanWith([], [training, cancelled]), Year2027);
        Assert.Equal(
            [
                (new LocalDate(2027, 1, 15), OccurrenceKind.Deadline, ActivityCategory.Deadline),
                (new LocalDate(2027, 2, 16), OccurrenceKind.Session, ActivityCategory.Training),
                (new LocalDate(2027, 3, 2), OccurrenceKind.Session, ActivityCategory.Training),
                (new LocalDate(2027, 3, 16), OccurrenceKind.Session, ActivityCategory.Training),
                (new LocalDate(2027, 3, 30), OccurrenceKind.Session, ActivityCategory.Training),
                (new LocalDate(2027, 6, 15), OccurrenceKind.Evaluation, ActivityCategory.Evaluation),
            ],
            reminders.Select(r => (r.Date, r.Kind, r.Activity.Category)));
        Assert.Equal("Application deadline skjonnsmidler 2027: Everyday rehabilitation", reminders[0].Activity.Name.In(Language.English));
    }

    private static Person Expiring(string id, LocalDate until) =>
        new(new PersonId(id), new NodeId("unit"), PositionShare.FromPercent(80), [new Holding(new CompetenceId("medication"), null, CompetenceBasis.Formal, true, validUntil: until)]);

    private static CompetencePlan PlanWith(IEnumerable<Person> people, IEnumerable<Measure> measures) =>
        new(new LocalizedText("Plan"), new Organisation([new OrganisationNode(new NodeId("unit"), null)]),
            [new ReKs.Competence.Model.Competence(new CompetenceId("medication"), new LocalizedText("Legemiddelhåndtering"), LaiComponents.Knowledge)],
            people, [], measures: measures);

    [Property(MaxTest = 1000)]
    public Property Occurrences_AnyInterval_PeriodContainsOccurrence(DateInterval interval)
    {
        var wheel = AnnualWheel.ReksTemplate;
        return wheel.Occurrences(interval).All(o => Contains(wheel, o.Period, o.Date)).ToProperty();
    }

    private static bool Contains(AnnualWheel wheel, WheelPeriod period, LocalDate date)
    {
        var starts = wheel.Periods.Select(p => p.Start.InYear(date.Year)).Concat(wheel.Periods.Select(p => p.Start.InYear(date.Year - 1))).Order().ToList();
        var start = period.Start.InYear(date.Year) <= date ? period.Start.InYear(date.Year) : period.Start.InYear(date.Year - 1);
        var next = starts.Concat(wheel.Periods.Select(p => p.Start.InYear(date.Year + 1))).Where(s => s > start).Min();
        return start <= date && date < next;
    }

    [Fact]
    public void NextDue_OccurrenceMovedFarAhead_IsStillFound()
    {
        // A session planned for January 2027 and moved by 17 months: its nominal date lies far before the day asked
        // about, so the search window must widen by the furthest move, as Overdue's does.
        var t = AnnualWheel.ReksTemplate;
        var moved = new WheelActivity("moved", new LocalizedText("Flyttet"), t.Rings[0], ActivityCategory.Meeting, "x",
            RecurrenceRule.Once(new LocalDate(2027, 1, 11)).WithMove(new LocalDate(2027, 1, 11), new LocalDate(2028, 6, 5)));
        var wheel = new AnnualWheel(t.Name, t.Periods, t.Rings, [moved], []);
        Assert.Equal(new LocalDate(2028, 6, 5), wheel.NextDue(new LocalDate(2028, 5, 1))?.Date);
    }
}
