using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>The result of a competence mapping: rows per node and competence, and a staff summary per node.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class InventoryReport
{
    internal InventoryReport(LocalDate asOf, ImmutableArray<InventoryRow> rows, ImmutableArray<NodeStaffSummary> nodes)
    {
        AsOf = asOf;
        Rows = rows;
        Nodes = nodes;
    }

    /// <summary>Gets the date the mapping describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the rows, depth first through the organisation, then in the plan's competence order.</summary>
    public ImmutableArray<InventoryRow> Rows { get; }

    /// <summary>Gets the staff summary of every node, depth first.</summary>
    public ImmutableArray<NodeStaffSummary> Nodes { get; }

    /// <summary>Gets the rows of one node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The rows.</returns>
    public IEnumerable<InventoryRow> ForNode(NodeId node) => Rows.Where(r => r.Node == node);
}

/// <summary>The holders of one competence in one node's sub-tree.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class InventoryRow
{
    internal InventoryRow(NodeId node, CompetenceId competence, int heads, PositionShare share, ImmutableArray<int> headsByLevel, ImmutableArray<PositionShare> shareByLevel, int formal, int informal, int used, int notAssessed)
    {
        Node = node;
        Competence = competence;
        Heads = heads;
        Share = share;
        HeadsByLevel = headsByLevel;
        ShareByLevel = shareByLevel;
        FormalHeads = formal;
        InformalHeads = informal;
        UsedHeads = used;
        NotAssessedHeads = notAssessed;
    }

    /// <summary>Gets the node whose sub-tree the row counts.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the number of people holding the competence (valid at the date).</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up.</summary>
    public PositionShare Share { get; }

    /// <summary>Gets the number of holders by real-competence level; index 0 is level 1.</summary>
    public ImmutableArray<int> HeadsByLevel { get; }

    /// <summary>Gets the holders' position share by level; index 0 is level 1.</summary>
    public ImmutableArray<PositionShare> ShareByLevel { get; }

    /// <summary>Gets the number of holders with a formal holding.</summary>
    public int FormalHeads { get; }

    /// <summary>Gets the number of holders with an informal holding.</summary>
    public int InformalHeads { get; }

    /// <summary>Gets the number of holders who apply the competence in their role.</summary>
    public int UsedHeads { get; }

    /// <summary>Gets the number of holders whose level is not yet assessed.</summary>
    public int NotAssessedHeads { get; }
}

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

/// <summary>How many people hold some competence with one of Lai's components.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ComponentCount
{
    internal ComponentCount(LaiComponents component, int heads, PositionShare share)
    {
        Component = component;
        Heads = heads;
        Share = share;
    }

    /// <summary>Gets the component.</summary>
    public LaiComponents Component { get; }

    /// <summary>Gets the number of people.</summary>
    public int Heads { get; }

    /// <summary>Gets their position shares added up.</summary>
    public PositionShare Share { get; }
}
