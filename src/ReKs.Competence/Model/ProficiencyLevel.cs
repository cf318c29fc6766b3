using System.Globalization;

namespace ReKs.Competence.Model;

/// <summary>A level on a plan's proficiency scale: a whole number from 1 up to the scale's maximum.</summary>
/// <remarks>
/// <para>A level says how much of a competence is held or required; "does not hold" is not a level, and
/// a level not yet assessed is represented by the absence of a level (<c>ProficiencyLevel?</c>), which
/// is not zero. Whether a level fits a particular scale is checked by <see cref="ProficiencyScale.Contains(ProficiencyLevel)"/>.</para>
/// <para>Equality and ordering compare the numbers. The <see langword="default"/> value is level 0, which
/// belongs to no scale: it exists only so the type can be a field, and <see cref="IsDefault"/> tells it apart.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread, and a value may be shared between threads.</threadsafety>
public readonly struct ProficiencyLevel : IEquatable<ProficiencyLevel>, IComparable<ProficiencyLevel>
{
    /// <summary>The largest level any scale may have.</summary>
    public const int MaxValue = 20;

    private readonly int _value;

    /// <summary>Initializes a new instance of the <see cref="ProficiencyLevel"/> struct.</summary>
    /// <param name="value">The level, from 1 to <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1..<see cref="MaxValue"/>.</exception>
    public ProficiencyLevel(int value) => _value = Guard.Against.OutOfRange(value, nameof(value), 1, MaxValue);

    /// <summary>Gets the level's number.</summary>
    public int Value => _value;

    /// <summary>Gets a value indicating whether this is the <see langword="default"/> value (level 0, on no scale).</summary>
    public bool IsDefault => _value == 0;

    /// <inheritdoc/>
    public bool Equals(ProficiencyLevel other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ProficiencyLevel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <inheritdoc/>
    public int CompareTo(ProficiencyLevel other) => _value.CompareTo(other._value);

    /// <summary>Returns the level's number as invariant text.</summary>
    /// <returns>The number, for example <c>3</c>.</returns>
    public override string ToString() => _value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two levels for equality.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when the levels are equal.</returns>
    public static bool operator ==(ProficiencyLevel left, ProficiencyLevel right) => left.Equals(right);

    /// <summary>Compares two levels for inequality.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when the levels differ.</returns>
    public static bool operator !=(ProficiencyLevel left, ProficiencyLevel right) => !left.Equals(right);

    /// <summary>Orders levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(ProficiencyLevel left, ProficiencyLevel right) => left._value < right._value;

    /// <summary>Orders levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(ProficiencyLevel left, ProficiencyLevel right) => left._value <= right._value;

    /// <summary>Orders levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(ProficiencyLevel left, ProficiencyLevel right) => left._value > right._value;

    /// <summary>Orders levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(ProficiencyLevel left, ProficiencyLevel right) => left._value >= right._value;
}
