using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Reporting;

/// <summary>What every report section reads: the plan, the as-of date, the scope, the language, and the results
/// shared by several sections (computed once, on first use).</summary>
internal sealed class ReportContext
{
    private readonly Lazy<InventoryReport> _inventory;
    private readonly Lazy<GapAnalysis> _gaps;
    private readonly Lazy<RegionalExport> _export;

    public ReportContext(CompetencePlan plan, LocalDate asOf, Language lang, NodeId? scope = null, string? source = null, EvaluationData? evaluation = null, AnnualWheel? wheel = null, bool regional = false, int? minGroupSize = null)
    {
        Regional = regional;
        Wheel = wheel ?? AnnualWheel.ReksTemplate;
        Evaluation = evaluation?.Until(asOf);
        Plan = plan;
        AsOf = asOf;
        Language = lang;
        Scope = scope ?? plan.Organisation.Root.Id;
        Source = source;
        _inventory = new Lazy<InventoryReport>(() => CompetenceInventory.Compute(plan, asOf));
        _gaps = new Lazy<GapAnalysis>(() => GapAnalyzer.Analyse(plan, asOf, new GapOptions(minGroupSize: minGroupSize ?? GapOptions.Default.MinGroupSize)));
        _export = new Lazy<RegionalExport>(() => RegionalExport.Create(Gaps, Scope));
    }

    /// <summary>Gets a value indicating whether this is the regional report: everything it shows of the gap analysis is drawn from <see cref="Export"/>.</summary>
    public bool Regional { get; }

    /// <summary>Gets the privacy-safe regional export of the scope's sub-tree.</summary>
    public RegionalExport Export => _export.Value;

    public CompetencePlan Plan { get; }

    public LocalDate AsOf { get; }

    public Language Language { get; }

    /// <summary>Gets the node whose sub-tree the report covers (the root unless <c>--node</c> is given).</summary>
    public NodeId Scope { get; }

    /// <summary>Gets the name of the plan file, for the footer.</summary>
    public string? Source { get; }

    /// <summary>Gets the annual wheel the report draws (the ReKs template unless <c>--wheel</c> names another).</summary>
    public AnnualWheel Wheel { get; }

    /// <summary>Gets the evaluation data (periods up to <see cref="AsOf"/>), or <see langword="null"/> when the plan has no evaluation document.</summary>
    public EvaluationData? Evaluation { get; }

    /// <summary>Gets the competence mapping as of <see cref="AsOf"/>.</summary>
    public InventoryReport Inventory => _inventory.Value;

    /// <summary>Gets the gap analysis as of <see cref="AsOf"/>.</summary>
    public GapAnalysis Gaps => _gaps.Value;

    /// <summary>Gets the nodes in scope, depth first.</summary>
    public IEnumerable<OrganisationNode> Nodes => Plan.Organisation.SubtreeOf(Scope);

    public string T(string nb, string en) => Language.T(nb, en);

    /// <summary>Gets a plan text in the report's language.</summary>
    public string Text(LocalizedText text) => text.In(Language);
}
