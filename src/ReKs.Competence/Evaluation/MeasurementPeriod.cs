using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReKs.Competence.Evaluation;

/// <summary>The period a measurement describes: a day, a month, a quarter or a year of the ISO calendar.</summary>
/// <remarks>
/// <para>Periods order by their first day, then by length. Text forms (<see cref="Parse"/>, <see cref="ToString"/>):
/// <c>2025-03-14</c> (day), <c>2025-03</c> (month), <c>2025-Q1</c> (quarter; SSB's <c>2025K1</c> is read too) and
/// <c>2025</c> (year; SSB's monthly <c>2025M03</c> is read too).</para>
/// <para>The <see langword="default"/> value is the day 1 January of year 1.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct MeasurementPeriod : IEquatable<MeasurementPeriod>, IComparable<MeasurementPeriod>
{
    private MeasurementPeriod(LocalDate start, PeriodGranularity granularity)
    {
        Start = start;
        Granularity = granularity;
    }

    /// <summary>Gets the length of the period.</summary>
    public PeriodGranularity Granularity { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate End => Granularity switch
    {
        PeriodGranularity.Day => Start,
        PeriodGranularity.Month => Start.With(DateAdjusters.EndOfMonth),
        PeriodGranularity.Quarter => Start.PlusMonths(2).With(DateAdjusters.EndOfMonth),
        _ => new LocalDate(Start.Year, 12, 31, Start.Calendar),
    };

    /// <summary>Gets the days of the period.</summary>
    public DateInterval Days => new(Start, End);

    /// <summary>Creates a one-day period.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The period.</returns>
    public static MeasurementPeriod Day(LocalDate date) => new(date.WithCalendar(CalendarSystem.Iso), PeriodGranularity.Day);

    /// <summary>Creates a month period.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The period.</returns>
    public static MeasurementPeriod Month(YearMonth month) => new(month.OnDayOfMonth(1).WithCalendar(CalendarSystem.Iso), PeriodGranularity.Month);

    /// <summary>Creates a quarter period.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static MeasurementPeriod Quarter(int year, int quarter)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4);
        return new(new LocalDate(year, (3 * quarter) - 2, 1), PeriodGranularity.Quarter);
    }

    /// <summary>Creates a year period.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static MeasurementPeriod Year(int year) => new(new LocalDate(Guard.Against.OutOfRange(year, nameof(year), 1, 9999), 1, 1), PeriodGranularity.Year);

    /// <summary>Reads a period from its text form.</summary>
    /// <param name="text">The text, e.g. <c>2025-03</c>, <c>2025-03-14</c>, <c>2025-Q1</c>, <c>2025K1</c>, <c>2025M03</c>, <c>2025</c>.</param>
    /// <param name="period">The period, or <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a period.</returns>
    public static bool TryParse(string? text, out MeasurementPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Length == 10 && LocalDatePattern.Iso.Parse(text) is { Success: true } day)
        {
            period = Day(day.Value);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && YearMonthPattern.Iso.Parse(text) is { Success: true } month)
        {
            period = Month(month.Value);
            return true;
        }

        if (text.Length == 7 && text[4] == 'M' && Number(text.AsSpan(0, 4), 1, 9999) is { } my && Number(text.AsSpan(5), 1, 12) is { } m)
        {
            period = Month(new YearMonth(my, m));
            return true;
        }

        if ((text.Length == 7 && text[4] == '-' && text[5] == 'Q') || (text.Length == 6 && text[4] == 'K'))
        {
            if (Number(text.AsSpan(0, 4), 1, 9999) is { } qy && Number(text.AsSpan(text.Length - 1), 1, 4) is { } q)
            {
                period = Quarter(qy, q);
                return true;
            }

            return false;
        }

        if (text.Length == 4 && Number(text, 1, 9999) is { } y)
        {
            period = Year(y);
            return true;
        }

        return false;
    }

    /// <summary>Reads a period from its text form.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a period.</exception>
    public static MeasurementPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period: write 2025-03-14, 2025-03, 2025-Q1 or 2025.");

    /// <summary>Gets the period of the same length that follows this one.</summary>
    /// <returns>The next period.</returns>
    public MeasurementPeriod Next() => Granularity switch
    {
        PeriodGranularity.Day => new(Start.PlusDays(1), Granularity),
        PeriodGranularity.Month => new(Start.PlusMonths(1), Granularity),
        PeriodGranularity.Quarter => new(Start.PlusMonths(3), Granularity),
        _ => new(Start.PlusYears(1), Granularity),
    };

    /// <summary>Returns whether the period contains a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the day is in the period.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <inheritdoc/>
    public bool Equals(MeasurementPeriod other) => Start == other.Start && Granularity == other.Granularity;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MeasurementPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Granularity);

    /// <inheritdoc/>
    public int CompareTo(MeasurementPeriod other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Granularity.CompareTo(other.Granularity);
    }

    /// <summary>Formats the period: <c>2025-03-14</c>, <c>2025-03</c>, <c>2025-Q1</c> or <c>2025</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Granularity switch
    {
        PeriodGranularity.Day => LocalDatePattern.Iso.Format(Start),
        PeriodGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
        PeriodGranularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
        _ => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they are the same period.</returns>
    public static bool operator ==(MeasurementPeriod left, MeasurementPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MeasurementPeriod left, MeasurementPeriod right) => !left.Equals(right);

    /// <summary>Orders periods by first day, then length.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(MeasurementPeriod left, MeasurementPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Orders periods by first day, then length.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(MeasurementPeriod left, MeasurementPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Orders periods by first day, then length.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(MeasurementPeriod left, MeasurementPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Orders periods by first day, then length.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(MeasurementPeriod left, MeasurementPeriod right) => left.CompareTo(right) >= 0;

    private static int? Number(ReadOnlySpan<char> text, int min, int max) =>
        text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9') && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
