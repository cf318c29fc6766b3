using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>What every report section reads: the report's view (built once from the core results), the language and
/// the name of the plan's file. A section renders from the view only; it computes no fact the view holds.</summary>
internal sealed class ReportContext
{
    public ReportContext(ReportView view, Language lang, string? source = null)
    {
        View = view;
        Language = lang;
        Source = source;
    }

    /// <summary>Gets everything the report shows.</summary>
    public ReportView View { get; }

    /// <summary>Gets the plan's vocabulary: names of nodes, competences and goals, the organisation's tree, the scale.</summary>
    public PlanGlossary Glossary => View.Glossary;

    /// <summary>Gets the date the report describes.</summary>
    public LocalDate AsOf => View.AsOf;

    public Language Language { get; }

    /// <summary>Gets the node whose sub-tree the report covers (the root unless <c>--node</c> is given).</summary>
    public NodeId Scope => View.Scope;

    /// <summary>Gets the name of the plan file, for the footer.</summary>
    public string? Source { get; }

    /// <summary>Gets the competence mapping of the scope (the municipality's own report only).</summary>
    /// <exception cref="InvalidOperationException">This is the regional report.</exception>
    public InventoryView Inventory => View.Inventory ?? throw NotInRegional(nameof(Inventory));

    /// <summary>Gets the gap analysis of the scope (the municipality's own report only).</summary>
    /// <exception cref="InvalidOperationException">This is the regional report.</exception>
    public GapsView Gaps => View.Gaps ?? throw NotInRegional(nameof(Gaps));

    /// <summary>Gets the plan of measures for the scope (the municipality's own report only).</summary>
    /// <exception cref="InvalidOperationException">This is the regional report.</exception>
    public PlanView Measures => View.Measures ?? throw NotInRegional(nameof(Measures));

    public string T(string nb, string en) => Language.T(nb, en);

    /// <summary>Gets a plan text in the report's language.</summary>
    public string Text(LocalizedText text) => text.In(Language);

    /// <summary>The error of a section of the municipality's own report asked to render in the regional report: a bug in <see cref="ReportSections"/>.</summary>
    private static InvalidOperationException NotInRegional(string what) =>
        new($"The regional report's view has no {what}: only the sections drawn from the export belong in the regional report.");
}
