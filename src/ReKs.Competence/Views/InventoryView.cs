using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>The competence mapping of one node's sub-tree as every output shows it (table, markdown, JSON
/// <c>reks.inventory</c>, the report): a staff summary per node and a row per node and competence.</summary>
/// <remarks>Position shares are in percent of a full position.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class InventoryView
{
    /// <summary>The name of the JSON output written from this view.</summary>
    public const string FormatName = "reks.inventory";

    /// <summary>The version of the JSON output written from this view (2: <c>format</c> replaced <c>kind</c>; <c>plan</c>,
    /// <c>scope</c> and <c>unit</c> added).</summary>
    public const int FormatVersion = 2;

    private InventoryView(LocalizedText plan, LocalDate asOf, NodeId scope, int levels, ImmutableArray<NodeStaffSummary> nodes, ImmutableArray<InventoryRow> rows,
        ImmutableArray<StaffingCount> staffing, ImmutableArray<StaffingLine> staffingLines, ImmutableArray<EvidenceDisagreement> disagreements, PlanGlossary glossary)
    {
        Glossary = glossary;
        Plan = plan;
        AsOf = asOf;
        Scope = scope;
        Levels = levels;
        Nodes = nodes;
        Rows = rows;
        Staffing = staffing;
        StaffingLines = staffingLines;
        Disagreements = disagreements;
    }

    /// <summary>Gets the plan's vocabulary (names of nodes, competences, goals and levels) the view is read with.</summary>
    public PlanGlossary Glossary { get; }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Plan { get; }

    /// <summary>Gets the date the mapping describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the node whose sub-tree the view shows.</summary>
    public NodeId Scope { get; }

    /// <summary>Gets the number of levels of the plan's proficiency scale (the length of every row's heads by level).</summary>
    public int Levels { get; }

    /// <summary>Gets the staff summary of every node in scope, depth first.</summary>
    public ImmutableArray<NodeStaffSummary> Nodes { get; }

    /// <summary>Gets the rows of the nodes in scope, depth first, then in the plan's competence order.</summary>
    public ImmutableArray<InventoryRow> Rows { get; }

    /// <summary>Gets the staff by position type and education of the nodes in scope (KS step 5).</summary>
    public ImmutableArray<StaffingCount> Staffing { get; }

    /// <summary>Gets the plan's staffing requirements on nodes in scope, each against the staff present.</summary>
    public ImmutableArray<StaffingLine> StaffingLines { get; }

    /// <summary>Gets where the evidence sources of people in scope disagree about a level.</summary>
    public ImmutableArray<EvidenceDisagreement> Disagreements { get; }

    /// <summary>Builds the view of a mapping for one node's sub-tree.</summary>
    /// <param name="plan">The plan the mapping was computed from.</param>
    /// <param name="report">The mapping.</param>
    /// <param name="scope">The node whose sub-tree to show.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan's organisation has no node <paramref name="scope"/>.</exception>
    public static InventoryView Create(CompetencePlan plan, InventoryReport report, NodeId scope) =>
        Create(plan, report, scope, PlanGlossary.Of(Guard.Against.Null(plan, nameof(plan))));

    /// <summary>Builds the view with the plan's glossary already built (the report builds it once for all its views).</summary>
    internal static InventoryView Create(CompetencePlan plan, InventoryReport report, NodeId scope, PlanGlossary glossary)
    {
        Guard.Against.Null(report, nameof(report));
        if (!plan.Organisation.Contains(scope))
        {
            throw new ArgumentException($"The organisation has no node '{scope}'.", nameof(scope));
        }

        var nodes = plan.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        return new InventoryView(plan.Name, report.AsOf, scope, plan.Scale.Max.Value, [.. report.Nodes.Where(s => nodes.Contains(s.Node))], [.. report.Rows.Where(r => nodes.Contains(r.Node))],
            [.. report.Staffing.Where(c => nodes.Contains(c.Node))], [.. report.StaffingLines.Where(x => nodes.Contains(x.Requirement.Node))],
            [.. report.Disagreements.Where(d => plan.FindPerson(d.Person) is { } person && nodes.Contains(person.Node))], glossary);
    }
}
