using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>A node's staff: heads and position share, and how many hold competence of each of Lai's components.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class NodeStaffSummary
{
    internal NodeStaffSummary(NodeId node, int heads, PositionShare share, ImmutableArray<ComponentCount> components)
    {
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
}
