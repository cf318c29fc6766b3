using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;

namespace ReKs.Competence.Views;

/// <summary>A plan of measures as every output shows it (table, markdown, JSON <c>reks.plan</c>): per need of the nodes
/// in scope what the measures cover and the need left; per measure whom it reaches, its budget and its evaluation plan;
/// the needs no measure addresses, the measures that address no need, and the budget's sums.</summary>
/// <remarks>Needs are in percent of a full position; money is in NOK. The names of the plan's goals, nodes and
/// competences travel with the view, so a renderer shows names where the plan has them.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PlanView
{
    /// <summary>The name of the JSON output written from this view.</summary>
    public const string FormatName = "reks.plan";

    /// <summary>The version of the JSON output written from this view (2: <c>plan</c>, <c>scope</c> and <c>unit</c> added
    /// as in the other outputs, and <c>evaluation</c>, the evaluation plan per measure).</summary>
    public const int FormatVersion = 2;

    private readonly PlanGlossary _glossary;

    private PlanView(CompetencePlan plan, PlanCoverage coverage, NodeId scope, ImmutableArray<CoverageLine> lines, ImmutableArray<CoverageLine> unaddressed,
        ImmutableArray<PlanMeasureLine> measures, BudgetFigures budget, PlanGlossary glossary)
    {
        Plan = plan.Name;
        AsOf = coverage.Before.AsOf;
        Scope = scope;
        Goals = plan.Goals;
        Lines = lines;
        Measures = measures;
        Unaddressed = unaddressed;
        AddressingNoNeed = coverage.AddressingNoNeed;
        Budget = budget;
        _glossary = glossary;
    }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Plan { get; }

    /// <summary>Gets the date the needs and the measures' coverage are computed for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the node whose sub-tree's needs the view shows.</summary>
    public NodeId Scope { get; }

    /// <summary>Gets the plan's goals in the plan's order, with their names: the groups a renderer shows lines and
    /// measures under (a line or measure that serves no goal goes under "without a goal").</summary>
    public ImmutableArray<Goal> Goals { get; }

    /// <summary>Gets the needs of the nodes in scope, each with what the measures cover and the need left, in the
    /// coverage's order.</summary>
    public ImmutableArray<CoverageLine> Lines { get; }

    /// <summary>Gets every measure of the plan in the plan's order, whatever its nodes: a measure's reach, budget and
    /// evaluation plan are the measure's own.</summary>
    public ImmutableArray<PlanMeasureLine> Measures { get; }

    /// <summary>Gets the needs of the nodes in scope that no measure addresses.</summary>
    public ImmutableArray<CoverageLine> Unaddressed { get; }

    /// <summary>Gets the measures (not cancelled) that address no need.</summary>
    public ImmutableArray<Measure> AddressingNoNeed { get; }

    /// <summary>Gets the budget's sums over every measure and year (NOK).</summary>
    public BudgetFigures Budget { get; }

    /// <summary>Gets the name of a node of the plan's organisation.</summary>
    /// <param name="node">The node.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="KeyNotFoundException">The organisation has no node <paramref name="node"/>.</exception>
    public LocalizedText NameOf(NodeId node) =>
        _glossary.Organisation.Contains(node) ? _glossary.Organisation[node].Name : throw new KeyNotFoundException($"The organisation has no node '{node}'.");

    /// <summary>Gets the name of a competence of the plan.</summary>
    /// <param name="competence">The competence.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no competence <paramref name="competence"/>.</exception>
    public LocalizedText NameOf(CompetenceId competence) =>
        _glossary.FindCompetence(competence)?.Name ?? throw new KeyNotFoundException($"The plan has no competence '{competence}'.");

    /// <summary>Builds the view of a plan of measures for one node's sub-tree.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="coverage">What the plan's measures cover (<see cref="PlanCoverage.Of"/> of <paramref name="plan"/>).</param>
    /// <param name="budget">The plan's budget (<see cref="PlanBudget.Of(CompetencePlan)"/> of <paramref name="plan"/>).</param>
    /// <param name="scope">The node whose sub-tree's needs to show.</param>
    /// <param name="evaluation">The evaluation plan of every measure (<see cref="MeasureEvaluationPlan.Of"/>); when
    /// <see langword="null"/>, no indicator measures any measure.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/>, <paramref name="coverage"/> or <paramref name="budget"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan's organisation has no node <paramref name="scope"/>; or the coverage or
    /// the evaluation does not have exactly one entry per measure of the plan (they were computed from another plan).</exception>
    public static PlanView Create(CompetencePlan plan, PlanCoverage coverage, PlanBudget budget, NodeId scope, IEnumerable<MeasureEvaluationPlan>? evaluation = null) =>
        Create(plan, coverage, budget, scope, evaluation, PlanGlossary.Of(Guard.Against.Null(plan, nameof(plan))));

    /// <summary>Builds the view with the plan's glossary already built (the report builds it once for all its views).</summary>
    internal static PlanView Create(CompetencePlan plan, PlanCoverage coverage, PlanBudget budget, NodeId scope, IEnumerable<MeasureEvaluationPlan>? evaluation, PlanGlossary glossary)
    {
        Guard.Against.Null(coverage, nameof(coverage));
        Guard.Against.Null(budget, nameof(budget));
        if (!plan.Organisation.Contains(scope))
        {
            throw new ArgumentException($"The organisation has no node '{scope}'.", nameof(scope));
        }

        var reach = OnePerMeasure(plan, coverage.Measures, r => r.Measure.Id, nameof(coverage));
        var evaluations = OnePerMeasure(plan, evaluation ?? MeasureEvaluationPlan.Of(plan, []), e => e.Measure.Id, nameof(evaluation));
        var money = budget.Lines.GroupBy(b => b.Measure.Id).ToDictionary(g => g.Key, g => g.Aggregate(default(BudgetFigures), (a, b) => a + b.Figures));
        var measures = plan.Measures.Select(m => new PlanMeasureLine(reach[m.Id], money.GetValueOrDefault(m.Id), evaluations[m.Id])).ToImmutableArray();
        var nodes = plan.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        return new PlanView(plan, coverage, scope, [.. coverage.Lines.Where(x => nodes.Contains(x.Node))], [.. coverage.Unaddressed.Where(x => nodes.Contains(x.Node))],
            measures, budget.Total, glossary);
    }

    private static Dictionary<MeasureId, T> OnePerMeasure<T>(CompetencePlan plan, IEnumerable<T> entries, Func<T, MeasureId> id, string parameter)
    {
        var byId = new Dictionary<MeasureId, T>();
        foreach (var entry in entries)
        {
            if (!byId.TryAdd(id(entry), entry))
            {
                throw new ArgumentException($"The measure '{id(entry)}' has more than one entry.", parameter);
            }
        }

        var missing = plan.Measures.Select(m => m.Id).Where(m => !byId.ContainsKey(m)).ToList();
        var extra = byId.Keys.Where(k => !plan.Measures.Any(m => m.Id == k)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            throw new ArgumentException(
                $"Not one entry per measure of the plan{(missing.Count > 0 ? $"; missing: {string.Join(", ", missing)}" : string.Empty)}{(extra.Count > 0 ? $"; not in the plan: {string.Join(", ", extra)}" : string.Empty)}.",
                parameter);
        }

        return byId;
    }
}
