using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Inventory;

/// <summary>The result of a competence mapping: rows per node and competence, a staff summary per node, staffing by position and education, and where evidence disagrees.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class InventoryReport
{
    internal InventoryReport(
        LocalDate asOf,
        ImmutableArray<InventoryRow> rows,
        ImmutableArray<NodeStaffSummary> nodes,
        ImmutableArray<StaffingCount> staffing,
        ImmutableArray<StaffingLine> staffingLines,
        ImmutableArray<EvidenceDisagreement> disagreements)
    {
        Staffing = staffing;
        StaffingLines = staffingLines;
        Disagreements = disagreements;
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

    /// <summary>Gets staffing beside competence (KS step 5): per node (depth first, each counting its sub-tree), heads and
    /// person-years by position type and education, in the order of those enumerations; combinations nobody holds are left out.</summary>
    public ImmutableArray<StaffingCount> Staffing { get; }

    /// <summary>Gets the plan's staffing requirements set against the staff who meet them, in the plan's order.</summary>
    public ImmutableArray<StaffingLine> StaffingLines { get; }

    /// <summary>Gets, for the people employed at the date in the plan's order, the competences on which their evidence sources disagree.</summary>
    /// <remarks>A disagreement is a topic for the appraisal interview, not an error: the level that counts is the one
    /// the plan's precedence rule picks (<see cref="EvidenceDisagreement.Counted"/>).</remarks>
    public ImmutableArray<EvidenceDisagreement> Disagreements { get; }

    /// <summary>Gets the rows of one node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The rows.</returns>
    public IEnumerable<InventoryRow> ForNode(NodeId node) => Rows.Where(r => r.Node == node);
}
