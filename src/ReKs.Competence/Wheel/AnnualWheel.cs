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
    /// <summary>How far ahead <see cref="NextDue(LocalDate)"/> looks, in days.</summary>
    private const int LookAheadDays = 800;

    private readonly ImmutableArray<WheelPeriod> _byStart;
    private readonly ImmutableDictionary<string, LocalizedText> _ringNames;
    private readonly ImmutableDictionary<string, LocalizedText> _ownerNames;
    private readonly ImmutableDictionary<string, WheelActivity> _byId;
    private readonly int _closedRun;
    private readonly int _reach;

    /// <summary>Initializes a new instance of the <see cref="AnnualWheel"/> class.</summary>
    /// <param name="name">The name in Norwegian bokmål and English.</param>
    /// <param name="periods">The periods, at least one, with distinct starts; together they cover the year.</param>
    /// <param name="rings">The rings, distinct.</param>
    /// <param name="activities">The activities, with distinct identifiers, each on one of <paramref name="rings"/>.</param>
    /// <param name="closedPeriods">The periods the organisation is closed every year.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ValidationException">The parts do not make a wheel: no periods, a null element, two periods with one start or
    /// name, blank or duplicate rings, closed periods that leave no week open, duplicate activity identifiers, an activity on an unknown ring, relative rules that
    /// refer to an unknown activity or period or form a cycle. Every problem is listed, naming the offender, with its
    /// position in the collections passed in.</exception>
    public AnnualWheel(LocalizedText name, IEnumerable<WheelPeriod> periods, IEnumerable<string> rings, IEnumerable<WheelActivity> activities, IEnumerable<ClosedPeriod> closedPeriods)
        : this(name, periods, Guard.Against.Null(rings, nameof(rings)).Select(r => r is null ? null! : new WheelTerm(r)), activities, closedPeriods, [])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AnnualWheel"/> class whose rings and owner roles it names itself.</summary>
    /// <param name="name">The name in Norwegian bokmål and English.</param>
    /// <param name="periods">The periods, at least one, with distinct starts; together they cover the year.</param>
    /// <param name="rings">The rings, with distinct identifiers, each with the name the wheel gives it or none (then the
    /// built-in vocabulary names it, <see cref="WheelVocabulary.RingName"/>).</param>
    /// <param name="activities">The activities, with distinct identifiers, each on one of <paramref name="rings"/>.</param>
    /// <param name="closedPeriods">The periods the organisation is closed every year.</param>
    /// <param name="owners">The owner roles the wheel declares, with distinct identifiers, each with its name or none; when
    /// any is declared, every activity's owner role must be one of them or one the built-in vocabulary knows. None
    /// declares none, and then any owner role is taken as written.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ValidationException">The parts do not make a wheel: as for the other constructor, and blank or
    /// duplicate owner roles, or an activity whose owner role is neither declared nor in the built-in vocabulary while the
    /// wheel declares owner roles. Every problem is listed, naming the offender, with its position in the collections
    /// passed in.</exception>
    public AnnualWheel(LocalizedText name, IEnumerable<WheelPeriod> periods, IEnumerable<WheelTerm> rings, IEnumerable<WheelActivity> activities, IEnumerable<ClosedPeriod> closedPeriods, IEnumerable<WheelTerm> owners)
    {
        Name = Guard.Against.Null(name, nameof(name));
        Periods = [.. Guard.Against.Null(periods, nameof(periods))];
        RingTerms = [.. Guard.Against.Null(rings, nameof(rings))];
        Rings = [.. RingTerms.Select(r => r?.Id!)];
        OwnerTerms = [.. Guard.Against.Null(owners, nameof(owners))];
        Activities = [.. Guard.Against.Null(activities, nameof(activities))];
        WorkingDays = new WorkingDays(Guard.Against.Null(closedPeriods, nameof(closedPeriods)));
        var problems = WheelRules.Validate(WheelOutline.Of(Periods, Rings, Activities, WorkingDays.ClosedPeriods, [.. OwnerTerms.Select(o => o?.Id)]));
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        _byStart = [.. Periods.OrderBy(p => p.Start)];
        _byId = Activities.ToImmutableDictionary(a => a.Id, StringComparer.Ordinal);
        _ringNames = RingTerms.Where(r => r.Name is not null).ToImmutableDictionary(r => r.Id, r => r.Name!, StringComparer.Ordinal);
        _ownerNames = OwnerTerms.Where(o => o.Name is not null).ToImmutableDictionary(o => o.Id, o => o.Name!, StringComparer.Ordinal);
        _closedRun = WorkingDays.LongestClosedRun();
        _reach = Activities.Select(DateReach).DefaultIfEmpty(0).Max();
    }

    /// <summary>Gets the name in Norwegian bokmål and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the periods in the order given.</summary>
    public ImmutableArray<WheelPeriod> Periods { get; }

    /// <summary>Gets the rings' identifiers.</summary>
    public ImmutableArray<string> Rings { get; }

    /// <summary>Gets the rings as the wheel declares them, in the order of <see cref="Rings"/>: each identifier with the
    /// name the wheel gives it, if any.</summary>
    public ImmutableArray<WheelTerm> RingTerms { get; }

    /// <summary>Gets the owner roles the wheel declares, each with the name it gives, if any; empty when it declares none.</summary>
    public ImmutableArray<WheelTerm> OwnerTerms { get; }

    /// <summary>Gets the activities.</summary>
    public ImmutableArray<WheelActivity> Activities { get; }

    /// <summary>Gets the working days: weekdays that are not public holidays nor in a closed period.</summary>
    public WorkingDays WorkingDays { get; }

    /// <summary>
    /// Gets the ReKs wheel of the regional strategic competence plan (seed 000, appendix 6.1 "Årshjul ReKs"):
    /// January–March reporting and grant applications; April–June the programme for the autumn; July–September
    /// holiday, autumn start, evaluating and comparing baselines and the September meeting on the municipalities'
    /// competence plans; October–December the programme for the spring. The July common holiday and Christmas
    /// week are closed.
    /// </summary>
    /// <remarks>
    /// The appendix fixes four numbered parts of the year in order, the work of each, and that the meeting of part 3 is in
    /// September. The quarters, the days, owner roles, rings, closed periods and adjustments are this library's reading
    /// (see docs/wheel.md). The rings and owners are named as the plan names the actors (seed 000 lines 171–173: a regional
    /// coordinator at 100 % with a quality developer ("fag- og kvalitetsutvikler") at 20 % in each municipality). The
    /// region is not named after Gjøvik: a plan that uses the template elsewhere (Bodø's report) reads it as its own.
    /// </remarks>
    public static AnnualWheel ReksTemplate { get; } = CreateReksTemplate();

    /// <summary>Gets a ring's name: the wheel's own, otherwise the built-in vocabulary's, otherwise its identifier.</summary>
    /// <param name="ring">The ring's identifier, for example <see cref="WheelActivity.Ring"/> or <see cref="WheelOccurrence.Ring"/>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ring"/> is <see langword="null"/>.</exception>
    public LocalizedText RingName(string ring) =>
        _ringNames.TryGetValue(Guard.Against.Null(ring, nameof(ring)), out var name) ? name : WheelVocabulary.RingName(ring);

    /// <summary>Gets an owner role's name: the wheel's own, otherwise the built-in vocabulary's, otherwise the role as written.</summary>
    /// <param name="ownerRole">The owner role, for example <see cref="WheelActivity.OwnerRole"/>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ownerRole"/> is <see langword="null"/>.</exception>
    /// <remarks>A reminder from the plan carries its owner's name itself (<see cref="WheelActivity.OwnerName"/>), which
    /// comes before this one.</remarks>
    public LocalizedText OwnerName(string ownerRole) =>
        _ownerNames.TryGetValue(Guard.Against.Null(ownerRole, nameof(ownerRole)), out var name) ? name : WheelVocabulary.OwnerName(ownerRole);

    /// <summary>Finds a period by its Norwegian or English name.</summary>
    /// <param name="name">The name, compared ordinally.</param>
    /// <returns>The first period in <see cref="Periods"/> with that name, or <see langword="null"/>.</returns>
    public WheelPeriod? FindPeriod(string name) =>
        Periods.FirstOrDefault(p => string.Equals(p.Name.Norwegian, name, StringComparison.Ordinal) || string.Equals(p.Name.English, name, StringComparison.Ordinal));

    /// <summary>Gets the dates of the instance of a period that starts in a year: from its start to the day before the next period starts.</summary>
    /// <param name="period">One of the wheel's periods.</param>
    /// <param name="year">The year the instance starts in.</param>
    /// <returns>The dates; the last period of the year ends the day before the first period of the next year starts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not one of <see cref="Periods"/>.</exception>
    public DateInterval PeriodSpan(WheelPeriod period, int year)
    {
        Guard.Against.Null(period, nameof(period));
        var i = _byStart.IndexOf(period);
        if (i < 0)
        {
            throw new ArgumentException($"The period '{period}' is not in the wheel.", nameof(period));
        }

        var next = i + 1 < _byStart.Length ? _byStart[i + 1].Start.InYear(year) : _byStart[0].Start.InYear(year + 1);
        return new DateInterval(period.Start.InYear(year), next.PlusDays(-1));
    }

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
    /// <param name="interval">The interval; an occurrence belongs to it by its date before moves and adjustment.</param>
    /// <returns>The occurrences, sorted by date, then activity id, then unadjusted date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// A rule relative to another activity gives one occurrence per occurrence of its anchor: the anchor's date (after
    /// its moves and adjustment) plus the offset. A rule relative to a period gives one occurrence per instance of the
    /// period (the instance that starts in each calendar year). That computed date is the relative occurrence's own
    /// nominal date: it alone decides which interval the occurrence belongs to, its year bounds, skips and moves. So
    /// near a year end a relative occurrence can land in the neighbouring year (two weeks after a meeting on
    /// 20 December is in January), and it is listed with that year. The wheel looks at the anchor over a window widened
    /// by the largest shift the offset, moves and adjustments can make, so occurrences over an interval are exactly the
    /// union of those over its parts.
    /// </remarks>
    public ImmutableArray<WheelOccurrence> Occurrences(DateInterval interval)
    {
        Guard.Against.Null(interval, nameof(interval));
        var memo = new Dictionary<(string, DateInterval), ImmutableArray<(LocalDate Nominal, LocalDate Date)>>();
        return Sort(Activities.SelectMany(a => Dated(a, interval, memo).Select(d =>
        {
            var date = WorkingDays.Adjust(d.Date, a.Adjustment);
            return new WheelOccurrence(a, d.Nominal, date, PeriodAt(date));
        })));
    }

    /// <summary>Finds what is due next: the first occurrence on or after a date.</summary>
    /// <param name="date">Today, passed in.</param>
    /// <returns>The first occurrence dated on or after <paramref name="date"/> within about two years, or <see langword="null"/>.</returns>
    public WheelOccurrence? NextDue(LocalDate date) =>
        // Occurrences belong to an interval by their nominal date; widen it by the furthest any date can move.
        Occurrences(new DateInterval(Shift(date, -_reach), Shift(date, LookAheadDays + _reach)))
            .Where(o => o.Date >= date).OrderBy(o => o.Date).FirstOrDefault();

    /// <summary>Finds what is due next on today's date in a time zone, read from a clock at the edge of the application.</summary>
    /// <param name="clock">The clock, for example <c>SystemClock.Instance</c> in an application or a fake clock in a test.</param>
    /// <param name="zone">The time zone whose date is "today", for example Europe/Oslo.</param>
    /// <returns>The first occurrence dated on or after today, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WheelOccurrence? NextDue(IClock clock, DateTimeZone zone) => NextDue(Today(clock, zone));

    /// <summary>Finds the period the wheel is in on today's date in a time zone.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone whose date is "today".</param>
    /// <returns>The period that contains today.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WheelPeriod PeriodAt(IClock clock, DateTimeZone zone) => PeriodAt(Today(clock, zone));

    /// <summary>Finds what is overdue: occurrences dated from <paramref name="since"/> up to the day before <paramref name="today"/> that are not done.</summary>
    /// <param name="today">Today, passed in; an occurrence dated today is due, not overdue.</param>
    /// <param name="since">The first date to look at, for example the start of the year or of the plan.</param>
    /// <param name="completed">The <see cref="WheelOccurrence.Key"/>s of the occurrences that are done; unknown keys are ignored.</param>
    /// <returns>The overdue occurrences, oldest first (sorted as <see cref="Occurrences"/>); empty when <paramref name="since"/> is not before <paramref name="today"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="completed"/> is <see langword="null"/>.</exception>
    /// <remarks>An occurrence counts by the day it happens (<see cref="WheelOccurrence.Date"/>, after moves and adjustment), so an occurrence moved past today is not yet overdue.</remarks>
    public ImmutableArray<WheelOccurrence> Overdue(LocalDate today, LocalDate since, IEnumerable<string> completed)
    {
        var done = Guard.Against.Null(completed, nameof(completed)).ToHashSet(StringComparer.Ordinal);
        if (since >= today)
        {
            return [];
        }

        var window = new DateInterval(Shift(since, -_reach), Shift(today, _reach));
        return [.. Occurrences(window).Where(o => o.Date >= since && o.Date < today && !done.Contains(o.Key))];
    }

    /// <summary>Finds what is overdue on today's date in a time zone, read from a clock at the edge of the application.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone whose date is "today".</param>
    /// <param name="since">The first date to look at.</param>
    /// <param name="completed">The keys of the occurrences that are done.</param>
    /// <returns>The overdue occurrences, oldest first.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ImmutableArray<WheelOccurrence> Overdue(IClock clock, DateTimeZone zone, LocalDate since, IEnumerable<string> completed) =>
        Overdue(Today(clock, zone), since, completed);

    private static LocalDate Today(IClock clock, DateTimeZone zone)
    {
        Guard.Against.Null(clock, nameof(clock));
        Guard.Against.Null(zone, nameof(zone));
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

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

    /// <summary>Checks the activities' links against a plan: a link to a goal or measure must name one the plan has, a link
    /// to an indicator one the evaluation data have (not checked without them), and an untyped link (a document's link
    /// without a kind) exactly one goal, measure or indicator.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="evaluation">The plan's evaluation data, for indicator links; or <see langword="null"/>.</param>
    /// <returns>Every dangling or ambiguous link, at <c>$.activities[i].link</c> (the activity's position in <see cref="Activities"/>); empty when all are sound.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <remarks>An untyped link that names nothing is reported even without evaluation data (say <c>"linkKind": "indicator"</c>
    /// for an indicator), and one that names two things (a goal and a measure with one id) is reported as ambiguous.</remarks>
    public ImmutableArray<Problem> ProblemsWith(CompetencePlan plan, Evaluation.EvaluationData? evaluation = null) =>
        [.. WheelRules.AgainstPlan(Activities, Guard.Against.Null(plan, nameof(plan)), evaluation)];

    /// <summary>The default lead time of a certificate renewal: the reminder comes this long before the expiry.</summary>
    public static Period DefaultRenewalLeadTime { get; } = Period.FromDays(90);

    /// <summary>
    /// Puts a competence plan's dates into the year, within a horizon, each with its <see cref="OccurrenceKind"/>: a
    /// <see cref="OccurrenceKind.Renewal"/> for every formal holding whose <see cref="Holding.ValidUntil"/> comes within
    /// the lead time after a day in the horizon (the reminder falls the lead time before the expiry, moved back to a
    /// working day); a <see cref="OccurrenceKind.Deadline"/> for every requirement whose
    /// <see cref="Requirement.NeededBy"/> lies in the horizon; a <see cref="OccurrenceKind.Session"/> for every
    /// session date of a measure that is not cancelled; a <see cref="OccurrenceKind.Evaluation"/> for every evaluation
    /// date of a measure that is not cancelled (<see cref="Measure.EvaluationDates"/>); and a
    /// <see cref="OccurrenceKind.Deadline"/> for every application deadline of a measure's funding that is still applied
    /// for (<see cref="Funding.ApplicationDeadline"/>; granted and refused money needs no application, nor does a cancelled
    /// measure). Sessions, evaluations and deadlines fall on their date as given: a session or evaluation the plan puts on a
    /// closed day is the plan's to move, and a deadline is the funder's.
    /// </summary>
    /// <param name="plan">The competence plan.</param>
    /// <param name="horizon">The dates to look at.</param>
    /// <param name="renewalLeadTime">How long before expiry a renewal is due; <see cref="DefaultRenewalLeadTime"/> (90 days) when <see langword="null"/>.</param>
    /// <returns>The occurrences, sorted by date; renewals name the person by pseudonym, never by name. Each activity's
    /// owner is the unit's id (renewals, needed-by deadlines) or the measure's responsible role, and its
    /// <see cref="WheelActivity.OwnerName"/> the unit's name in the plan or the role's name (the measure's name when it
    /// has no responsible role).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="horizon"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="renewalLeadTime"/> is negative.</exception>
    public ImmutableArray<WheelOccurrence> Reminders(CompetencePlan plan, DateInterval horizon, Period? renewalLeadTime = null)
    {
        Guard.Against.Null(plan, nameof(plan));
        Guard.Against.Null(horizon, nameof(horizon));
        var lead = renewalLeadTime ?? DefaultRenewalLeadTime;
        if (horizon.Start.Plus(lead) < horizon.Start)
        {
            throw new ArgumentException("A renewal's lead time is not negative.", nameof(renewalLeadTime));
        }

        var renewals = plan.People.SelectMany(p => p.Holdings
            .Where(h => h.Basis == CompetenceBasis.Formal && h.ValidUntil is { } u && horizon.Contains(u.Minus(lead)))
            .Select(h => (new WheelActivity(
                $"renew-{p.Id}-{h.Competence}",
                new LocalizedText($"Fornye {Named(plan, h.Competence).Norwegian} for {p.Id} (utløper {h.ValidUntil:yyyy-MM-dd})", $"Renew {Named(plan, h.Competence).In(Language.English)} for {p.Id} (expires {h.ValidUntil:yyyy-MM-dd})"),
                ReminderRing,
                ActivityCategory.Deadline,
                p.Node.ToString(),
                RecurrenceRule.Once(h.ValidUntil!.Value.Minus(lead)),
                Adjustment.Before,
                ownerName: Named(plan, p.Node)), OccurrenceKind.Renewal)));
        var deadlines = plan.Requirements
            .Where(r => r.NeededBy is { } n && horizon.Contains(n))
            .Select(r => (new WheelActivity(
                $"need-{r.Node}-{r.Competence}",
                new LocalizedText($"Frist: {Named(plan, r.Competence).Norwegian} i {Named(plan, r.Node).Norwegian}", $"Deadline: {Named(plan, r.Competence).In(Language.English)} in {Named(plan, r.Node).In(Language.English)}"),
                ReminderRing,
                ActivityCategory.Deadline,
                r.Node.ToString(),
                RecurrenceRule.Once(r.NeededBy!.Value),
                Adjustment.Before,
                ownerName: Named(plan, r.Node)), OccurrenceKind.Deadline));
        var sessions = plan.Measures
            .Where(m => m.Status != MeasureStatus.Cancelled)
            .SelectMany(m => m.Sessions.Select((date, i) => (Measure: m, Date: date, Number: i + 1)))
            .Where(x => horizon.Contains(x.Date))
            .Select(x => (new WheelActivity(
                $"session-{x.Measure.Id}-{x.Number}",
                new LocalizedText($"{x.Measure.Name.Norwegian}: samling {x.Number} av {x.Measure.Sessions.Length}", $"{x.Measure.Name.In(Language.English)}: session {x.Number} of {x.Measure.Sessions.Length}"),
                ReminderRing,
                ActivityCategory.Training,
                x.Measure.ResponsibleRole?.Norwegian ?? x.Measure.Id.ToString(),
                RecurrenceRule.Once(x.Date),
                Adjustment.None,
                ownerName: x.Measure.ResponsibleRole ?? x.Measure.Name), OccurrenceKind.Session));
        var live = plan.Measures.Where(m => m.Status != MeasureStatus.Cancelled).ToList();
        var evaluations = live
            .SelectMany(m => m.EvaluationDates.Select((date, i) => (Measure: m, Date: date, Number: i + 1)))
            .Where(x => horizon.Contains(x.Date))
            .Select(x => (new WheelActivity(
                $"evaluation-{x.Measure.Id}-{x.Number}",
                new LocalizedText($"Evaluering av {x.Measure.Name.Norwegian}", $"Evaluation of {x.Measure.Name.In(Language.English)}"),
                ReminderRing,
                ActivityCategory.Evaluation,
                x.Measure.ResponsibleRole?.Norwegian ?? x.Measure.Id.ToString(),
                RecurrenceRule.Once(x.Date),
                Adjustment.None,
                ownerName: x.Measure.ResponsibleRole ?? x.Measure.Name), OccurrenceKind.Evaluation));
        var applications = live
            .SelectMany(m => m.Funding.Select((f, i) => (Measure: m, Funding: f, Number: i + 1)))
            .Where(x => x.Funding.Status == FundingStatus.Applied && x.Funding.ApplicationDeadline is { } d && horizon.Contains(d))
            .Select(x => (new WheelActivity(
                $"apply-{x.Measure.Id}-{x.Number}",
                new LocalizedText(
                    $"Søknadsfrist {x.Funding.Source} {x.Funding.Year}: {x.Measure.Name.Norwegian}",
                    $"Application deadline {x.Funding.Source} {x.Funding.Year}: {x.Measure.Name.In(Language.English)}"),
                ReminderRing,
                ActivityCategory.Deadline,
                x.Measure.ResponsibleRole?.Norwegian ?? x.Measure.Id.ToString(),
                RecurrenceRule.Once(x.Funding.ApplicationDeadline!.Value),
                Adjustment.None,
                ownerName: x.Measure.ResponsibleRole ?? x.Measure.Name), OccurrenceKind.Deadline));
        return Sort(renewals.Concat(deadlines).Concat(sessions).Concat(evaluations).Concat(applications).Select(x =>
        {
            var (a, kind) = x;
            var nominal = ((EveryNWeeksRule)a.Rule).Start;
            var date = WorkingDays.Adjust(nominal, a.Adjustment);
            return new WheelOccurrence(a, nominal, date, PeriodAt(date), kind);
        }));
    }

    private ImmutableArray<(LocalDate Nominal, LocalDate Date)> Dated(WheelActivity activity, DateInterval interval, Dictionary<(string, DateInterval), ImmutableArray<(LocalDate Nominal, LocalDate Date)>> memo)
    {
        if (memo.TryGetValue((activity.Id, interval), out var known))
        {
            return known;
        }

        var rule = activity.Rule;
        ImmutableArray<(LocalDate Nominal, LocalDate Date)> dates;
        switch (rule)
        {
            case RelativeToActivityRule relative:
                var anchor = _byId[relative.ActivityId];
                var reach = OffsetReach(relative) + DateReach(anchor);
                var wide = new DateInterval(Shift(interval.Start, -reach), Shift(interval.End, reach));
                var fromAnchor = Dated(anchor, wide, memo).Select(d => ShiftByRule(relative, WorkingDays.Adjust(d.Date, anchor.Adjustment)));
                dates = rule.Apply(fromAnchor, interval);
                break;
            case RelativeToPeriodRule relative:
                var period = FindPeriod(relative.Period)!;
                var margin = Math.Abs(relative.OffsetDays) + _closedRun + 1;
                var first = Shift(interval.Start, -margin).Year - 1;
                var last = Shift(interval.End, margin).Year;
                var fromPeriod = Enumerable.Range(first, last - first + 1)
                    .Where(y => y is > 0 and < NorwegianCalendar.LastYear)
                    .Select(y => Shift(Boundary(period, y, relative.Boundary), relative.OffsetDays));
                dates = rule.Apply(fromPeriod, interval);
                break;
            case FixedDateRule or NthWeekdayOfMonthRule or IsoWeekdayRule or EveryNWeeksRule or EveryNMonthsRule:
                dates = rule.Dates(interval);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Recurrence kind {rule.Kind} is not dated by the wheel.");
        }

        memo[(activity.Id, interval)] = dates;
        return dates;
    }

    private LocalDate Boundary(WheelPeriod period, int year, PeriodBoundary boundary)
    {
        var span = PeriodSpan(period, year);
        return boundary switch
        {
            PeriodBoundary.FirstDay => span.Start,
            PeriodBoundary.LastDay => span.End,
            PeriodBoundary.FirstWorkingDay => WorkingDays.Adjust(span.Start, Adjustment.After),
            PeriodBoundary.LastWorkingDay => WorkingDays.Adjust(span.End, Adjustment.Before),
            _ => throw new System.Diagnostics.UnreachableException($"Period boundary {boundary}."),
        };
    }

    private LocalDate ShiftByRule(RelativeToActivityRule rule, LocalDate date) => rule.Unit switch
    {
        OffsetUnit.Days => Shift(date, rule.Offset),
        OffsetUnit.Weeks => Shift(date, 7 * rule.Offset),
        OffsetUnit.WorkingDays => WorkingDays.AddWorkingDays(date, rule.Offset),
        _ => throw new System.Diagnostics.UnreachableException($"Offset unit {rule.Unit}."),
    };

    /// <summary>Bounds how far a relative rule's own date lies from its anchor's date, in days.</summary>
    private int OffsetReach(RelativeToActivityRule rule) => rule.Unit switch
    {
        OffsetUnit.Days => Math.Abs(rule.Offset),
        OffsetUnit.Weeks => 7 * Math.Abs(rule.Offset),
        OffsetUnit.WorkingDays => Math.Abs(rule.Offset) * (_closedRun + 1),
        _ => throw new System.Diagnostics.UnreachableException($"Offset unit {rule.Unit}."),
    };

    /// <summary>Bounds how far an activity's date lies from its nominal date (moves and adjustment), in days.</summary>
    private int DateReach(WheelActivity activity) =>
        activity.Rule.Moves.Select(m => Math.Abs(Period.DaysBetween(m.Key, m.Value))).DefaultIfEmpty(0).Max()
        + (activity.Adjustment == Adjustment.None ? 0 : _closedRun + 1);

    private static LocalDate Shift(LocalDate date, int days)
    {
        var min = Period.DaysBetween(date, LocalDate.MinIsoValue);
        var max = Period.DaysBetween(date, LocalDate.MaxIsoValue);
        return date.PlusDays(Math.Clamp(days, min, max));
    }

    /// <summary>Finds the cycles of an anchor graph; every activity has at most one anchor, so cycles are disjoint.</summary>
    /// <param name="anchors">Each activity id with the id of the activity it is relative to, or <see langword="null"/>; ids must be distinct.</param>
    /// <returns>Each cycle once, as activity ids in anchor order starting at the ordinally smallest id.</returns>
    internal static IEnumerable<List<string>> FindCycles(IReadOnlyList<(string Id, string? Anchor)> anchors)
    {
        var next = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, anchor) in anchors)
        {
            next.TryAdd(id, anchor);
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, _) in anchors)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = start;
            while (current is not null && next.ContainsKey(current) && !done.Contains(current))
            {
                if (onPath.TryGetValue(current, out var at))
                {
                    var cycle = path.Skip(at).ToList();
                    var smallest = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
                    yield return [.. cycle.Skip(smallest).Concat(cycle.Take(smallest))];
                    break;
                }

                onPath[current] = path.Count;
                path.Add(current);
                current = next[current];
            }

            done.UnionWith(path);
        }
    }

    /// <summary>The ring reminders from a competence plan are placed on.</summary>
    public const string ReminderRing = "plan";

    private static LocalizedText Named(CompetencePlan plan, CompetenceId id) =>
        plan.HasCompetence(id) ? plan.GetCompetence(id).Name : new LocalizedText(id.Value);

    private static LocalizedText Named(CompetencePlan plan, NodeId id) =>
        plan.Organisation.Contains(id) ? plan.Organisation[id].Name : new LocalizedText(id.Value);

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
            [
                new WheelTerm(Region, T("Regionen", "The region")),
                new WheelTerm(Municipality, T("Kommunene", "The municipalities")),
            ],
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
            ],
            [
                new WheelTerm(Coordinator, T("Regional koordinator", "Regional coordinator")),
                new WheelTerm(Contact, T("Fag- og kvalitetsutvikler", "Quality developer")),
            ]);
    }

    /// <summary>Summarises the wheel on one line: its name and how many activities, rings, periods and closed periods it has.</summary>
    /// <returns>For example "Annual wheel 'Årshjul ReKs': 14 activities in 3 rings, 4 periods, 2 closed periods".</returns>
    public override string ToString() =>
        $"Annual wheel '{Name.Norwegian}': {TextSummary.Count(Activities.Length, "activity", "activities")} in {TextSummary.Count(Rings.Length, "ring")}, {TextSummary.Count(Periods.Length, "period")}, {TextSummary.Count(WorkingDays.ClosedPeriods.Length, "closed period")}";
}
