using System.Collections.Immutable;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>The gap heat map: the nodes of a sub-tree (rows) × competences (columns), each cell a node's net needs on
/// a competence over all its levels and the dominant need that colours it.</summary>
/// <remarks>
/// <para>The dominant need is the largest of acquire, develop and mobilise; ties go to acquire, then develop (the
/// harder need is the one to plan for). A cell whose needs are all zero is <see cref="HeatMapShade.Covered"/> when it
/// has a requirement and <see cref="HeatMapShade.None"/> otherwise.</para>
/// <para>Built from a <see cref="RegionalView"/>, the map reads only the export's cells: a node and competence with a
/// withheld cell at any level is <see cref="HeatMapShade.Withheld"/> and carries only its requirement.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapHeatMap
{
    private GapHeatMap(ImmutableArray<NodeId> nodes, ImmutableArray<CompetenceId> competences, ImmutableArray<HeatMapCell> cells)
    {
        Nodes = nodes;
        Competences = competences;
        Cells = cells;
        AnyWithheld = cells.Any(c => c.Shade == HeatMapShade.Withheld);
    }

    /// <summary>Gets the rows: the nodes of the sub-tree, depth first.</summary>
    public ImmutableArray<NodeId> Nodes { get; }

    /// <summary>Gets the columns: competences in the plan's order.</summary>
    public ImmutableArray<CompetenceId> Competences { get; }

    /// <summary>Gets the cells, row by row (the cell of row <c>r</c> and column <c>c</c> is at <c>r × Competences.Length + c</c>).</summary>
    public ImmutableArray<HeatMapCell> Cells { get; }

    /// <summary>Gets a value indicating whether any cell is withheld.</summary>
    public bool AnyWithheld { get; }

    /// <summary>Gets the cell of a row and a column.</summary>
    /// <param name="row">The row's index in <see cref="Nodes"/>.</param>
    /// <param name="column">The column's index in <see cref="Competences"/>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is out of range.</exception>
    public HeatMapCell Cell(int row, int column)
    {
        Guard.Against.OutOfRange(row, nameof(row), 0, Nodes.Length - 1);
        Guard.Against.OutOfRange(column, nameof(column), 0, Competences.Length - 1);
        return Cells[(row * Competences.Length) + column];
    }

    /// <summary>Builds the heat map of a gap analysis' view: the scope's sub-tree × the competences its net view names.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The heat map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static GapHeatMap Of(GapsView view)
    {
        Guard.Against.Null(view, nameof(view));
        var named = view.Net.Select(n => n.Key.Competence).ToHashSet();
        return Of(view, view.Glossary.Competences.Select(c => c.Id).Where(named.Contains));
    }

    /// <summary>Builds the heat map of the privacy-safe regional view: the export's sub-tree × the competences its cells name.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The heat map, drawn from the export's cells only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public static GapHeatMap Of(RegionalView view)
    {
        Guard.Against.Null(view, nameof(view));
        var named = view.Cells.Select(c => c.Key.Competence).ToHashSet();
        return Of(view, view.Glossary.Competences.Select(c => c.Id).Where(named.Contains));
    }

    /// <summary>Builds the heat map of a gap analysis' view with the given columns.</summary>
    internal static GapHeatMap Of(GapsView view, IEnumerable<CompetenceId> columns)
    {
        // Indexed once by cell, so a cell reads its own lines instead of rescanning its node's lines per column.
        var byCell = view.Net.ToLookup(n => (n.Node, n.Key.Competence));
        return Build(view.Glossary.Organisation, view.Scope, [.. columns], (node, competence) =>
            Shaded(node, competence, [.. byCell[(node, competence)].Select(n => n.Figures)]));
    }

    /// <summary>Builds the heat map of the regional view with the given columns, from its cells only.</summary>
    internal static GapHeatMap Of(RegionalView view, IEnumerable<CompetenceId> columns)
    {
        var byCell = view.Cells.ToLookup(c => (c.Node, c.Key.Competence));
        return Build(view.Glossary.Organisation, view.Scope, [.. columns], (node, competence) =>
        {
            var mine = byCell[(node, competence)].ToList();
            if (mine.Any(c => c.Withheld))
            {
                // Only the amount, which is about the organisation, is kept; every person-derived figure is withheld.
                return new HeatMapCell(node, competence, HeatMapShade.Withheld, true, Sum(mine, c => c.Amount), null, null, null, null);
            }

            return Shaded(node, competence, [.. mine.Select(c => c.Net!.Value)]);
        });
    }

    private static GapHeatMap Build(Organisation organisation, NodeId scope, ImmutableArray<CompetenceId> columns, Func<NodeId, CompetenceId, HeatMapCell> cell)
    {
        ImmutableArray<NodeId> nodes = [.. organisation.SubtreeOf(scope).Select(n => n.Id)];
        var cells = ImmutableArray.CreateBuilder<HeatMapCell>(nodes.Length * columns.Length);
        foreach (var node in nodes)
        {
            foreach (var competence in columns)
            {
                cells.Add(cell(node, competence));
            }
        }

        return new GapHeatMap(nodes, columns, cells.MoveToImmutable());
    }

    private static HeatMapCell Shaded(NodeId node, CompetenceId competence, List<NetFigures> nets)
    {
        var (mobilise, develop, acquire) = (Sum(nets, n => n.Mobilise), Sum(nets, n => n.Develop), Sum(nets, n => n.Acquire));
        var amount = Sum(nets, n => n.Amount);
        var gap = mobilise + develop + acquire;
        var shade = nets.Count == 0 ? HeatMapShade.None
            : gap == PositionShare.Zero ? (amount > PositionShare.Zero ? HeatMapShade.Covered : HeatMapShade.None)
            : acquire >= develop && acquire >= mobilise ? HeatMapShade.Acquire
            : develop >= mobilise ? HeatMapShade.Develop
            : HeatMapShade.Mobilise;
        return new HeatMapCell(node, competence, shade, nets.Count > 0, amount, mobilise, develop, acquire, Sum(nets, n => n.Surplus));
    }

    private static PositionShare Sum<T>(IEnumerable<T> items, Func<T, PositionShare> pick) =>
        items.Aggregate(PositionShare.Zero, (sum, x) => sum + pick(x));

    /// <inheritdoc/>
    public override string ToString() =>
        $"Heat map of {Nodes.Length} nodes × {Competences.Length} competences{(AnyWithheld ? $", {Cells.Count(c => c.Shade == HeatMapShade.Withheld)} withheld" : string.Empty)}";
}
