using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace ReKs.Competence.Wheel;

/// <summary>A recurrence that planners actually say: a fixed date each year, the n-th weekday of a month, a weekday of an
/// ISO week, or every k weeks or months from a start.</summary>
/// <remarks>Create rules with the static factories. <see cref="DatesIn"/> gives the unadjusted dates in an interval;
/// <see cref="Schedule.Occurrences"/> adjusts them to working days. Two rules are equal when they are of the same kind
/// with the same parameters.</remarks>
/// <threadsafety>This type and its derived types are immutable and safe to share between threads.</threadsafety>
public abstract class Recurrence : IEquatable<Recurrence>
{
    private protected Recurrence()
    {
    }

    /// <summary>Gets a rule for a fixed date each year; 29 February occurs only in leap years.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, valid for the month in a leap year.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is not a date.</exception>
    public static Recurrence FixedDate(int month, int day) => new FixedDateRule(new AnnualDate(month, day));

    /// <summary>Gets a rule for the n-th weekday of a month ("first Tuesday in September"); n = −1 is the last, −2 the second last.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1 to 5, or −1 to −5 counting from the end; no occurrence in a year where it does not exist.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Recurrence NthWeekdayOfMonth(int month, IsoDayOfWeek weekday, int n)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12);
        if (weekday == IsoDayOfWeek.None || n == 0 || n < -5 || n > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "n is 1 to 5, or −1 to −5; the weekday must be a day.");
        }

        return new NthWeekdayRule(month, weekday, n);
    }

    /// <summary>Gets a rule for a weekday of an ISO-8601 week ("Wednesday in week 38"); week 53 exists only in some years.</summary>
    /// <param name="week">The ISO week, 1 to 53.</param>
    /// <param name="weekday">The weekday.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Recurrence IsoWeekday(int week, IsoDayOfWeek weekday)
    {
        Guard.Against.OutOfRange(week, nameof(week), 1, 53);
        return weekday == IsoDayOfWeek.None ? throw new ArgumentOutOfRangeException(nameof(weekday)) : new IsoWeekRule(week, weekday);
    }

    /// <summary>Gets a rule for <paramref name="count"/> occurrences, <paramref name="weeks"/> weeks apart, from a start (Bodø's "every other week").</summary>
    /// <param name="start">The first occurrence.</param>
    /// <param name="weeks">Weeks between occurrences, at least 1.</param>
    /// <param name="count">How many occurrences, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Recurrence EveryNWeeks(LocalDate start, int weeks, int count) =>
        new EveryRule(start, Guard.Against.NegativeOrZero(weeks, nameof(weeks)), Guard.Against.NegativeOrZero(count, nameof(count)), months: false);

    /// <summary>Gets a rule for <paramref name="count"/> occurrences, <paramref name="months"/> months apart, from a start (end of month clamps).</summary>
    /// <param name="start">The first occurrence.</param>
    /// <param name="months">Months between occurrences, at least 1.</param>
    /// <param name="count">How many occurrences, at least 1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Recurrence EveryNMonths(LocalDate start, int months, int count) =>
        new EveryRule(start, Guard.Against.NegativeOrZero(months, nameof(months)), Guard.Against.NegativeOrZero(count, nameof(count)), months: true);

    /// <summary>Gets the rule's unadjusted dates in an interval, in order.</summary>
    /// <param name="interval">The interval (inclusive).</param>
    /// <returns>The dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public IEnumerable<LocalDate> DatesIn(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Candidates(interval.Start.Year - 1, interval.End.Year + 1).Where(interval.Contains).Order();
    }

    /// <summary>Gets the RFC 5545 RRULE that expresses the rule, or <see langword="null"/> when none does exactly.</summary>
    /// <returns>The RRULE value, for example <c>FREQ=YEARLY;BYMONTH=9;BYDAY=1TU</c>.</returns>
    public abstract string? ToRRule();

    /// <inheritdoc/>
    public abstract bool Equals(Recurrence? other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Recurrence);

    /// <inheritdoc/>
    public abstract override int GetHashCode();

    /// <summary>Compares two rules for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Recurrence? left, Recurrence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rules for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Recurrence? left, Recurrence? right) => !(left == right);

    private protected abstract IEnumerable<LocalDate> Candidates(int firstYear, int lastYear);

    private protected static string Day(IsoDayOfWeek d) => d.ToString()[..2].ToUpperInvariant();

    private sealed class FixedDateRule(AnnualDate date) : Recurrence
    {
        public override string? ToRRule() => $"FREQ=YEARLY;BYMONTH={date.Month};BYMONTHDAY={date.Day}";

        public override bool Equals(Recurrence? other) => other is FixedDateRule o && o.ToRRule() == ToRRule();

        public override int GetHashCode() => date.GetHashCode();

        public override string ToString() => $"{date.Day:00}.{date.Month:00} hvert år";

        private protected override IEnumerable<LocalDate> Candidates(int firstYear, int lastYear) =>
            Enumerable.Range(firstYear, lastYear - firstYear + 1).Where(date.IsValidYear).Select(date.InYear);
    }

    private sealed class NthWeekdayRule(int month, IsoDayOfWeek weekday, int n) : Recurrence
    {
        public override string? ToRRule() => $"FREQ=YEARLY;BYMONTH={month};BYDAY={n.ToString(CultureInfo.InvariantCulture)}{Day(weekday)}";

        public override bool Equals(Recurrence? other) => other is NthWeekdayRule o && o.ToRRule() == ToRRule();

        public override int GetHashCode() => HashCode.Combine(month, weekday, n);

        private protected override IEnumerable<LocalDate> Candidates(int firstYear, int lastYear)
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                var ym = new YearMonth(year, month);
                var first = ym.OnDayOfMonth(1);
                var last = ym.OnDayOfMonth(ym.Calendar.GetDaysInMonth(year, month));
                var date = n > 0
                    ? first.With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(n - 1)
                    : last.With(DateAdjusters.PreviousOrSame(weekday)).PlusWeeks(n + 1);
                if (date.Month == month && date.Year == year)
                {
                    yield return date;
                }
            }
        }
    }

    private sealed class IsoWeekRule(int week, IsoDayOfWeek weekday) : Recurrence
    {
        public override string? ToRRule() => $"FREQ=YEARLY;BYWEEKNO={week};BYDAY={Day(weekday)};WKST=MO";

        public override bool Equals(Recurrence? other) => other is IsoWeekRule o && o.ToRRule() == ToRRule();

        public override int GetHashCode() => HashCode.Combine(week, weekday);

        private protected override IEnumerable<LocalDate> Candidates(int firstYear, int lastYear)
        {
            var rule = WeekYearRules.Iso;
            for (var year = Math.Max(firstYear, 2); year <= Math.Min(lastYear, 9998); year++)
            {
                if (week <= rule.GetWeeksInWeekYear(year))
                {
                    yield return rule.GetLocalDate(year, week, weekday);
                }
            }
        }
    }

    private sealed class EveryRule(LocalDate start, int step, int count, bool months) : Recurrence
    {
        public override string? ToRRule() => $"FREQ={(months ? "MONTHLY" : "WEEKLY")};INTERVAL={step};COUNT={count}";

        public override bool Equals(Recurrence? other) => other is EveryRule o && o.ToRRule() == ToRRule() && o.Start == Start;

        public override int GetHashCode() => HashCode.Combine(start, step, count, months);

        internal LocalDate Start => start;

        private protected override IEnumerable<LocalDate> Candidates(int firstYear, int lastYear) =>
            Enumerable.Range(0, count).Select(i => months ? start.PlusMonths(i * step) : start.PlusWeeks(i * step));
    }
}

/// <summary>One scheduled date: where the rule put it, and where it moved to land on a working day.</summary>
/// <remarks>Equality compares both dates. The <see langword="default"/> value has both dates at 1 January of year 1.</remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct ScheduledDate : IEquatable<ScheduledDate>
{
    /// <summary>Initializes a new instance of the <see cref="ScheduledDate"/> struct.</summary>
    /// <param name="unadjusted">Where the rule put it.</param>
    /// <param name="date">Where it lands.</param>
    public ScheduledDate(LocalDate unadjusted, LocalDate date)
    {
        Unadjusted = unadjusted;
        Date = date;
    }

    /// <summary>Gets the date the rule gave.</summary>
    public LocalDate Unadjusted { get; }

    /// <summary>Gets the date after adjustment to a working day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets a value indicating whether the date moved.</summary>
    public bool Moved => Unadjusted != Date;

    /// <inheritdoc/>
    public bool Equals(ScheduledDate other) => Unadjusted == other.Unadjusted && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScheduledDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Unadjusted, Date);

    /// <summary>Formats the date, and where it came from when it moved.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => Moved ? $"{Date:uuuu-MM-dd} (from {Unadjusted:uuuu-MM-dd})" : $"{Date:uuuu-MM-dd}";

    /// <summary>Compares two scheduled dates for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScheduledDate left, ScheduledDate right) => left.Equals(right);

    /// <summary>Compares two scheduled dates for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ScheduledDate left, ScheduledDate right) => !left.Equals(right);
}

/// <summary>Dates recurrences to the working-day calendar.</summary>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class Schedule
{
    /// <summary>Gets a rule's occurrences in an interval, adjusted to working days.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="interval">The interval: an occurrence belongs to it by its unadjusted date.</param>
    /// <param name="workingDays">The working days.</param>
    /// <param name="adjustment">How an occurrence on a day that is not a working day moves.</param>
    /// <returns>The occurrences in order of their unadjusted dates; an adjusted date may fall outside the interval, and two may coincide.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<ScheduledDate> Occurrences(Recurrence rule, DateInterval interval, WorkingDays workingDays, DateAdjustment adjustment)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(workingDays);
        return [.. rule.DatesIn(interval).Select(d => new ScheduledDate(d, workingDays.Adjust(d, adjustment)))];
    }
}
