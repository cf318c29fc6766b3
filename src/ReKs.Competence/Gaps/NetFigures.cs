using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>A node's net view of a key: its partial's needs after spare capacity in its sub-tree is shared ("experts used across units and municipalities").</summary>
/// <remarks>
/// <para>From a partial: shared = min(develop + acquire, surplus); acquire_net = max(0, acquire − shared);
/// develop_net = develop − max(0, shared − acquire); mobilise_net = mobilise + shared; surplus_net = surplus − shared.
/// Sharing first avoids recruitment, then training. Conservation: mobilise_net + develop_net + acquire_net = gap.
/// <see cref="Amount"/>, <see cref="Heads"/> and <see cref="Gap"/> are the partial's sums.</para>
/// <para>Equality compares every figure. The <see langword="default"/> value is all zeros.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type: every member is safe to call from any thread, and a value may be shared between threads.</threadsafety>
public readonly struct NetFigures : IEquatable<NetFigures>
{
    internal NetFigures(PositionShare amount, int heads, PositionShare gap, PositionShare mobilise, PositionShare develop, PositionShare acquire, PositionShare surplus, PositionShare shared)
    {
        Amount = amount;
        Heads = heads;
        Gap = gap;
        Mobilise = mobilise;
        Develop = develop;
        Acquire = acquire;
        Surplus = surplus;
        Shared = shared;
    }

    /// <summary>Gets the amount required in the sub-tree (the partial's sum).</summary>
    public PositionShare Amount { get; }

    /// <summary>Gets the qualified heads in the sub-tree (the partial's sum).</summary>
    public int Heads { get; }

    /// <summary>Gets the gap in the sub-tree (the partial's sum).</summary>
    public PositionShare Gap { get; }

    /// <summary>Gets the net mobilisation need: unused capital plus capacity shared across the sub-tree.</summary>
    public PositionShare Mobilise { get; }

    /// <summary>Gets the net learning need.</summary>
    public PositionShare Develop { get; }

    /// <summary>Gets the net acquisition need.</summary>
    public PositionShare Acquire { get; }

    /// <summary>Gets the net surplus: competence held beyond every requirement in the sub-tree (phase-out candidates).</summary>
    public PositionShare Surplus { get; }

    /// <summary>Gets the capacity shared across the sub-tree.</summary>
    public PositionShare Shared { get; }

    /// <inheritdoc/>
    public bool Equals(NetFigures other) =>
        Amount == other.Amount && Heads == other.Heads && Gap == other.Gap && Mobilise == other.Mobilise && Develop == other.Develop
        && Acquire == other.Acquire && Surplus == other.Surplus && Shared == other.Shared;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NetFigures other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Heads, Gap, Mobilise, Develop, Acquire, Surplus);

    /// <summary>Describes the figures.</summary>
    /// <returns>Text for people.</returns>
    /// <remarks>One line, culture-invariant, in person-years: for example "net: gap 1.20 person-years = mobilise 0.40 + develop 0.50 + acquire 0.30;
    /// surplus 0.00 after sharing 0.20".</remarks>
    public override string ToString() =>
        $"net: gap {TextSummary.PersonYears(Gap)} person-years = mobilise {TextSummary.PersonYears(Mobilise)} + develop {TextSummary.PersonYears(Develop)} + acquire {TextSummary.PersonYears(Acquire)}; surplus {TextSummary.PersonYears(Surplus)} after sharing {TextSummary.PersonYears(Shared)}";

    /// <summary>Compares two net views for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when every figure is equal.</returns>
    public static bool operator ==(NetFigures left, NetFigures right) => left.Equals(right);

    /// <summary>Compares two net views for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when a figure differs.</returns>
    public static bool operator !=(NetFigures left, NetFigures right) => !left.Equals(right);
}
