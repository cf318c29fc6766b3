using System.Globalization;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>
/// A period the organisation is closed every year (the July common holiday, Christmas week), from one
/// month and day to another, both inclusive. A period whose start is after its end wraps over New Year.
/// </summary>
/// <remarks>
/// Equality compares the bounds and the name. The <see langword="default"/> value is the single day 1 January
/// without a name.
/// </remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread, and a value may be shared between threads.</threadsafety>
public readonly struct ClosedPeriod : IEquatable<ClosedPeriod>
{
    /// <summary>Initializes a new instance of the <see cref="ClosedPeriod"/> struct.</summary>
    /// <param name="start">The first closed day of each year's period.</param>
    /// <param name="end">The last closed day; before <paramref name="start"/> when the period wraps over New Year.</param>
    /// <param name="name">What the period is called, or <see langword="null"/>.</param>
    public ClosedPeriod(AnnualDate start, AnnualDate end, LocalizedText? name = null)
    {
        Start = start;
        End = end;
        Name = name;
    }

    /// <summary>Gets the first closed day of each year's period.</summary>
    public AnnualDate Start { get; }

    /// <summary>Gets the last closed day of each year's period.</summary>
    public AnnualDate End { get; }

    /// <summary>Gets what the period is called, or <see langword="null"/>.</summary>
    public LocalizedText? Name { get; }

    /// <summary>Gets a value indicating whether the period wraps over New Year (its start is after its end).</summary>
    public bool WrapsNewYear => Key(Start) > Key(End);

    /// <summary>Says whether a date lies inside the period of its year (or the wrapped part of the period).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is closed by this period.</returns>
    public bool Contains(LocalDate date)
    {
        var d = (date.Month * 100) + date.Day;
        var s = Key(Start);
        var e = Key(End);
        return s <= e ? d >= s && d <= e : d >= s || d <= e;
    }

    /// <inheritdoc/>
    public bool Equals(ClosedPeriod other) => Start == other.Start && End == other.End && Name == other.Name;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ClosedPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, Name);

    /// <summary>Gets the bounds as <c>MM-dd..MM-dd</c>.</summary>
    /// <returns>The bounds, for example <c>12-24..12-31</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start.Month:00}-{Start.Day:00}..{End.Month:00}-{End.Day:00}");

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ClosedPeriod left, ClosedPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ClosedPeriod left, ClosedPeriod right) => !left.Equals(right);

    private static int Key(AnnualDate date) => (date.Month * 100) + date.Day;
}
