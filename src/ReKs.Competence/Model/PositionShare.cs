using System.Globalization;

namespace ReKs.Competence.Model;

/// <summary>An amount of work in percent of a full position (stillingsprosent), exact to hundredths of a percent.</summary>
/// <remarks>
/// <para>100 % is one full-time equivalent (årsverk); 200 % is two; a person at 20 % holds a share of 20.
/// Amounts are stored as a whole number of hundredths of a percent, so sums are exact: never
/// <see cref="double"/>. A value with more than two decimals is rejected, not rounded.</para>
/// <para>Equality and ordering compare the amounts. The <see langword="default"/> value is
/// <see cref="Zero"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread, and a value may be shared between threads.</threadsafety>
public readonly struct PositionShare : IEquatable<PositionShare>, IComparable<PositionShare>
{
    /// <summary>The number of hundredths in one percent.</summary>
    private const long Scale = 100;

    /// <summary>The largest single amount in hundredths: 100 000 000 % (a million person-years, about three times every
    /// health-and-care person-year in Norway). Sums of such amounts cannot overflow a <see cref="long"/>: even 900 million
    /// of them fit, far more requirements than a plan document or the memory of a machine can hold.</summary>
    internal const long MaxHundredths = 10_000_000_000;

    private readonly long _hundredths;

    private PositionShare(long hundredths) => _hundredths = hundredths;

    /// <summary>Gets the zero amount.</summary>
    public static PositionShare Zero => default;

    /// <summary>Gets one full position (100 %).</summary>
    public static PositionShare FullTime => new(100 * Scale);

    /// <summary>Gets the amount in hundredths of a percent (10 000 is one full position).</summary>
    public long Hundredths => _hundredths;

    /// <summary>Gets the amount in percent of a full position.</summary>
    public decimal Percent => _hundredths / (decimal)Scale;

    /// <summary>Gets the amount in full-time equivalents (årsverk).</summary>
    public decimal FullTimeEquivalents => _hundredths / (decimal)(100 * Scale);

    /// <summary>Creates an amount from a whole number of hundredths of a percent.</summary>
    /// <param name="hundredths">The amount; 10 000 is one full position.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hundredths"/> is negative.</exception>
    public static PositionShare FromHundredths(long hundredths) =>
        new(Guard.Against.Negative(hundredths, nameof(hundredths)));

    /// <summary>Creates an amount from a percent with at most two decimals.</summary>
    /// <param name="percent">The percent of a full position, for example <c>80</c> or <c>33.33</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative, has more than two decimals, or is above 100 000 000 (a million person-years).</exception>
    public static PositionShare FromPercent(decimal percent) =>
        TryFromPercent(percent, out var share, out var problem)
            ? share
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, problem);

    /// <summary>Creates an amount from a percent, or says why it cannot.</summary>
    /// <param name="percent">The percent of a full position.</param>
    /// <param name="share">The amount, or <see cref="Zero"/>.</param>
    /// <param name="problem">Why the percent is not an amount, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="percent"/> is an amount.</returns>
    public static bool TryFromPercent(decimal percent, out PositionShare share, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        share = Zero;
        if (percent < 0)
        {
            problem = $"a position percent must not be negative (got {percent.ToString(CultureInfo.InvariantCulture)})";
            return false;
        }

        // The size is checked before scaling: a percent near decimal.MaxValue would overflow the multiplication (a fuzz finding).
        if (percent > (decimal)MaxHundredths / Scale)
        {
            problem = $"a position percent of {percent.ToString(CultureInfo.InvariantCulture)} is too large (at most 100000000, a million person-years)";
            return false;
        }

        var hundredths = percent * Scale;
        if (hundredths != decimal.Truncate(hundredths))
        {
            problem = $"a position percent has at most two decimals (got {percent.ToString(CultureInfo.InvariantCulture)}); it is not rounded";
            return false;
        }

        share = new PositionShare((long)hundredths);
        problem = null;
        return true;
    }

    /// <summary>Parses an invariant-culture percent such as <c>80</c> or <c>33.33</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a percent with at most two decimals.</exception>
    public static PositionShare Parse(string text) =>
        TryParse(text, out var share) ? share : throw new FormatException($"'{text}' is not a position percent with at most two decimals.");

    /// <summary>Parses an invariant-culture percent such as <c>80</c> or <c>33.33</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="share">The amount, or <see cref="Zero"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a percent with at most two decimals.</returns>
    public static bool TryParse(string? text, out PositionShare share)
    {
        share = Zero;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            && TryFromPercent(percent, out share, out _);
    }

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static PositionShare operator +(PositionShare left, PositionShare right) => new(checked(left._hundredths + right._hundredths));

    /// <summary>Subtracts an amount, never going below zero.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference, or <see cref="Zero"/> when <paramref name="right"/> is larger.</returns>
    public static PositionShare operator -(PositionShare left, PositionShare right) => new(Math.Max(0, left._hundredths - right._hundredths));

    /// <summary>Adds two amounts.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    public PositionShare Add(PositionShare other) => this + other;

    /// <summary>Subtracts an amount, never going below zero.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference, or <see cref="Zero"/>.</returns>
    public PositionShare Subtract(PositionShare other) => this - other;

    /// <inheritdoc/>
    public bool Equals(PositionShare other) => _hundredths == other._hundredths;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PositionShare other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hundredths.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(PositionShare other) => _hundredths.CompareTo(other._hundredths);

    /// <summary>Formats the percent with the invariant culture and no trailing zeros, for example <c>80</c> or <c>33.33</c>.</summary>
    /// <returns>The percent; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() => Percent.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the amounts are equal.</returns>
    public static bool operator ==(PositionShare left, PositionShare right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the amounts differ.</returns>
    public static bool operator !=(PositionShare left, PositionShare right) => !left.Equals(right);

    /// <summary>Orders amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(PositionShare left, PositionShare right) => left._hundredths < right._hundredths;

    /// <summary>Orders amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(PositionShare left, PositionShare right) => left._hundredths <= right._hundredths;

    /// <summary>Orders amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(PositionShare left, PositionShare right) => left._hundredths > right._hundredths;

    /// <summary>Orders amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(PositionShare left, PositionShare right) => left._hundredths >= right._hundredths;
}
