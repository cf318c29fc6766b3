using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>One cell of a <see cref="GapHeatMap"/>: a node's net needs on a competence, summed over the competence's
/// levels, and the dominant need that colours it.</summary>
/// <remarks>A withheld cell (<see cref="HeatMapShade.Withheld"/>) carries only its requirement, which is about the
/// organisation; every person-derived figure of it is <see langword="null"/>. A cell with no requirement in the node's
/// sub-tree (<see cref="HasLines"/> is <see langword="false"/>) has zero figures. All amounts are in percent of a full
/// position.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class HeatMapCell
{
    internal HeatMapCell(NodeId node, CompetenceId competence, HeatMapShade shade, bool hasLines, PositionShare amount, PositionShare? mobilise, PositionShare? develop, PositionShare? acquire, PositionShare? surplus)
    {
        Node = node;
        Competence = competence;
        Shade = shade;
        HasLines = hasLines;
        Amount = amount;
        Mobilise = mobilise;
        Develop = develop;
        Acquire = acquire;
        Surplus = surplus;
    }

    /// <summary>Gets the node (the heat map's row).</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence (the heat map's column).</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets what the cell is coloured by.</summary>
    public HeatMapShade Shade { get; }

    /// <summary>Gets a value indicating whether the node's sub-tree has a requirement (a line of the analysis or a cell of the export) on the competence.</summary>
    public bool HasLines { get; }

    /// <summary>Gets the requirement on the competence in the node's sub-tree, all levels summed; shown even when the cell is withheld.</summary>
    public PositionShare Amount { get; }

    /// <summary>Gets the mobilisation need after sharing, or <see langword="null"/> when the cell is withheld.</summary>
    public PositionShare? Mobilise { get; }

    /// <summary>Gets the learning need after sharing, or <see langword="null"/> when the cell is withheld.</summary>
    public PositionShare? Develop { get; }

    /// <summary>Gets the acquisition need after sharing, or <see langword="null"/> when the cell is withheld.</summary>
    public PositionShare? Acquire { get; }

    /// <summary>Gets the surplus after sharing, or <see langword="null"/> when the cell is withheld.</summary>
    public PositionShare? Surplus { get; }

    /// <summary>Gets the gap (mobilise + develop + acquire), or <see langword="null"/> when the cell is withheld.</summary>
    public PositionShare? Gap => Mobilise is { } m && Develop is { } d && Acquire is { } a ? m + d + a : null;

    /// <inheritdoc/>
    public override string ToString() => $"{Node} {Competence}: {Shade.ToString().ToLowerInvariant()}{(Gap is { } g && g != PositionShare.Zero ? $" {g}" : string.Empty)}";
}
