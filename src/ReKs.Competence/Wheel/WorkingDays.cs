using System.Collections.Immutable;
using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>
/// The working days of an organisation: Monday to Friday, not a Norwegian public holiday
/// (<see cref="NorwegianCalendar"/>), and not inside one of its closed periods.
/// </summary>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class WorkingDays
{
    /// <summary>The furthest a search for a working day looks before it gives up, in days.</summary>
    private const int SearchLimit = 400;

    /// <summary>Initializes a new instance of the <see cref="WorkingDays"/> class.</summary>
    /// <param name="closedPeriods">The periods the organisation is closed every year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="closedPeriods"/> is <see langword="null"/>.</exception>
    public WorkingDays(IEnumerable<ClosedPeriod> closedPeriods)
    {
        ClosedPeriods = [.. Guard.Against.Null(closedPeriods, nameof(closedPeriods))];
    }

    /// <summary>Gets the working days with no closed periods: weekdays that are not public holidays.</summary>
    public static WorkingDays Standard { get; } = new([]);

    /// <summary>Gets the periods the organisation is closed every year.</summary>
    public ImmutableArray<ClosedPeriod> ClosedPeriods { get; }

    /// <summary>Says whether a date lies inside one of the closed periods.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the organisation is closed on <paramref name="date"/> by a closed period.</returns>
    public bool IsClosed(LocalDate date)
    {
        foreach (var period in ClosedPeriods)
        {
            if (period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Says whether a date is a working day.</summary>
    /// <param name="date">The date, in the years 1583 to 9999.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is Monday to Friday, not a public holiday and not closed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is before 1583.</exception>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        && !NorwegianCalendar.IsPublicHoliday(date)
        && !IsClosed(date);

    /// <summary>Moves a date that is not a working day to a working day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="adjustment">How to move it.</param>
    /// <returns><paramref name="date"/> when it is a working day or <paramref name="adjustment"/> is <see cref="Adjustment.None"/>; otherwise the working day it moves to.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="adjustment"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">No working day lies within 400 days in the needed direction.</exception>
    public LocalDate Adjust(LocalDate date, Adjustment adjustment)
    {
        Guard.Against.EnumOutOfRange(adjustment, nameof(adjustment));
        if (adjustment == Adjustment.None || IsWorkingDay(date))
        {
            return date;
        }

        return adjustment switch
        {
            Adjustment.Before => Search(date, -1),
            Adjustment.After => Search(date, 1),
            Adjustment.Nearest => Nearest(date),
            _ => throw new System.Diagnostics.UnreachableException($"Adjustment {adjustment}."),
        };
    }

    /// <summary>Counts working days forwards or backwards from a date.</summary>
    /// <param name="date">The date to count from; it need not be a working day itself.</param>
    /// <param name="days">The working days to step; negative steps back; 0 returns <paramref name="date"/>.</param>
    /// <returns>The <paramref name="days"/>-th working day after (or before) <paramref name="date"/>.</returns>
    /// <exception cref="InvalidOperationException">No working day lies within 400 days of a step.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        var d = date;
        var step = Math.Sign(days);
        for (var i = 0; i < Math.Abs(days); i++)
        {
            d = Search(d, step);
        }

        return d;
    }

    /// <summary>Bounds the longest run of days that are not working days: weekends and holidays around the closed periods.</summary>
    /// <returns>A number of days no run of non-working days exceeds.</returns>
    /// <summary>Whether some seven days in a row lie outside every closed period (in a leap year and across New Year). Such
    /// a week holds at least two working days whatever the weekday and holidays (at most three public holidays fall on
    /// weekdays of one week), so a working day is never more than a year and a week away and the search for one always
    /// succeeds.</summary>
    internal bool HasOpenWeek()
    {
        var run = 0;
        for (var d = new LocalDate(2000, 1, 1); d < new LocalDate(2002, 1, 1); d = d.PlusDays(1))
        {
            run = IsClosed(d) ? 0 : run + 1;
            if (run >= 7)
            {
                return true;
            }
        }

        return false;
    }

    internal int LongestClosedRun()
    {
        var closed = ClosedPeriods.Sum(p => p.WrapsNewYear
            ? Period.DaysBetween(p.Start.InYear(2000), p.End.InYear(2001)) + 1
            : Period.DaysBetween(p.Start.InYear(2000), p.End.InYear(2000)) + 1);
        return closed + (6 * (ClosedPeriods.Length + 1));
    }

    private LocalDate Nearest(LocalDate date)
    {
        var before = Search(date, -1);
        var after = Search(date, 1);
        return Period.DaysBetween(before, date) <= Period.DaysBetween(date, after) ? before : after;
    }

    private LocalDate Search(LocalDate date, int step)
    {
        var d = date;
        for (var i = 0; i < SearchLimit; i++)
        {
            d = d.PlusDays(step);
            if (IsWorkingDay(d))
            {
                return d;
            }
        }

        throw new InvalidOperationException($"No working day within {SearchLimit} days of {date:yyyy-MM-dd}: the closed periods cover the whole year.");
    }
}
