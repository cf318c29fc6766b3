using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>Identifies an indicator within an evaluation.</summary>
/// <remarks>
/// <para>An identifier is 1 to 128 characters without white space, compared ordinally (case matters).
/// Example: <c>fall-per-1000-liggedogn</c>.</para>
/// <para>The <see langword="default"/> value is the empty identifier: it is never valid in an evaluation and
/// its <see cref="Value"/> is the empty string.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread, and a value may be shared between threads.</threadsafety>
public readonly struct IndicatorId : IEquatable<IndicatorId>, IComparable<IndicatorId>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="IndicatorId"/> struct.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 128 characters or contains white space.</exception>
    public IndicatorId(string value) => _value = IdText.Validated(value, nameof(value));

    /// <summary>Gets the identifier text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns whether <paramref name="value"/> is a valid identifier, and the identifier when it is.</summary>
    /// <param name="value">The text to check.</param>
    /// <param name="result">The identifier, or <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid identifier.</returns>
    public static bool TryCreate(string? value, out IndicatorId result)
    {
        if (IdText.Problem(value) is null)
        {
            result = new IndicatorId(value!);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(IndicatorId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(IndicatorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two identifiers for equality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when both are the same identifier.</returns>
    public static bool operator ==(IndicatorId left, IndicatorId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when the identifiers differ.</returns>
    public static bool operator !=(IndicatorId left, IndicatorId right) => !left.Equals(right);

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(IndicatorId left, IndicatorId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(IndicatorId left, IndicatorId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(IndicatorId left, IndicatorId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(IndicatorId left, IndicatorId right) => left.CompareTo(right) >= 0;
}
