using System.Collections.Immutable;
using System.Globalization;

namespace ReKs.Competence.Evaluation;

/// <summary>One measurement of an indicator at a node for a period: a value (a measurement, a numerator or a count),
/// a denominator for proportions and rates, or an explicit gap with the source's status symbol.</summary>
/// <remarks>
/// <para>A missing observation (<see cref="IsMissing"/>) keeps its period in the series, so a gap is visible rather than
/// silently closed; charts skip it. <see cref="Status"/> carries the source's symbol (SSB writes <c>..</c> for "not
/// available", <c>:</c> for "suppressed for privacy", <c>.</c> for "cannot occur").</para>
/// <para>A subgroup (<see cref="Subgroup"/>) carries several measurements of one period — the test scores of the month's
/// participants, the minutes of each call-out — for the Xbar and S charts; its <see cref="Value"/> is their mean.</para>
/// <para>The <see langword="default"/> value is a missing observation for the default period.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct Observation : IEquatable<Observation>
{
    /// <summary>Initializes a new instance of the <see cref="Observation"/> struct.</summary>
    /// <param name="period">The period measured.</param>
    /// <param name="value">The value, numerator or count; <see langword="null"/> when missing.</param>
    /// <param name="denominator">The denominator (proportions) or exposure (rates); <see langword="null"/> for other kinds.</param>
    /// <param name="status">The source's status symbol, if any.</param>
    /// <param name="excluded">Whether the point is left out of the centre line, the limits, the runs analysis and the effect estimates (still drawn and tested against the limits), for example a month with a known special cause.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite, or <paramref name="denominator"/> is not positive and finite.</exception>
    public Observation(MeasurementPeriod period, double? value, double? denominator = null, string? status = null, bool excluded = false)
    {
        IsExcluded = excluded;
        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, "A value is a finite number; write null for a missing value.");
        }

        if (denominator is { } d && !(d > 0 && double.IsFinite(d)))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), d, "A denominator is a positive finite number.");
        }

        Period = period;
        Value = value;
        Denominator = denominator;
        Status = string.IsNullOrEmpty(status) ? null : status;
        _measurements = [];
    }

    private Observation(MeasurementPeriod period, ImmutableArray<double> measurements, string? status, bool excluded)
    {
        Period = period;
        _measurements = measurements;
        Value = measurements.IsEmpty ? null : measurements.Average();
        Denominator = null;
        Status = string.IsNullOrEmpty(status) ? null : status;
        IsExcluded = excluded;
    }

    private readonly ImmutableArray<double> _measurements;

    /// <summary>Gets the period measured.</summary>
    public MeasurementPeriod Period { get; }

    /// <summary>Gets the value, numerator or count, or <see langword="null"/> when missing.</summary>
    public double? Value { get; }

    /// <summary>Gets the denominator or exposure, or <see langword="null"/>.</summary>
    public double? Denominator { get; }

    /// <summary>Gets the source's status symbol, or <see langword="null"/>.</summary>
    public string? Status { get; }

    /// <summary>Gets whether the point is excluded from the calculations (but still drawn).</summary>
    public bool IsExcluded { get; }

    /// <summary>Gets the measurements of a subgroup, in the order given; empty for an observation of a single value.</summary>
    public ImmutableArray<double> Measurements => _measurements.IsDefault ? [] : _measurements;

    /// <summary>Gets whether the observation is a subgroup of measurements (see <see cref="Subgroup"/>).</summary>
    public bool IsSubgroup => !Measurements.IsEmpty;

    /// <summary>Gets whether the value is missing.</summary>
    public bool IsMissing => Value is null;

    /// <summary>Creates an explicit gap.</summary>
    /// <param name="period">The period with no value.</param>
    /// <param name="status">The source's status symbol, if any.</param>
    /// <returns>The missing observation.</returns>
    public static Observation Missing(MeasurementPeriod period, string? status = null) => new(period, null, null, status);

    /// <summary>Creates a subgroup: several measurements of one period, charted by their mean (Xbar) and standard deviation (S).</summary>
    /// <param name="period">The period measured.</param>
    /// <param name="measurements">The measurements, in the order taken; none makes a missing subgroup.</param>
    /// <param name="status">The source's status symbol, if any.</param>
    /// <param name="excluded">Whether the point is left out of the calculations (still drawn).</param>
    /// <returns>The observation, whose <see cref="Value"/> is the mean of the measurements (<see langword="null"/> when there are none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurements"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A measurement is not finite.</exception>
    public static Observation Subgroup(MeasurementPeriod period, IEnumerable<double> measurements, string? status = null, bool excluded = false)
    {
        ImmutableArray<double> list = [.. Guard.Against.Null(measurements, nameof(measurements))];
        for (var i = 0; i < list.Length; i++)
        {
            if (!double.IsFinite(list[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(measurements), list[i], $"Measurement {i + 1} is not a finite number.");
            }
        }

        return new Observation(period, list, status, excluded);
    }

    /// <summary>The same observation left out of the baseline: a subgroup keeps its measurements, any other its value,
    /// denominator and status.</summary>
    /// <returns>The observation, excluded.</returns>
    internal Observation AsExcluded() => IsSubgroup
        ? new Observation(Period, Measurements, Status, excluded: true)
        : new Observation(Period, Value, Denominator, Status, excluded: true);

    /// <inheritdoc/>
    public bool Equals(Observation other) =>
        Measurements.SequenceEqual(other.Measurements) && Period == other.Period && Nullable.Equals(Value, other.Value) && Nullable.Equals(Denominator, other.Denominator) && string.Equals(Status, other.Status, StringComparison.Ordinal) && IsExcluded == other.IsExcluded;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Observation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, Value, Denominator, Status, IsExcluded, Measurements.Length);

    /// <summary>Formats the observation as <c>period: value/denominator</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Period}: {(IsSubgroup ? "[" + string.Join(", ", Measurements.Select(m => m.ToString("R", CultureInfo.InvariantCulture))) + "]" : Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : Status ?? "missing")}{(Denominator is { } d ? "/" + d.ToString("R", CultureInfo.InvariantCulture) : string.Empty)}{(IsExcluded ? " (excluded)" : string.Empty)}");

    /// <summary>Compares two observations for equality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Observation left, Observation right) => left.Equals(right);

    /// <summary>Compares two observations for inequality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Observation left, Observation right) => !left.Equals(right);
}
