using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>How an occurrence that lands on a day that is not a working day moves.</summary>
public enum DateAdjustment
{
    /// <summary>It stays where it is.</summary>
    None = 0,

    /// <summary>To the latest working day before it.</summary>
    Before = 1,

    /// <summary>To the first working day after it.</summary>
    After = 2,

    /// <summary>To the closer of the two; a tie goes to the earlier day.</summary>
    Nearest = 3,
}

/// <summary>A period the organisation is closed every year (the July common holiday, Christmas week), as inclusive day-of-year bounds.</summary>
/// <remarks>A period whose start is after its end wraps over New Year. Two closed periods are equal when their bounds and names are equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ClosedPeriod : IEquatable<ClosedPeriod>
{
    /// <summary>Initializes a new instance of the <see cref="ClosedPeriod"/> class.</summary>
    /// <param name="start">The first closed day each year.</param>
    /// <param name="end">The last closed day each year (before <paramref name="start"/> when the period wraps New Year).</param>
    /// <param name="name">The name, if any.</param>
    public ClosedPeriod(AnnualDate start, AnnualDate end, LocalizedText? name = null)
    {
        Start = start;
        End = end;
        Name = name;
    }

    /// <summary>Gets the first closed day each year.</summary>
    public AnnualDate Start { get; }

    /// <summary>Gets the last closed day each year.</summary>
    public AnnualDate End { get; }

    /// <summary>Gets the name, or <see langword="null"/>.</summary>
    public LocalizedText? Name { get; }

    /// <summary>Returns whether a date falls inside the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when closed.</returns>
    public bool Contains(LocalDate date)
    {
        var d = (date.Month, date.Day);
        var s = (Start.Month, Start.Day);
        var e = (End.Month, End.Day);
        return s.CompareTo(e) <= 0 ? d.CompareTo(s) >= 0 && d.CompareTo(e) <= 0 : d.CompareTo(s) >= 0 || d.CompareTo(e) <= 0;
    }

    /// <inheritdoc/>
    public bool Equals(ClosedPeriod? other) => other is not null && Start == other.Start && End == other.End && Name == other.Name;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClosedPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ClosedPeriod? left, ClosedPeriod? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ClosedPeriod? left, ClosedPeriod? right) => !(left == right);
}

/// <summary>Which days are working days: Monday to Friday, not a Norwegian public holiday, not in a closed period.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WorkingDays
{
    /// <summary>Initializes a new instance of the <see cref="WorkingDays"/> class.</summary>
    /// <param name="closed">The organisation's closed periods.</param>
    public WorkingDays(IEnumerable<ClosedPeriod>? closed = null)
    {
        Closed = closed is null ? [] : [.. closed];
        if (Closed.Any(c => c is null))
        {
            throw new ArgumentException("A closed period must not be null.", nameof(closed));
        }
    }

    /// <summary>Gets the Norwegian working days with no closed periods.</summary>
    public static WorkingDays Norwegian { get; } = new();

    /// <summary>Gets the closed periods.</summary>
    public ImmutableArray<ClosedPeriod> Closed { get; }

    /// <summary>Returns whether a date is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on Monday to Friday outside holidays and closed periods.</returns>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !NorwegianCalendar.IsPublicHoliday(date) && !IsClosed(date);

    /// <summary>Returns whether a date falls in a closed period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when closed.</returns>
    public bool IsClosed(LocalDate date) => Closed.Any(c => c.Contains(date));

    /// <summary>Moves a date that is not a working day as the adjustment says; a working day stays.</summary>
    /// <param name="date">The date.</param>
    /// <param name="adjustment">How to move it.</param>
    /// <returns>The adjusted date.</returns>
    /// <exception cref="InvalidOperationException">No working day lies within a year of the date (every day is closed).</exception>
    public LocalDate Adjust(LocalDate date, DateAdjustment adjustment)
    {
        if (adjustment == DateAdjustment.None || IsWorkingDay(date))
        {
            return date;
        }

        return adjustment switch
        {
            DateAdjustment.Before => Step(date, -1),
            DateAdjustment.After => Step(date, +1),
            _ => Nearest(date),
        };
    }

    private LocalDate Nearest(LocalDate date)
    {
        var before = Step(date, -1);
        var after = Step(date, +1);
        return Period.Between(before, date, PeriodUnits.Days).Days <= Period.Between(date, after, PeriodUnits.Days).Days ? before : after;
    }

    private LocalDate Step(LocalDate date, int direction)
    {
        for (var i = 1; i <= 366; i++)
        {
            var candidate = date.PlusDays(i * direction);
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No working day lies within a year of the date: every day is closed.");
    }
}
