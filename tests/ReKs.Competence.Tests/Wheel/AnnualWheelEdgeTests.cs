using NodaTime;
using NodaTime.Testing;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// The annual wheel at its edges: a period's first and last day, an occurrence on the day asked about, several
/// conflicts on one day, the reminders' names in both languages (docs/wheel.md, "Reminders from the plan"; a renewal
/// names the person by pseudonym only), and the arguments it refuses. The ReKs template is seed 000, appendix 6.1.
/// </summary>
public class AnnualWheelEdgeTests
{
    private static readonly DateInterval Year2027 = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    private static string QuarterOf(AnnualWheel wheel, int month, int day) => wheel.PeriodAt(new LocalDate(2027, month, day)).Name.Norwegian;

    [Fact]
    public void PeriodAt_FirstAndLastDayOfEachQuarter_IsThatQuarter()
    {
        var wheel = AnnualWheel.ReksTemplate;
        Assert.Equal(
            ["Januar–mars", "April–juni", "April–juni", "Juli–september", "Juli–september", "Oktober–desember", "Oktober–desember"],
            new[] { QuarterOf(wheel, 3, 31), QuarterOf(wheel, 4, 1), QuarterOf(wheel, 6, 30), QuarterOf(wheel, 7, 1), QuarterOf(wheel, 9, 30), QuarterOf(wheel, 10, 1), QuarterOf(wheel, 12, 31) });
    }

    [Fact]
    public void PeriodAt_BeforeTheFirstStartOfTheYear_IsTheLastPeriodOfTheYearBefore()
    {
        var wheel = new AnnualWheel(
            new LocalizedText("Skoleår", "School year"),
            [new WheelPeriod(new LocalizedText("Høst", "Autumn"), "#993366", new AnnualDate(8, 15)), new WheelPeriod(new LocalizedText("Vår", "Spring"), "#336699", new AnnualDate(2, 1))],
            ["unit"],
            [],
            []);
        Assert.Equal(["Høst", "Vår", "Vår", "Høst", "Høst"], new[] { QuarterOf(wheel, 1, 31), QuarterOf(wheel, 2, 1), QuarterOf(wheel, 8, 14), QuarterOf(wheel, 8, 15), QuarterOf(wheel, 12, 31) });
        Assert.Equal(new DateInterval(new LocalDate(2027, 8, 15), new LocalDate(2028, 1, 31)), wheel.PeriodSpan(wheel.Periods[0], 2027));
        Assert.Equal(new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 8, 14)), wheel.PeriodSpan(wheel.Periods[1], 2027));
    }

    [Fact]
    public void PeriodSpan_QuartersOfTheTemplate_RunToTheDayBeforeTheNextStart()
    {
        var wheel = AnnualWheel.ReksTemplate;
        Assert.Equal(new DateInterval(new LocalDate(2028, 1, 1), new LocalDate(2028, 3, 31)), wheel.PeriodSpan(wheel.FindPeriod("January–March")!, 2028));
        Assert.Equal(new DateInterval(new LocalDate(2027, 10, 1), new LocalDate(2027, 12, 31)), wheel.PeriodSpan(wheel.FindPeriod("Oktober–desember")!, 2027));
    }

    [Fact]
    public void PeriodSpan_PeriodOfAnotherWheel_IsRefusedNamingIt()
    {
        var stranger = new WheelPeriod(new LocalizedText("Sommer"), "#FFCC00", new AnnualDate(6, 1));
        var e = Assert.Throws<ArgumentException>("period", () => AnnualWheel.ReksTemplate.PeriodSpan(stranger, 2027));
        Assert.StartsWith($"The period '{stranger}' is not in the wheel.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("period", () => AnnualWheel.ReksTemplate.PeriodSpan(null!, 2027));
    }

    [Fact]
    public void FindPeriod_NorwegianOrEnglishName_FindsItAndNothingElse()
    {
        var wheel = AnnualWheel.ReksTemplate;
        Assert.Same(wheel.FindPeriod("Juli–september"), wheel.FindPeriod("July–September"));
        Assert.Equal(new AnnualDate(7, 1), wheel.FindPeriod("July–September")!.Start);
        Assert.Null(wheel.FindPeriod("juli–september"));
        Assert.Null(wheel.FindPeriod("Sommer"));
    }

    [Fact]
    public void NextDue_OnTheDayOfAnOccurrence_IsThatOccurrence()
    {
        // The September meeting is the first Tuesday of September: 7 September 2027.
        var next = AnnualWheel.ReksTemplate.NextDue(new LocalDate(2027, 9, 7));
        Assert.Equal(("september-meeting", new LocalDate(2027, 9, 7)), (next?.Activity.Id, next?.Date));
    }

    [Fact]
    public void NextDue_NoActivities_IsNothing()
    {
        var t = AnnualWheel.ReksTemplate;
        Assert.Null(new AnnualWheel(t.Name, t.Periods, t.Rings, [], []).NextDue(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void Overdue_SinceOnAnOccurrence_IncludesItAndSinceNotBeforeToday_IsEmpty()
    {
        var wheel = AnnualWheel.ReksTemplate;
        // Reporting 1 February 2027 is a Monday; the grant applications of 1 March 2027 too.
        Assert.Equal(["reporting-20270201", "grant-application-20270301"], wheel.Overdue(new LocalDate(2027, 3, 2), new LocalDate(2027, 2, 1), []).Select(o => o.Key));
        Assert.Empty(wheel.Overdue(new LocalDate(2027, 3, 2), new LocalDate(2027, 3, 2), []));
        Assert.Empty(wheel.Overdue(new LocalDate(2027, 3, 2), new LocalDate(2027, 6, 1), []));
        Assert.Throws<ArgumentNullException>("completed", () => wheel.Overdue(new LocalDate(2027, 3, 2), new LocalDate(2027, 2, 1), null!));
    }

    [Fact]
    public void Overdue_ClockAndZone_UseTheDateInTheZone()
    {
        // 23:30 UTC on 1 March 2027 is already 2 March in Oslo, so the grant applications of 1 March are overdue there.
        var clock = new FakeClock(Instant.FromUtc(2027, 3, 1, 23, 30));
        var oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];
        Assert.Equal(["grant-application-20270301"], AnnualWheel.ReksTemplate.Overdue(clock, oslo, new LocalDate(2027, 2, 2), []).Select(o => o.Key));
        Assert.Empty(AnnualWheel.ReksTemplate.Overdue(clock, DateTimeZone.Utc, new LocalDate(2027, 2, 2), []));
        Assert.Throws<ArgumentNullException>("clock", () => AnnualWheel.ReksTemplate.NextDue(null!, oslo));
        Assert.Throws<ArgumentNullException>("zone", () => AnnualWheel.ReksTemplate.PeriodAt(clock, null!));
    }

    private static WheelActivity On(string id, string owner, int month, int day) =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, owner, RecurrenceRule.FixedDate(month, day));

    [Fact]
    public void Conflicts_ThreeOfOneOwnerInAClosedPeriod_OneSameDayConflictThenEachClosedOne()
    {
        var wheel = new AnnualWheel(
            new LocalizedText("Test"),
            [new WheelPeriod(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1))],
            ["unit"],
            [On("a", "leader", 7, 15), On("b", "leader", 7, 15), On("c", "leader", 7, 15), On("d", "other", 3, 10), On("e", "third", 3, 10), On("f", "leader", 2, 10)],
            [new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31))]);
        var conflicts = wheel.Conflicts(Year2027);
        Assert.Equal(
            [
                (WheelConflictKind.SameOwnerSameDay, "a b c"),
                (WheelConflictKind.InClosedPeriod, "a"),
                (WheelConflictKind.InClosedPeriod, "b"),
                (WheelConflictKind.InClosedPeriod, "c"),
            ],
            conflicts.Select(c => (c.Kind, string.Join(" ", c.Occurrences.Select(o => o.Activity.Id)))));
        Assert.All(conflicts, c => Assert.Equal(new LocalDate(2027, 7, 15), c.Date));
    }

    [Fact]
    public void Conflicts_ClosedBeforeSameDay_AreSortedByDateFirst()
    {
        var wheel = new AnnualWheel(
            new LocalizedText("Test"),
            [new WheelPeriod(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1))],
            ["unit"],
            [On("a", "leader", 8, 16), On("b", "leader", 8, 16), On("c", "other", 7, 15)],
            [new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31))]);
        Assert.Equal(
            [(WheelConflictKind.InClosedPeriod, new LocalDate(2027, 7, 15)), (WheelConflictKind.SameOwnerSameDay, new LocalDate(2027, 8, 16))],
            wheel.Conflicts(Year2027).Select(c => (c.Kind, c.Date)));
    }

    private static CompetencePlan Plan(IEnumerable<Person> people, IEnumerable<Requirement> requirements, IEnumerable<Measure> measures) =>
        new(
            new LocalizedText("Plan"),
            new Organisation([new OrganisationNode(new NodeId("unit"), null, new LocalizedText("Sykehjemmet", "The nursing home"))]),
            [new ReKs.Competence.Model.Competence(new CompetenceId("medication"), new LocalizedText("Legemiddelhåndtering", "Medication handling"), LaiComponents.Knowledge)],
            people,
            requirements,
            measures: measures);

    private static Person Holding(string id, CompetenceBasis basis, LocalDate until) =>
        new(new PersonId(id), new NodeId("unit"), PositionShare.FromPercent(80), [new Holding(new CompetenceId("medication"), null, basis, true, validUntil: until)]);

    [Fact]
    public void Reminders_EveryKind_IsNamedInBothLanguagesOnThePlanRing()
    {
        // Bodø (seed 003): four sessions every other week, an evaluation in June, discretionary grants applied for.
        var training = new Measure(
            new MeasureId("training"), new LocalizedText("Hverdagsrehabilitering", "Everyday rehabilitation"), MeasureKind.Course,
            sessions: [new LocalDate(2027, 2, 16), new LocalDate(2027, 3, 2)],
            responsibleRole: new LocalizedText("Fagutviklingssykepleier", "Clinical nurse educator"),
            funding: [new Funding("skjonnsmidler", 2027, 50000m, FundingStatus.Applied, new LocalDate(2027, 1, 15))],
            evaluationDates: [new LocalDate(2027, 6, 15)]);
        var plan = Plan(
            [Holding("p1", CompetenceBasis.Formal, new LocalDate(2027, 9, 10))],
            [new Requirement(new NodeId("unit"), new CompetenceId("medication"), new ProficiencyLevel(1), PositionShare.FromPercent(100), neededBy: new LocalDate(2027, 11, 1))],
            [training]);
        var reminders = AnnualWheel.ReksTemplate.Reminders(plan, Year2027, Period.FromDays(30));
        Assert.Equal(
            [
                ("apply-training-1", "Søknadsfrist skjonnsmidler 2027: Hverdagsrehabilitering", "Application deadline skjonnsmidler 2027: Everyday rehabilitation", "Fagutviklingssykepleier", Adjustment.None),
                ("session-training-1", "Hverdagsrehabilitering: samling 1 av 2", "Everyday rehabilitation: session 1 of 2", "Fagutviklingssykepleier", Adjustment.None),
                ("session-training-2", "Hverdagsrehabilitering: samling 2 av 2", "Everyday rehabilitation: session 2 of 2", "Fagutviklingssykepleier", Adjustment.None),
                ("evaluation-training-1", "Evaluering av Hverdagsrehabilitering", "Evaluation of Everyday rehabilitation", "Fagutviklingssykepleier", Adjustment.None),
                ("renew-p1-medication", "Fornye Legemiddelhåndtering for p1 (utløper 2027-09-10)", "Renew Medication handling for p1 (expires 2027-09-10)", "unit", Adjustment.Before),
                ("need-unit-medication", "Frist: Legemiddelhåndtering i Sykehjemmet", "Deadline: Medication handling in The nursing home", "unit", Adjustment.Before),
            ],
            reminders.Select(r => (r.Activity.Id, r.Activity.Name.Norwegian, r.Activity.Name.In(Language.English), r.Activity.OwnerRole, r.Activity.Adjustment)));
        Assert.All(reminders, r => Assert.Equal(AnnualWheel.ReminderRing, r.Activity.Ring));
        Assert.All(reminders, r => Assert.Equal(r.Date, r.Nominal));
    }

    [Fact]
    public void Reminders_OnlyFormalHoldingsWithAReminderInTheHorizon_AreRenewed()
    {
        // Lead time 30 days: an expiry on 30 January 2028 is reminded on 31 December 2027, one on 31 January 2028 on 1 January 2028.
        var plan = Plan(
            [
                Holding("formal-in", CompetenceBasis.Formal, new LocalDate(2028, 1, 30)),
                Holding("formal-out", CompetenceBasis.Formal, new LocalDate(2028, 1, 31)),
                Holding("formal-first", CompetenceBasis.Formal, new LocalDate(2027, 1, 31)),
                Holding("formal-before", CompetenceBasis.Formal, new LocalDate(2027, 1, 30)),
                Holding("informal", CompetenceBasis.Informal, new LocalDate(2027, 6, 1)),
            ],
            [],
            []);
        Assert.Equal(["renew-formal-first-medication", "renew-formal-in-medication"], AnnualWheel.ReksTemplate.Reminders(plan, Year2027, Period.FromDays(30)).Select(r => r.Activity.Id));
    }

    [Fact]
    public void Reminders_NoPlanNoHorizonOrNegativeLead_IsRefused()
    {
        var plan = Plan([], [], []);
        Assert.Throws<ArgumentNullException>("plan", () => AnnualWheel.ReksTemplate.Reminders(null!, Year2027));
        Assert.Throws<ArgumentNullException>("horizon", () => AnnualWheel.ReksTemplate.Reminders(plan, null!));
        var e = Assert.Throws<ArgumentException>("renewalLeadTime", () => AnnualWheel.ReksTemplate.Reminders(plan, Year2027, Period.FromDays(-1)));
        Assert.StartsWith("A renewal's lead time is not negative.", e.Message, StringComparison.Ordinal);
        Assert.Empty(AnnualWheel.ReksTemplate.Reminders(plan, Year2027, Period.Zero));
        Assert.Throws<ArgumentNullException>("plan", () => AnnualWheel.ReksTemplate.ProblemsWith(null!));
    }

    [Fact]
    public void Constructor_NullArgument_IsRefusedNamingIt()
    {
        var t = AnnualWheel.ReksTemplate;
        var closed = t.WorkingDays.ClosedPeriods;
        Assert.Throws<ArgumentNullException>("name", () => new AnnualWheel(null!, t.Periods, t.Rings, t.Activities, closed));
        Assert.Throws<ArgumentNullException>("periods", () => new AnnualWheel(t.Name, null!, t.Rings, t.Activities, closed));
        Assert.Throws<ArgumentNullException>("rings", () => new AnnualWheel(t.Name, t.Periods, null!, t.Activities, closed));
        Assert.Throws<ArgumentNullException>("activities", () => new AnnualWheel(t.Name, t.Periods, t.Rings, null!, closed));
        Assert.Throws<ArgumentNullException>("closedPeriods", () => new AnnualWheel(t.Name, t.Periods, t.Rings, t.Activities, null!));
        Assert.Throws<ArgumentNullException>("interval", () => t.Occurrences(null!));
    }

    [Fact]
    public void ToString_Template_CountsActivitiesRingsPeriodsAndClosedPeriods() =>
        Assert.Equal("Annual wheel 'Årshjul ReKs': 7 activities in 2 rings, 4 periods, 2 closed periods", AnnualWheel.ReksTemplate.ToString());
}
