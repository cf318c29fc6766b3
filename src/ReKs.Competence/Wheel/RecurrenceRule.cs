using System.Collections.Immutable;
using NodaTime;
using NodaTime.Calendars;

namespace ReKs.Competence.Wheel;

/// <summary>
/// When a recurring activity happens: a fixed date, the n-th weekday of a month, an ISO week and weekday,
/// every n weeks or months from a start, or relative to another activity or a period of the wheel; each with an optional first and last year and exceptions
/// (skipped dates and moved dates).
/// </summary>
/// <remarks>
/// Create a rule with one of the static factories and refine it with <see cref="WithYears"/>, <see cref="WithSkip"/>
/// and <see cref="WithMove"/>. The first and last year bound the calendar year of each date before exceptions.
/// An occurrence belongs to an interval by its date before any move or adjustment.
/// The relative kinds (<see cref="RecurrenceKind.RelativeToActivity"/>, <see cref="RecurrenceKind.RelativeToPeriod"/>)
/// are dated by their <see cref="AnnualWheel"/>; their own date (anchor date plus offset) is the date before moves and
/// adjustment, so year bounds, skips, moves and interval membership all refer to it.
/// </remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class RecurrenceRule
{
    /// <summary>The largest offset of a relative rule, in days (about ten years).</summary>
    private const int MaxOffsetDays = 3660;

    private RecurrenceRule(RecurrenceKind kind, int month, int day, IsoDayOfWeek weekday, int n, LocalDate start, int count)
        : this(kind, month, day, weekday, n, start, count, null, 0, OffsetUnit.Days, PeriodBoundary.FirstDay)
    {
    }

    private RecurrenceRule(RecurrenceKind kind, int month, int day, IsoDayOfWeek weekday, int n, LocalDate start, int count, string? anchor, int offset, OffsetUnit unit, PeriodBoundary boundary)
    {
        Kind = kind;
        Month = month;
        Day = day;
        Weekday = weekday;
        N = n;
        Start = start;
        Count = count;
        Anchor = anchor;
        Offset = offset;
        Unit = unit;
        Boundary = boundary;
        Skipped = [];
        Moves = ImmutableSortedDictionary<LocalDate, LocalDate>.Empty;
    }

    private RecurrenceRule(RecurrenceRule other, int? firstYear, int? lastYear, ImmutableArray<LocalDate> skipped, ImmutableSortedDictionary<LocalDate, LocalDate> moves)
        : this(other.Kind, other.Month, other.Day, other.Weekday, other.N, other.Start, other.Count, other.Anchor, other.Offset, other.Unit, other.Boundary)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        Skipped = skipped;
        Moves = moves;
    }

    /// <summary>Gets the kind of recurrence.</summary>
    public RecurrenceKind Kind { get; }

    /// <summary>Gets the month (1–12) for <see cref="RecurrenceKind.FixedDate"/> and <see cref="RecurrenceKind.NthWeekdayOfMonth"/>; otherwise 0.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month for <see cref="RecurrenceKind.FixedDate"/>; otherwise 0.</summary>
    public int Day { get; }

    /// <summary>Gets the weekday for <see cref="RecurrenceKind.NthWeekdayOfMonth"/> and <see cref="RecurrenceKind.IsoWeekday"/>; otherwise <see cref="IsoDayOfWeek.None"/>.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>Gets n: the ordinal (1 to 5 from the start, −1 last to −5 from the end) for <see cref="RecurrenceKind.NthWeekdayOfMonth"/>, the ISO week for <see cref="RecurrenceKind.IsoWeekday"/>, the weeks or months apart for the repeating kinds.</summary>
    public int N { get; }

    /// <summary>Gets the first date of <see cref="RecurrenceKind.EveryNWeeks"/> and <see cref="RecurrenceKind.EveryNMonths"/>; otherwise <see langword="default"/>.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the number of occurrences of <see cref="RecurrenceKind.EveryNWeeks"/> and <see cref="RecurrenceKind.EveryNMonths"/>; otherwise 0.</summary>
    public int Count { get; }

    /// <summary>Gets the identifier of the activity (<see cref="RecurrenceKind.RelativeToActivity"/>) or the name of the period (<see cref="RecurrenceKind.RelativeToPeriod"/>) the rule is anchored to; otherwise <see langword="null"/>.</summary>
    public string? Anchor { get; }

    /// <summary>Gets the offset from the anchor for the relative kinds, in <see cref="Unit"/> (activity) or days (period); negative is before; otherwise 0.</summary>
    public int Offset { get; }

    /// <summary>Gets the unit of <see cref="Offset"/> for <see cref="RecurrenceKind.RelativeToActivity"/>; otherwise <see cref="OffsetUnit.Days"/>.</summary>
    public OffsetUnit Unit { get; }

    /// <summary>Gets the boundary of the period for <see cref="RecurrenceKind.RelativeToPeriod"/>; otherwise <see cref="PeriodBoundary.FirstDay"/>.</summary>
    public PeriodBoundary Boundary { get; }

    /// <summary>Gets a value indicating whether the rule is relative to another activity or a period, so only its wheel can date it.</summary>
    public bool IsRelative => Kind is RecurrenceKind.RelativeToActivity or RecurrenceKind.RelativeToPeriod;

    /// <summary>Gets the first year with occurrences, or <see langword="null"/> for no bound.</summary>
    public int? FirstYear { get; }

    /// <summary>Gets the last year with occurrences, or <see langword="null"/> for no bound.</summary>
    public int? LastYear { get; }

    /// <summary>Gets the dates that are skipped, sorted.</summary>
    public ImmutableArray<LocalDate> Skipped { get; }

    /// <summary>Gets the moved dates: each key is a date of the rule, its value the date it happens instead.</summary>
    public ImmutableSortedDictionary<LocalDate, LocalDate> Moves { get; }

    /// <summary>Creates a rule for a fixed date every year.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month; 29 February recurs only in leap years.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month and day are not a date of a leap year.</exception>
    public static RecurrenceRule FixedDate(int month, int day)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12, $"month {month} is not 1 to 12");
        var days = CalendarSystem.Iso.GetDaysInMonth(2000, month);
        Guard.Against.OutOfRange(day, nameof(day), 1, days, $"day {day} is not in month {month} (1 to {days})");
        return new(RecurrenceKind.FixedDate, month, day, IsoDayOfWeek.None, 0, default, 0);
    }

    /// <summary>Creates a rule for the n-th weekday of a month every year, for example the first Tuesday in September.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1 to 5 counting from the start of the month; −1 for the last, −2 for the second last, down to −5. A year where it does not exist has no occurrence.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RecurrenceRule NthWeekdayOfMonth(int month, IsoDayOfWeek weekday, int n)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12, $"month {month} is not 1 to 12");
        GuardWeekday(weekday);
        if (n is < -5 or > 5 or 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "n must be 1 to 5 or -1 to -5.");
        }

        return new(RecurrenceKind.NthWeekdayOfMonth, month, 0, weekday, n, default, 0);
    }

    /// <summary>Creates a rule for a weekday of an ISO-8601 week every year, for example Wednesday in week 38.</summary>
    /// <param name="week">The ISO week, 1–53; week 53 recurs only in years that have it.</param>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RecurrenceRule IsoWeekday(int week, IsoDayOfWeek weekday)
    {
        Guard.Against.OutOfRange(week, nameof(week), 1, 53, $"ISO week {week} is not 1 to 53");
        GuardWeekday(weekday);
        return new(RecurrenceKind.IsoWeekday, 0, 0, weekday, week, default, 0);
    }

    /// <summary>Creates a rule for a number of occurrences a number of weeks apart.</summary>
    /// <param name="start">The first occurrence.</param>
    /// <param name="weeks">The weeks between occurrences, at least 1.</param>
    /// <param name="count">The number of occurrences, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> or <paramref name="count"/> is less than 1.</exception>
    public static RecurrenceRule EveryNWeeks(LocalDate start, int weeks, int count)
    {
        Guard.Against.NegativeOrZero(weeks, nameof(weeks), $"every {weeks} weeks: the number of weeks apart is at least 1");
        Guard.Against.NegativeOrZero(count, nameof(count), $"a count of {count}: a rule has at least 1 occurrence");
        return new(RecurrenceKind.EveryNWeeks, 0, 0, IsoDayOfWeek.None, weeks, start, count);
    }

    /// <summary>Creates a rule with a single occurrence on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The rule (an <see cref="RecurrenceKind.EveryNWeeks"/> rule with one occurrence).</returns>
    public static RecurrenceRule Once(LocalDate date) => EveryNWeeks(date, 1, 1);

    /// <summary>Creates a rule for a number of occurrences a number of months apart; a day missing from a shorter month becomes its last day.</summary>
    /// <param name="start">The first occurrence.</param>
    /// <param name="months">The months between occurrences, at least 1.</param>
    /// <param name="count">The number of occurrences, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> or <paramref name="count"/> is less than 1.</exception>
    public static RecurrenceRule EveryNMonths(LocalDate start, int months, int count)
    {
        Guard.Against.NegativeOrZero(months, nameof(months), $"every {months} months: the number of months apart is at least 1");
        Guard.Against.NegativeOrZero(count, nameof(count), $"a count of {count}: a rule has at least 1 occurrence");
        return new(RecurrenceKind.EveryNMonths, 0, 0, IsoDayOfWeek.None, months, start, count);
    }

    /// <summary>Creates a rule relative to every occurrence of another activity of the same wheel, for example two weeks before the September meeting.</summary>
    /// <param name="activityId">The identifier of the anchor activity.</param>
    /// <param name="offset">The offset from each of the anchor's dates (after the anchor's moves and adjustment); negative is before.</param>
    /// <param name="unit">The unit of <paramref name="offset"/>; <see cref="OffsetUnit.WorkingDays"/> counts the wheel's working days.</param>
    /// <returns>The rule; <see cref="AnnualWheel"/> dates it, one occurrence per occurrence of the anchor.</returns>
    /// <exception cref="ArgumentException"><paramref name="activityId"/> is <see langword="null"/> or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined, or <paramref name="offset"/> is more than 3660 days, 520 weeks or 2600 working days away.</exception>
    public static RecurrenceRule RelativeToActivity(string activityId, int offset, OffsetUnit unit)
    {
        Guard.Against.NullOrWhiteSpace(activityId, nameof(activityId));
        Guard.Against.EnumOutOfRange(unit, nameof(unit));
        var limit = unit switch
        {
            OffsetUnit.Days => MaxOffsetDays,
            OffsetUnit.Weeks => MaxOffsetDays / 7,
            OffsetUnit.WorkingDays => MaxOffsetDays * 5 / 7,
            _ => throw new System.Diagnostics.UnreachableException($"Offset unit {unit}."),
        };
        Guard.Against.OutOfRange(offset, nameof(offset), -limit, limit, $"an offset of {offset} {unit} is more than {limit} away");
        return new(RecurrenceKind.RelativeToActivity, 0, 0, IsoDayOfWeek.None, 0, default, 0, activityId, offset, unit, PeriodBoundary.FirstDay);
    }

    /// <summary>Creates a rule relative to a boundary of a named period of the same wheel each year, for example the last working day of the period.</summary>
    /// <param name="period">The Norwegian or English name of the period.</param>
    /// <param name="boundary">The boundary.</param>
    /// <param name="offsetDays">Calendar days after the boundary (negative is before).</param>
    /// <returns>The rule; <see cref="AnnualWheel"/> dates it once for each year's instance of the period (the instance that starts in that calendar year).</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is <see langword="null"/> or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="boundary"/> is not defined or <paramref name="offsetDays"/> is more than 3660 days away.</exception>
    public static RecurrenceRule RelativeToPeriod(string period, PeriodBoundary boundary, int offsetDays = 0)
    {
        Guard.Against.NullOrWhiteSpace(period, nameof(period));
        Guard.Against.EnumOutOfRange(boundary, nameof(boundary));
        Guard.Against.OutOfRange(offsetDays, nameof(offsetDays), -MaxOffsetDays, MaxOffsetDays, $"an offset of {offsetDays} days is more than {MaxOffsetDays} away");
        return new(RecurrenceKind.RelativeToPeriod, 0, 0, IsoDayOfWeek.None, 0, default, 0, period, offsetDays, OffsetUnit.Days, boundary);
    }

    /// <summary>Returns a copy of the rule bounded to a range of years.</summary>
    /// <param name="firstYear">The first year with occurrences, or <see langword="null"/>.</param>
    /// <param name="lastYear">The last year with occurrences, or <see langword="null"/>.</param>
    /// <returns>The bounded rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public RecurrenceRule WithYears(int? firstYear, int? lastYear)
    {
        if (firstYear is { } f && lastYear is { } l && l < f)
        {
            throw new ArgumentException($"The last year {l} is before the first year {f}.", nameof(lastYear));
        }

        return new(this, firstYear, lastYear, Skipped, Moves);
    }

    /// <summary>Returns a copy of the rule that skips a date.</summary>
    /// <param name="date">The date of the rule to skip.</param>
    /// <returns>The rule with the exception.</returns>
    public RecurrenceRule WithSkip(LocalDate date) =>
        new(this, FirstYear, LastYear, [.. Skipped.Append(date).Distinct().Order()], Moves.Remove(date));

    /// <summary>Returns a copy of the rule that moves one of its dates to another date.</summary>
    /// <param name="from">The date of the rule.</param>
    /// <param name="to">The date it happens instead; it still belongs to intervals by <paramref name="from"/>.</param>
    /// <returns>The rule with the exception.</returns>
    public RecurrenceRule WithMove(LocalDate from, LocalDate to) =>
        new(this, FirstYear, LastYear, Skipped.Remove(from), Moves.SetItem(from, to));

    /// <summary>Returns a copy of the rule without its skips and moves (the year bounds stay).</summary>
    /// <returns>The plain rule, for example the pattern of a calendar's RRULE whose exceptions are written separately.</returns>
    public RecurrenceRule WithoutExceptions() =>
        new(this, FirstYear, LastYear, [], ImmutableSortedDictionary<LocalDate, LocalDate>.Empty);

    /// <summary>Lists the rule's dates in an interval, before adjustment to working days.</summary>
    /// <param name="interval">The interval; a date belongs to it by its date before any move.</param>
    /// <returns>Pairs of the rule's date and the date it happens (different when moved), sorted by the rule's date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The rule is relative (<see cref="IsRelative"/>): only its wheel can date it, with <see cref="AnnualWheel.Occurrences"/>.</exception>
    public ImmutableArray<(LocalDate Nominal, LocalDate Date)> Dates(DateInterval interval)
    {
        Guard.Against.Null(interval, nameof(interval));
        if (IsRelative)
        {
            throw new InvalidOperationException($"A rule relative to '{Anchor}' is dated by its wheel: use AnnualWheel.Occurrences.");
        }

        return Apply(Candidates(interval), interval);
    }

    /// <summary>Applies the interval, the year bounds, skips and moves to candidate dates of the rule.</summary>
    /// <param name="candidates">The rule's dates before exceptions.</param>
    /// <param name="interval">The interval a date must be in.</param>
    /// <returns>Pairs of the rule's date and the date it happens, sorted by the rule's date.</returns>
    internal ImmutableArray<(LocalDate Nominal, LocalDate Date)> Apply(IEnumerable<LocalDate> candidates, DateInterval interval)
    {
        var skipped = Skipped.ToHashSet();
        return [.. candidates
            .Where(d => interval.Contains(d)
                && (FirstYear is not { } f || d.Year >= f)
                && (LastYear is not { } l || d.Year <= l)
                && !skipped.Contains(d))
            .Order()
            .Select(d => (d, Moves.TryGetValue(d, out var to) ? to : d))];
    }

    private IEnumerable<LocalDate> Candidates(DateInterval interval)
    {
        switch (Kind)
        {
            case RecurrenceKind.FixedDate:
                for (var y = interval.Start.Year; y <= interval.End.Year; y++)
                {
                    if (Day <= CalendarSystem.Iso.GetDaysInMonth(y, Month))
                    {
                        yield return new LocalDate(y, Month, Day);
                    }
                }

                break;
            case RecurrenceKind.NthWeekdayOfMonth:
                for (var y = interval.Start.Year; y <= interval.End.Year; y++)
                {
                    if (NthWeekday(y) is { } d)
                    {
                        yield return d;
                    }
                }

                break;
            case RecurrenceKind.IsoWeekday:
                var rules = WeekYearRules.Iso;
                for (var y = Math.Max(interval.Start.Year - 1, 1); y <= Math.Min(interval.End.Year + 1, 9998); y++)
                {
                    if (N <= rules.GetWeeksInWeekYear(y))
                    {
                        yield return rules.GetLocalDate(y, N, Weekday);
                    }
                }

                break;
            case RecurrenceKind.EveryNWeeks:
                var days = 7L * N;
                var skip = Math.Max(0L, Period.DaysBetween(Start, interval.Start) / days);
                for (var k = skip; k < Count; k++)
                {
                    var d = Start.PlusDays(checked((int)(k * days)));
                    if (d > interval.End)
                    {
                        break;
                    }

                    yield return d;
                }

                break;
            case RecurrenceKind.EveryNMonths:
                for (var k = 0; k < Count; k++)
                {
                    var d = Start.PlusMonths(checked(k * N));
                    if (d > interval.End)
                    {
                        break;
                    }

                    yield return d;
                }

                break;
            case RecurrenceKind.RelativeToActivity or RecurrenceKind.RelativeToPeriod:
                throw new InvalidOperationException($"A rule relative to '{Anchor}' is dated by its wheel.");
            default:
                throw new System.Diagnostics.UnreachableException($"Recurrence kind {Kind} has no dates.");
        }
    }

    private LocalDate? NthWeekday(int year)
    {
        if (N > 0)
        {
            var first = new LocalDate(year, Month, 1);
            var d = first.PlusDays(((int)Weekday - (int)first.DayOfWeek + 7) % 7).PlusDays(7 * (N - 1));
            return d.Month == Month ? d : null;
        }

        var last = new LocalDate(year, Month, CalendarSystem.Iso.GetDaysInMonth(year, Month));
        var back = last.PlusDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7)).PlusDays(7 * (N + 1));
        return back.Month == Month ? back : null;
    }

    private static void GuardWeekday(IsoDayOfWeek weekday)
    {
        if (weekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "The weekday must be Monday to Sunday.");
        }
    }
}
