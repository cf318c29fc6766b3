using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>What a line or partial is about: a competence at a minimum level.</summary>
/// <remarks>Ordered by competence (ordinal), then level. The <see langword="default"/> value has the default competence and level and belongs to no analysis.</remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread, and a value may be shared between threads.</threadsafety>
public readonly struct GapKey : IEquatable<GapKey>, IComparable<GapKey>
{
    /// <summary>Initializes a new instance of the <see cref="GapKey"/> struct.</summary>
    /// <param name="competence">The competence.</param>
    /// <param name="level">The minimum level.</param>
    public GapKey(CompetenceId competence, ProficiencyLevel level)
    {
        Competence = competence;
        Level = level;
    }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the minimum level.</summary>
    public ProficiencyLevel Level { get; }

    /// <inheritdoc/>
    public bool Equals(GapKey other) => Competence == other.Competence && Level == other.Level;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GapKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Competence, Level);

    /// <inheritdoc/>
    public int CompareTo(GapKey other)
    {
        var c = Competence.CompareTo(other.Competence);
        return c != 0 ? c : Level.CompareTo(other.Level);
    }

    /// <summary>Formats the key as <c>competence≥level</c>.</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() => $"{Competence}≥{Level}";

    /// <summary>Compares two keys for equality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GapKey left, GapKey right) => left.Equals(right);

    /// <summary>Compares two keys for inequality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GapKey left, GapKey right) => !left.Equals(right);

    /// <summary>Orders keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(GapKey left, GapKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(GapKey left, GapKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(GapKey left, GapKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(GapKey left, GapKey right) => left.CompareTo(right) >= 0;
}
