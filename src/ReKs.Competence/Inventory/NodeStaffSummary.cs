using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>A node's staff: heads and position share, and how many hold competence of each of Lai's components.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class NodeStaffSummary
{
    internal NodeStaffSummary(NodeId node, int heads, PositionShare share, ImmutableArray<ComponentCount> components, ImmutableArray<LaiGridCount> grid)
    {
        Grid = grid;
        Node = node;
        Heads = heads;
        Share = share;
        Components = components;
    }

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the number of people employed in the sub-tree.</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up (100 = one person-year).</summary>
    public PositionShare Share { get; }

    /// <summary>Gets, for knowledge, skills, abilities and attitudes in that order, how many hold a competence with that component.</summary>
    public ImmutableArray<ComponentCount> Components { get; }

    /// <summary>Gets Lai's grid: sixteen cells, form by form (professional, managerial, personal, social), each with the four components in order.</summary>
    public ImmutableArray<LaiGridCount> Grid { get; }

    /// <summary>Gets one cell of Lai's grid.</summary>
    /// <param name="form">The form.</param>
    /// <param name="component">One component (a single flag).</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException"><paramref name="component"/> is not exactly one component.</exception>
    public LaiGridCount Cell(LaiForm form, LaiComponents component) =>
        Grid.FirstOrDefault(c => c.Form == form && c.Component == component)
        ?? throw new ArgumentException("A cell of Lai's grid has one form and exactly one component.", nameof(component));
}
