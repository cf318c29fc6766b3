using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>The privacy-safe regional view as every output shows it (table, markdown, JSON <c>reks.gaps.regional</c>,
/// the regional report): drawn only from a <see cref="RegionalExport"/>, so a withheld figure cannot leak through it.</summary>
/// <remarks>All amounts are in percent of a full position.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RegionalView
{
    /// <summary>The name of the JSON output written from this view.</summary>
    public const string FormatName = "reks.gaps.regional";

    /// <summary>The version of the JSON output written from this view (3: <c>format</c> replaced <c>kind</c>).</summary>
    public const int FormatVersion = 3;

    private RegionalView(LocalizedText plan, LocalDate asOf, GapOptions options, RegionalExport export, PlanGlossary glossary)
    {
        Glossary = glossary;
        Plan = plan;
        AsOf = asOf;
        Options = options;
        Scope = export.Root;
        MinGroupSize = export.MinGroupSize;
        Cells = export.Cells;
        Sharing = export.SharingSuggestions(export.Root);
    }

    /// <summary>Gets the plan's vocabulary (names of nodes, competences, goals and levels) the view is read with.</summary>
    public PlanGlossary Glossary { get; }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Plan { get; }

    /// <summary>Gets the date the analysis describes.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the node whose sub-tree the export covers.</summary>
    public NodeId Scope { get; }

    /// <summary>Gets the options the analysis ran with.</summary>
    public GapOptions Options { get; }

    /// <summary>Gets the smallest group a published figure describes.</summary>
    public int MinGroupSize { get; }

    /// <summary>Gets the cells, depth first through the sub-tree, then by key; a withheld cell carries only its amount.</summary>
    public ImmutableArray<RegionalCell> Cells { get; }

    /// <summary>Gets the sharing suggestions drawn from published cells only.</summary>
    public ImmutableArray<SharingSuggestion> Sharing { get; }

    /// <summary>Builds the view of a regional export.</summary>
    /// <param name="analysis">The analysis the export was made from (its plan name, date and options).</param>
    /// <param name="export">The export.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RegionalView Create(GapAnalysis analysis, RegionalExport export) =>
        Create(analysis, export, PlanGlossary.Of(Guard.Against.Null(analysis, nameof(analysis)).Plan));

    /// <summary>Builds the view with the glossary of the analysis' plan already built (the report builds it once for all its views).</summary>
    internal static RegionalView Create(GapAnalysis analysis, RegionalExport export, PlanGlossary glossary)
    {
        Guard.Against.Null(export, nameof(export));
        return new RegionalView(analysis.Plan.Name, analysis.AsOf, analysis.Options, export, glossary);
    }

    /// <summary>Builds the view of a regional export from the export alone: the plan's name, date and options are those
    /// of the analysis the export was made from.</summary>
    /// <param name="export">The export.</param>
    /// <returns>The view; the same as <see cref="Create(GapAnalysis, RegionalExport)"/> with the export's own analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is <see langword="null"/>.</exception>
    /// <remarks>The view still shows only what the export publishes: the analysis gives names and dates, never a figure.</remarks>
    public static RegionalView Create(RegionalExport export)
    {
        Guard.Against.Null(export, nameof(export));
        return Create(export.Analysis, export);
    }
}
