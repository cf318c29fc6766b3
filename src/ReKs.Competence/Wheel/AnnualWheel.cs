using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>
/// An annual wheel (årshjul) as data: periods that split the year into named, coloured arcs, rings,
/// recurring activities and the organisation's closed periods. Everything it computes is pure and deterministic.
/// </summary>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class AnnualWheel
{
    /// <summary>How far ahead <see cref="NextDue"/> looks, in days.</summary>
    private const int LookAheadDays = 800;

    private readonly ImmutableArray<WheelPeriod> _byStart;

    /// <summary>Initializes a new instance of the <see cref="AnnualWheel"/> class.</summary>
    /// <param name="name">The name in Norwegian bokmål and English.</param>
    /// <param name="periods">The periods, at least one, with distinct starts; together they cover the year.</param>
    /// <param name="rings">The rings, distinct.</param>
    /// <param name="activities">The activities, with distinct identifiers, each on one of <paramref name="rings"/>.</param>
    /// <param name="closedPeriods">The periods the organisation is closed every year.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A cross-field rule is broken: no periods, two periods with one start, duplicate rings or activity identifiers, or an activity on an unknown ring.</exception>
    public AnnualWheel(LocalizedText name, IEnumerable<WheelPeriod> periods, IEnumerable<string> rings, IEnumerable<WheelActivity> activities, IEnumerable<ClosedPeriod> closedPeriods)
    {
        Name = Guard.Against.Null(name, nameof(name));
        Periods = [.. Guard.Against.Null(periods, nameof(periods))];
        Rings = [.. Guard.Against.Null(rings, nameof(rings))];
        Activities = [.. Guard.Against.Null(activities, nameof(activities))];
        WorkingDays = new WorkingDays(Guard.Against.Null(closedPeriods, nameof(closedPeriods)));
        if (Periods.IsEmpty || Periods.Any(p => p is null))
        {
            throw new ArgumentException("A wheel needs at least one period and no null periods.", nameof(periods));
        }

        if (Periods.Select(p => p.Start).Distinct().Count() != Periods.Length)
        {
            throw new ArgumentException("Two periods start on the same day.", nameof(periods));
        }

        if (Rings.Any(string.IsNullOrWhiteSpace) || Rings.Distinct(StringComparer.Ordinal).Count() != Rings.Length)
        {
            throw new ArgumentException("Rings must be non-empty and distinct.", nameof(rings));
        }

        if (Activities.Any(a => a is null))
        {
            throw new ArgumentException("An activity is null.", nameof(activities));
        }

        if (Activities.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } dup)
        {
            throw new ArgumentException($"The activity id '{dup.Key}' is used more than once.", nameof(activities));
        }

        if (Activities.FirstOrDefault(a => !Rings.Contains(a.Ring, StringComparer.Ordinal)) is { } stray)
        {
            throw new ArgumentException($"The activity '{stray.Id}' is on the ring '{stray.Ring}', which the wheel does not have.", nameof(activities));
        }

        _byStart = [.. Periods.OrderBy(p => p.Start)];
    }

    /// <summary>Gets the name in Norwegian bokmål and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the periods in the order given.</summary>
    public ImmutableArray<WheelPeriod> Periods { get; }

    /// <summary>Gets the rings.</summary>
    public ImmutableArray<string> Rings { get; }

    /// <summary>Gets the activities.</summary>
    public ImmutableArray<WheelActivity> Activities { get; }

    /// <summary>Gets the working days: weekdays that are not public holidays nor in a closed period.</summary>
    public WorkingDays WorkingDays { get; }

    /// <summary>
    /// Gets the ReKs wheel of the regional strategic competence plan (seed 000, appendix 6.1 "Årshjul ReKs"):
    /// January–March reporting and grant applications; April–June the programme for the autumn; July–September
    /// holiday, autumn start, evaluating and comparing baselines and the September meeting on the municipalities'
    /// competence plans; October–December the programme for the spring. The July common holiday and Christmas
    /// week are closed. The dates are this library's reading of the appendix, which names the work but not the days.
    /// </summary>
    public static AnnualWheel ReksTemplate { get; } = CreateReksTemplate();

    /// <summary>Finds the period that contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period whose start is the latest on or before <paramref name="date"/> in the year, wrapping to the last period of the previous year.</returns>
    public WheelPeriod PeriodAt(LocalDate date)
    {
        var day = new AnnualDate(date.Month, date.Day);
        var found = _byStart[^1];
        foreach (var p in _byStart)
        {
            if (p.Start <= day)
            {
                found = p;
            }
        }

        return found;
    }

    /// <summary>Computes every occurrence of the wheel's activities in an interval.</summary>
    /// <param name="interval">The interval; an occurrence belongs to it by its date before adjustment.</param>
    /// <returns>The occurrences, sorted by date, then activity order in the wheel, then unadjusted date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public ImmutableArray<WheelOccurrence> Occurrences(DateInterval interval)
    {
        Guard.Against.Null(interval, nameof(interval));
        return Sort(Activities.SelectMany(a => a.Rule.Dates(interval).Select(d =>
        {
            var date = WorkingDays.Adjust(d.Date, a.Adjustment);
            return new WheelOccurrence(a, d.Nominal, date, PeriodAt(date));
        })));
    }

    /// <summary>Finds what is due next: the first occurrence on or after a date.</summary>
    /// <param name="date">Today, passed in.</param>
    /// <returns>The first occurrence dated on or after <paramref name="date"/> within about two years, or <see langword="null"/>.</returns>
    public WheelOccurrence? NextDue(LocalDate date) =>
        Occurrences(new DateInterval(date.PlusDays(-LookAheadDays / 2), date.PlusDays(LookAheadDays)))
            .FirstOrDefault(o => o.Date >= date);

    /// <summary>Finds conflicts in an interval: one owner role with two or more activities on a day, and activities inside a closed period.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The conflicts, sorted by date then kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public ImmutableArray<WheelConflict> Conflicts(DateInterval interval)
    {
        var occurrences = Occurrences(interval);
        var sameDay = occurrences
            .GroupBy(o => (o.Date, o.Activity.OwnerRole))
            .Where(g => g.Count() > 1)
            .Select(g => new WheelConflict(WheelConflictKind.SameOwnerSameDay, g.Key.Date, g));
        var closed = occurrences
            .Where(o => WorkingDays.IsClosed(o.Date))
            .Select(o => new WheelConflict(WheelConflictKind.InClosedPeriod, o.Date, [o]));
        return [.. sameDay.Concat(closed).OrderBy(c => c.Date).ThenBy(c => c.Kind)];
    }

    /// <summary>
    /// Turns a competence plan into reminders within a horizon: a renewal for every formal holding whose
    /// <see cref="Holding.ValidUntil"/> lies in the horizon (on that day, moved back to a working day), and a deadline
    /// for every requirement whose <see cref="Requirement.NeededBy"/> lies in it.
    /// </summary>
    /// <param name="plan">The competence plan.</param>
    /// <param name="horizon">The dates to look at.</param>
    /// <returns>The reminders, sorted by date; renewals name the person by pseudonym, never by name.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ImmutableArray<WheelOccurrence> Reminders(CompetencePlan plan, DateInterval horizon)
    {
        Guard.Against.Null(plan, nameof(plan));
        Guard.Against.Null(horizon, nameof(horizon));
        var renewals = plan.People.SelectMany(p => p.Holdings
            .Where(h => h.Basis == CompetenceBasis.Formal && h.ValidUntil is { } u && horizon.Contains(u))
            .Select(h => new WheelActivity(
                $"renew-{p.Id}-{h.Competence}",
                new LocalizedText($"Fornye {Named(plan, h.Competence).Norwegian} for {p.Id}", $"Renew {Named(plan, h.Competence).In(Language.English)} for {p.Id}"),
                ReminderRing,
                ActivityCategory.Deadline,
                p.Node.ToString(),
                RecurrenceRule.Once(h.ValidUntil!.Value),
                Adjustment.Before)));
        var deadlines = plan.Requirements
            .Where(r => r.NeededBy is { } n && horizon.Contains(n))
            .Select(r => new WheelActivity(
                $"need-{r.Node}-{r.Competence}",
                new LocalizedText($"Frist: {Named(plan, r.Competence).Norwegian} i {r.Node}", $"Deadline: {Named(plan, r.Competence).In(Language.English)} in {r.Node}"),
                ReminderRing,
                ActivityCategory.Deadline,
                r.Node.ToString(),
                RecurrenceRule.Once(r.NeededBy!.Value),
                Adjustment.Before));
        return Sort(renewals.Concat(deadlines).Select(a =>
        {
            var nominal = a.Rule.Start;
            var date = WorkingDays.Adjust(nominal, a.Adjustment);
            return new WheelOccurrence(a, nominal, date, PeriodAt(date));
        }));
    }

    /// <summary>The ring reminders from a competence plan are placed on.</summary>
    public const string ReminderRing = "plan";

    private static LocalizedText Named(CompetencePlan plan, CompetenceId id) =>
        plan.HasCompetence(id) ? plan.GetCompetence(id).Name : new LocalizedText(id.Value);

    private static ImmutableArray<WheelOccurrence> Sort(IEnumerable<WheelOccurrence> occurrences) =>
        [.. occurrences.OrderBy(o => o.Date).ThenBy(o => o.Activity.Id, StringComparer.Ordinal).ThenBy(o => o.Nominal)];

    private static AnnualWheel CreateReksTemplate()
    {
        const string Region = "region";
        const string Municipality = "municipality";
        const string Coordinator = "reks-coordinator";
        const string Contact = "municipal-contact";
        static LocalizedText T(string nb, string en) => new(nb, en);
        return new AnnualWheel(
            T("Årshjul ReKs", "ReKs annual wheel"),
            [
                new WheelPeriod(T("Oktober–desember", "October–December"), "#C0504D", new AnnualDate(10, 1)),
                new WheelPeriod(T("Januar–mars", "January–March"), "#4F81BD", new AnnualDate(1, 1)),
                new WheelPeriod(T("April–juni", "April–June"), "#9BBB59", new AnnualDate(4, 1)),
                new WheelPeriod(T("Juli–september", "July–September"), "#F79646", new AnnualDate(7, 1)),
            ],
            [Region, Municipality],
            [
                new WheelActivity("reporting", T("Rapportering", "Reporting"), Municipality, ActivityCategory.Reporting, Contact, RecurrenceRule.FixedDate(2, 1), Adjustment.Before),
                new WheelActivity("grant-application", T("Søknader om støtte til kompetanseheving", "Grant applications for competence development"), Municipality, ActivityCategory.Deadline, Contact, RecurrenceRule.FixedDate(3, 1), Adjustment.Before),
                new WheelActivity("autumn-programme", T("Handlingsplan / program for neste halvår", "Action plan / programme for the next half-year"), Region, ActivityCategory.Planning, Coordinator, RecurrenceRule.FixedDate(6, 1), Adjustment.Before),
                new WheelActivity("autumn-start", T("Oppstart høst", "Autumn start"), Region, ActivityCategory.Planning, Coordinator, RecurrenceRule.NthWeekdayOfMonth(8, IsoDayOfWeek.Monday, 2), Adjustment.After),
                new WheelActivity("baseline-evaluation", T("Oppsummere, evaluere og sammenlikne baselines", "Summarise, evaluate and compare baselines"), Region, ActivityCategory.Evaluation, Coordinator, RecurrenceRule.IsoWeekday(35, IsoDayOfWeek.Wednesday), Adjustment.After),
                new WheelActivity("september-meeting", T("Septembermøte: kompetanseplaner i kommunene", "September meeting: the municipalities' competence plans"), Region, ActivityCategory.Meeting, Coordinator, RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, 1), Adjustment.After, new LocalTime(9, 0), NodaTime.Duration.FromHours(3)),
                new WheelActivity("spring-programme", T("Handlingsplan / program for våren", "Action plan / programme for the spring"), Region, ActivityCategory.Planning, Coordinator, RecurrenceRule.FixedDate(11, 15), Adjustment.Before),
            ],
            [
                new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31), T("Fellesferie", "Common holiday")),
                new ClosedPeriod(new AnnualDate(12, 24), new AnnualDate(12, 31), T("Jul", "Christmas")),
            ]);
    }
}
