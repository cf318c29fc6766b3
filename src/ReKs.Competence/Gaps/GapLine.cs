using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>One line of a gap analysis: a node's requirement (possibly none) for a competence at a level, set against the capital of the node's own people.</summary>
/// <remarks>Two lines are equal when node, key, figures, fragility, minimum heads, goals and requirements are equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapLine : IEquatable<GapLine>
{
    internal GapLine(NodeId node, GapKey key, GapFigures figures, bool fragile, int minHeads, ImmutableArray<Requirement> requirements)
    {
        Node = node;
        Key = key;
        Figures = figures;
        Fragile = fragile;
        MinHeads = minHeads;
        Requirements = requirements;
        Goals = requirements.IsEmpty ? [] : [.. requirements.SelectMany(r => r.Goals).Distinct().Order()];
        NeededBy = requirements.IsEmpty ? null : requirements.Select(r => r.NeededBy).Min();
    }

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence and minimum level.</summary>
    public GapKey Key { get; }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence => Key.Competence;

    /// <summary>Gets the minimum level.</summary>
    public ProficiencyLevel MinLevel => Key.Level;

    /// <summary>Gets the line's figures (the local allocation).</summary>
    public GapFigures Figures { get; }

    /// <summary>Gets a value indicating whether the line is covered (or mobilisable) but rests on fewer qualified people than <see cref="MinHeads"/>: a key-person risk.</summary>
    public bool Fragile { get; }

    /// <summary>Gets the minimum number of qualified people the line asks for: the largest of its requirements' own, or the analysis default.</summary>
    public int MinHeads { get; }

    /// <summary>Gets the requirements that make up the line (all that apply with the same node, competence and level); empty when the node has none.</summary>
    public ImmutableArray<Requirement> Requirements { get; }

    /// <summary>Gets every goal the line serves, ordered.</summary>
    public ImmutableArray<GoalId> Goals { get; }

    /// <summary>Gets the earliest needed-by date of the line's requirements, or <see langword="null"/>.</summary>
    public LocalDate? NeededBy { get; }

    /// <summary>Returns whether the line has a need of a kind.</summary>
    /// <param name="kind">The kind of need.</param>
    /// <returns><see langword="true"/> when that figure is more than zero.</returns>
    public bool Has(NeedKind kind) => kind switch
    {
        NeedKind.Mobilise => Figures.Mobilise > PositionShare.Zero,
        NeedKind.Develop => Figures.Develop > PositionShare.Zero,
        NeedKind.Acquire => Figures.Acquire > PositionShare.Zero,
        NeedKind.PhaseOut => Figures.Surplus > PositionShare.Zero,
        _ => false,
    };

    /// <inheritdoc/>
    public bool Equals(GapLine? other) =>
        other is not null && Node == other.Node && Key == other.Key && Figures == other.Figures && Fragile == other.Fragile
        && MinHeads == other.MinHeads && Requirements.SequenceEqual(other.Requirements);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GapLine);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Node, Key, Figures);

    /// <summary>Describes the line.</summary>
    /// <returns>Text for people.</returns>
    /// <remarks>One line, culture-invariant, in person-years: for example "gjovik helsefagarbeider≥2: requirement 3.00 person-years,
    /// gap 1.20 = mobilise 0.20 + develop 0.50 + acquire 0.50; surplus 0.00; 1 qualified of 2 needed (fragile)".</remarks>
    public override string ToString() =>
        $"{Node} {Key}: requirement {TextSummary.PersonYears(Figures.Amount)} person-years, gap {TextSummary.PersonYears(Figures.Gap)} = mobilise {TextSummary.PersonYears(Figures.Mobilise)} + develop {TextSummary.PersonYears(Figures.Develop)} + acquire {TextSummary.PersonYears(Figures.Acquire)}; surplus {TextSummary.PersonYears(Figures.Surplus)}; {TextSummary.Number(Figures.Heads)} qualified of {TextSummary.Number(MinHeads)} needed{(Fragile ? " (fragile)" : string.Empty)}";

    /// <summary>Compares two lines for equality.</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GapLine? left, GapLine? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lines for inequality.</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GapLine? left, GapLine? right) => !(left == right);
}
