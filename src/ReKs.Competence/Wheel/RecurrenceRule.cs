using System.Collections.Immutable;
using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>
/// When a recurring activity happens: a fixed date, the n-th weekday of a month, an ISO week and weekday,
/// every n weeks or months from a start, or relative to another activity or a period of the wheel; each with an optional first and last year and exceptions
/// (skipped dates and moved dates).
/// </summary>
/// <remarks>
/// Each <see cref="RecurrenceKind"/> is its own sealed type with only its own properties (<see cref="FixedDateRule"/>,
/// <see cref="NthWeekdayOfMonthRule"/>, <see cref="IsoWeekdayRule"/>, <see cref="EveryNWeeksRule"/>, <see cref="EveryNMonthsRule"/>,
/// <see cref="RelativeToActivityRule"/>, <see cref="RelativeToPeriodRule"/>); a switch over rules names each of them.
/// Create a rule with one of the static factories and refine it with <see cref="WithYears"/>, <see cref="WithSkip"/>
/// and <see cref="WithMove"/>. The first and last year bound the calendar year of each date before exceptions.
/// An occurrence belongs to an interval by its date before any move or adjustment.
/// The relative kinds are dated by their <see cref="AnnualWheel"/>; their own date (anchor date plus offset) is the date
/// before moves and adjustment, so year bounds, skips, moves and interval membership all refer to it.
/// </remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public abstract class RecurrenceRule
{
    /// <summary>The largest offset of a relative rule, in days (about ten years).</summary>
    private protected const int MaxOffsetDays = 3660;

    private protected RecurrenceRule(RuleExceptions exceptions) => Exceptions = exceptions;

    /// <summary>Gets the kind of recurrence.</summary>
    public abstract RecurrenceKind Kind { get; }

    /// <summary>Gets a value indicating whether the rule is relative to another activity or a period, so only its wheel can date it.</summary>
    public bool IsRelative => this is RelativeToActivityRule or RelativeToPeriodRule;

    /// <summary>Gets the first year with occurrences, or <see langword="null"/> for no bound.</summary>
    public int? FirstYear => Exceptions.FirstYear;

    /// <summary>Gets the last year with occurrences, or <see langword="null"/> for no bound.</summary>
    public int? LastYear => Exceptions.LastYear;

    /// <summary>Gets the dates that are skipped, sorted.</summary>
    public ImmutableArray<LocalDate> Skipped => Exceptions.Skipped;

    /// <summary>Gets the moved dates: each key is a date of the rule, its value the date it happens instead.</summary>
    public ImmutableSortedDictionary<LocalDate, LocalDate> Moves => Exceptions.Moves;

    private protected RuleExceptions Exceptions { get; }

    /// <summary>Creates a rule for a fixed date every year.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month; 29 February recurs only in leap years.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month and day are not a date of a leap year.</exception>
    public static FixedDateRule FixedDate(int month, int day)
    {
        Fault.Throw(FixedDateRule.Check(month, day));
        return new(month, day, RuleExceptions.None);
    }

    /// <summary>Creates a rule for the n-th weekday of a month every year, for example the first Tuesday in September.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1 to 5 from the start of the month, or −1 (last) to −5 from the end; a fifth weekday recurs only in months that have it.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static NthWeekdayOfMonthRule NthWeekdayOfMonth(int month, IsoDayOfWeek weekday, int n)
    {
        Fault.Throw(NthWeekdayOfMonthRule.Check(month, weekday, n));
        return new(month, weekday, n, RuleExceptions.None);
    }

    /// <summary>Creates a rule for a weekday of an ISO-8601 week every year, for example Wednesday in week 38.</summary>
    /// <param name="week">The ISO week, 1–53; week 53 recurs only in years that have it.</param>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static IsoWeekdayRule IsoWeekday(int week, IsoDayOfWeek weekday)
    {
        Fault.Throw(IsoWeekdayRule.Check(week, weekday));
        return new(week, weekday, RuleExceptions.None);
    }

    /// <summary>Creates a rule for a number of occurrences a number of weeks apart.</summary>
    /// <param name="start">The first occurrence.</param>
    /// <param name="weeks">The weeks between occurrences, at least 1.</param>
    /// <param name="count">The number of occurrences, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> or <paramref name="count"/> is less than 1.</exception>
    public static EveryNWeeksRule EveryNWeeks(LocalDate start, int weeks, int count)
    {
        Fault.Throw(EveryNWeeksRule.Check(weeks, count));
        return new(start, weeks, count, RuleExceptions.None);
    }

    /// <summary>Creates a rule with a single occurrence on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The rule (an <see cref="RecurrenceKind.EveryNWeeks"/> rule with one occurrence).</returns>
    public static EveryNWeeksRule Once(LocalDate date) => EveryNWeeks(date, 1, 1);

    /// <summary>Creates a rule for a number of occurrences a number of months apart; a day missing from a shorter month becomes its last day.</summary>
    /// <param name="start">The first occurrence.</param>
    /// <param name="months">The months between occurrences, at least 1.</param>
    /// <param name="count">The number of occurrences, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> or <paramref name="count"/> is less than 1.</exception>
    public static EveryNMonthsRule EveryNMonths(LocalDate start, int months, int count)
    {
        Fault.Throw(EveryNMonthsRule.Check(months, count));
        return new(start, months, count, RuleExceptions.None);
    }

    /// <summary>Creates a rule relative to every occurrence of another activity of the same wheel, for example two weeks before the September meeting.</summary>
    /// <param name="activityId">The identifier of the anchor activity.</param>
    /// <param name="offset">The offset from each of the anchor's dates (after the anchor's moves and adjustment); negative is before.</param>
    /// <param name="unit">The unit of <paramref name="offset"/>; <see cref="OffsetUnit.WorkingDays"/> counts the wheel's working days.</param>
    /// <returns>The rule; <see cref="AnnualWheel"/> dates it, one occurrence per occurrence of the anchor.</returns>
    /// <exception cref="ArgumentException"><paramref name="activityId"/> is <see langword="null"/> or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="unit"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is more than 3660 days, 522 weeks or 2614 working days away.</exception>
    public static RelativeToActivityRule RelativeToActivity(string activityId, int offset, OffsetUnit unit)
    {
        Guard.Against.Null(activityId, nameof(activityId));
        Guard.Against.EnumOutOfRange(unit, nameof(unit));
        Fault.Throw(RelativeToActivityRule.Check(activityId, offset, unit));
        return new(activityId, offset, unit, RuleExceptions.None);
    }

    /// <summary>Creates a rule relative to a boundary of a named period of the same wheel each year, for example the last working day of the period.</summary>
    /// <param name="period">The Norwegian or English name of the period.</param>
    /// <param name="boundary">The boundary.</param>
    /// <param name="offsetDays">Calendar days after the boundary (negative is before).</param>
    /// <returns>The rule; <see cref="AnnualWheel"/> dates it once for each year's instance of the period (the instance that starts in that calendar year).</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is <see langword="null"/> or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="boundary"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offsetDays"/> is more than 3660 days away.</exception>
    public static RelativeToPeriodRule RelativeToPeriod(string period, PeriodBoundary boundary, int offsetDays = 0)
    {
        Guard.Against.Null(period, nameof(period));
        Guard.Against.EnumOutOfRange(boundary, nameof(boundary));
        Fault.Throw(RelativeToPeriodRule.Check(period, offsetDays));
        return new(period, boundary, offsetDays, RuleExceptions.None);
    }

    /// <summary>Returns a copy of the rule bounded to a range of years.</summary>
    /// <param name="firstYear">The first year with occurrences, or <see langword="null"/>.</param>
    /// <param name="lastYear">The last year with occurrences, or <see langword="null"/>.</param>
    /// <returns>The bounded rule, of the same kind.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public RecurrenceRule WithYears(int? firstYear, int? lastYear)
    {
        Fault.Throw(CheckYears(firstYear, lastYear));
        return With(Exceptions with { FirstYear = firstYear, LastYear = lastYear });
    }

    /// <summary>Returns a copy of the rule that skips a date.</summary>
    /// <param name="date">The date of the rule to skip.</param>
    /// <returns>The rule with the exception, of the same kind.</returns>
    public RecurrenceRule WithSkip(LocalDate date) =>
        With(Exceptions with { Skipped = [.. Skipped.Append(date).Distinct().Order()], Moves = Moves.Remove(date) });

    /// <summary>Returns a copy of the rule that moves one of its dates to another date.</summary>
    /// <param name="from">The date of the rule.</param>
    /// <param name="to">The date it happens instead; it still belongs to intervals by <paramref name="from"/>.</param>
    /// <returns>The rule with the exception, of the same kind.</returns>
    public RecurrenceRule WithMove(LocalDate from, LocalDate to) =>
        With(Exceptions with { Skipped = Skipped.Remove(from), Moves = Moves.SetItem(from, to) });

    /// <summary>Returns a copy of the rule without its skips and moves (the year bounds stay).</summary>
    /// <returns>The plain rule, for example the pattern of a calendar's RRULE whose exceptions are written separately.</returns>
    public RecurrenceRule WithoutExceptions() =>
        With(RuleExceptions.None with { FirstYear = FirstYear, LastYear = LastYear });

    /// <summary>Lists the rule's dates in an interval, before adjustment to working days.</summary>
    /// <param name="interval">The interval; a date belongs to it by its date before any move.</param>
    /// <returns>Pairs of the rule's date and the date it happens (different when moved), sorted by the rule's date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The rule is relative (<see cref="IsRelative"/>): only its wheel can date it, with <see cref="AnnualWheel.Occurrences"/>.</exception>
    public ImmutableArray<(LocalDate Nominal, LocalDate Date)> Dates(DateInterval interval)
    {
        Guard.Against.Null(interval, nameof(interval));
        return Apply(Candidates(interval), interval);
    }

    /// <summary>The year bounds' own check, shared by <see cref="WithYears"/> and the wheel document.</summary>
    internal static IEnumerable<Fault> CheckYears(int? firstYear, int? lastYear)
    {
        if (firstYear is { } f && lastYear is { } l && l < f)
        {
            yield return new("lastYear", nameof(lastYear), ProblemKind.DateOrder, $"the last year {l} is before the first year {f}");
        }
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

    /// <summary>The rule's dates in (and possibly around) an interval, before exceptions.</summary>
    private protected abstract IEnumerable<LocalDate> Candidates(DateInterval interval);

    /// <summary>A copy of the rule with other exceptions.</summary>
    private protected abstract RecurrenceRule With(RuleExceptions exceptions);

    /// <summary>The weekday's own check, shared by the kinds that name a weekday.</summary>
    private protected static IEnumerable<Fault> CheckWeekday(IsoDayOfWeek weekday)
    {
        if (weekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            yield return Fault.Invalid("weekday", nameof(weekday), "the weekday must be Monday to Sunday");
        }
    }

    /// <summary>The spacing and count of the repeating kinds, checked once for both.</summary>
    private protected static IEnumerable<Fault> CheckRepeat(int every, string parameter, string unit, int count)
    {
        if (every < 1)
        {
            yield return Fault.Invalid("every", parameter, $"every {every} {unit}: the number of {unit} apart is at least 1");
        }

        if (count < 1)
        {
            yield return Fault.Invalid("count", nameof(count), $"a count of {count}: a rule has at least 1 occurrence");
        }
    }
}

/// <summary>A rule's year bounds, skipped dates and moved dates.</summary>
internal sealed record RuleExceptions(int? FirstYear, int? LastYear, ImmutableArray<LocalDate> Skipped, ImmutableSortedDictionary<LocalDate, LocalDate> Moves)
{
    /// <summary>No bounds and no exceptions.</summary>
    public static readonly RuleExceptions None = new(null, null, [], ImmutableSortedDictionary<LocalDate, LocalDate>.Empty);
}
