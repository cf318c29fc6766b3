namespace ReKs.Competence.Gaps;

/// <summary>The knobs of a gap analysis: how far developable reaches, how many qualified people make a line robust, and the smallest group a published figure may describe.</summary>
/// <remarks>Two option sets are equal when all three values are equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapOptions : IEquatable<GapOptions>
{
    /// <summary>Initializes a new instance of the <see cref="GapOptions"/> class.</summary>
    /// <param name="developReach">How many levels below the requirement a valid holding may be and still count as developable; 0 or more.</param>
    /// <param name="minHeads">The number of qualified people below which a covered line is fragile (a key-person risk); 1 or more.</param>
    /// <param name="minGroupSize">The smallest number of people a published figure may describe; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public GapOptions(int developReach = 1, int minHeads = 2, int minGroupSize = 3)
    {
        DevelopReach = Guard.Against.Negative(developReach, nameof(developReach));
        MinHeads = Guard.Against.NegativeOrZero(minHeads, nameof(minHeads));
        MinGroupSize = Guard.Against.NegativeOrZero(minGroupSize, nameof(minGroupSize));
    }

    /// <summary>Gets the defaults of the specification: reach 1, minimum heads 2, minimum group size 3.</summary>
    public static GapOptions Default { get; } = new();

    /// <summary>Gets how many levels below the requirement a valid holding may be and still count as developable.</summary>
    public int DevelopReach { get; }

    /// <summary>Gets the number of qualified people below which a covered line is fragile, unless the line sets its own.</summary>
    public int MinHeads { get; }

    /// <summary>Gets the smallest number of people a published figure may describe.</summary>
    public int MinGroupSize { get; }

    /// <inheritdoc/>
    public bool Equals(GapOptions? other) => other is not null && DevelopReach == other.DevelopReach && MinHeads == other.MinHeads && MinGroupSize == other.MinGroupSize;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GapOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DevelopReach, MinHeads, MinGroupSize);

    /// <summary>Compares two option sets for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GapOptions? left, GapOptions? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two option sets for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GapOptions? left, GapOptions? right) => !(left == right);
}
