using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>How much of a need the measures cover: the need before them, what they cover, and the need left after them.</summary>
/// <remarks>Need, covered and left are amounts of a full position (exact hundredths of a percent); covered + left = need.
/// The <see langword="default"/> value is all zeros.</remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread.</threadsafety>
public readonly struct CoverageFigures : IEquatable<CoverageFigures>
{
    internal CoverageFigures(PositionShare need, PositionShare left)
    {
        Need = need;
        Left = left;
    }

    /// <summary>Gets the need before the measures (the gap: mobilise + develop + acquire).</summary>
    public PositionShare Need { get; }

    /// <summary>Gets the need the measures cover: <see cref="Need"/> − <see cref="Left"/>.</summary>
    public PositionShare Covered => PositionShare.FromHundredths(Need.Hundredths - Left.Hundredths);

    /// <summary>Gets the need left after the measures.</summary>
    public PositionShare Left { get; }

    /// <inheritdoc/>
    public bool Equals(CoverageFigures other) => Need == other.Need && Left == other.Left;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CoverageFigures other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Need, Left);

    /// <summary>Compares two sets of figures for equality.</summary>
    /// <param name="left">The first figures.</param>
    /// <param name="right">The second figures.</param>
    /// <returns><see langword="true"/> when need and need left are equal.</returns>
    public static bool operator ==(CoverageFigures left, CoverageFigures right) => left.Equals(right);

    /// <summary>Compares two sets of figures for inequality.</summary>
    /// <param name="left">The first figures.</param>
    /// <param name="right">The second figures.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CoverageFigures left, CoverageFigures right) => !left.Equals(right);

    /// <summary>Describes the figures.</summary>
    /// <returns>Text for people, in percent of a full position.</returns>
    public override string ToString() => $"need {Need} = covered {Covered} + left {Left}";
}
