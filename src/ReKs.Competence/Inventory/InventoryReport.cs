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
