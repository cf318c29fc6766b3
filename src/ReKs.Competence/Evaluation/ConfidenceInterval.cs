using System.Globalization;

namespace ReKs.Competence.Evaluation;

/// <summary>A confidence interval: a closed interval [lower, upper] of real numbers (named apart from NodaTime.Interval). <c>default</c> is [0, 0].</summary>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    /// <summary>Initializes a new instance of the <see cref="ConfidenceInterval"/> struct.</summary>
    /// <param name="lower">The lower end.</param>
    /// <param name="upper">The upper end, not below <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentException">An end is NaN, or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public ConfidenceInterval(double lower, double upper)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || upper < lower)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{lower}, {upper}] is not an interval."), nameof(upper));
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the lower end.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper end.</summary>
    public double Upper { get; }

    /// <summary>Compares two intervals for equality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether both ends are equal.</returns>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Compares two intervals for inequality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether an end differs.</returns>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);

    /// <summary>Whether a value lies in the interval, ends included.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when lower ≤ value ≤ upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <inheritdoc/>
    public bool Equals(ConfidenceInterval other) => Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConfidenceInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower:R}, {Upper:R}]");
}
