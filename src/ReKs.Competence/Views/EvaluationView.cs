using System.Collections.Immutable;
using System.Diagnostics;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>The evaluation of indicators over a plan's nodes as every output shows it (table, markdown, JSON
/// <c>reks.evaluation</c>, the report): each indicator's evaluations per node, the Kirkpatrick summary per measure
/// and KOSTRA's share of person-years with health education.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EvaluationView
{
    /// <summary>The name of the JSON output written from this view.</summary>
    public const string FormatName = "reks.evaluation";

    /// <summary>The version of the JSON output written from this view (2: <c>format</c> replaced <c>kind</c>; <c>scope</c> added).</summary>
    public const int FormatVersion = 2;

    private EvaluationView(LocalizedText plan, LocalDate asOf, NodeId scope, bool detail, ImmutableArray<Indicator> indicators, ImmutableArray<IndicatorEvaluation> evaluations, ImmutableArray<KirkpatrickSummary> kirkpatrick, ImmutableArray<HealthEducationShare> healthEducation, PlanGlossary glossary)
    {
        Glossary = glossary;
        Plan = plan;
        AsOf = asOf;
        Scope = scope;
        Detail = detail;
        Indicators = indicators;
        Evaluations = evaluations;
        Kirkpatrick = kirkpatrick;
        HealthEducation = healthEducation;
    }

    /// <summary>Gets the plan's vocabulary (names of nodes, competences, goals and levels) the view is read with.</summary>
    public PlanGlossary Glossary { get; }

    /// <summary>Gets the plan's name.</summary>
    public LocalizedText Plan { get; }

    /// <summary>Gets the date the evaluation describes (no measurement after it counts).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the node whose sub-tree the view shows.</summary>
    public NodeId Scope { get; }

    /// <summary>Gets whether the view shows one indicator in detail (every point, the moving-range chart) rather than
    /// all indicators with the Kirkpatrick summary.</summary>
    public bool Detail { get; }

    /// <summary>Gets the indicators shown.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>Gets the evaluations of the indicators' series in scope.</summary>
    public ImmutableArray<IndicatorEvaluation> Evaluations { get; }

    /// <summary>Gets the Kirkpatrick summary per measure; empty in detail.</summary>
    public ImmutableArray<KirkpatrickSummary> Kirkpatrick { get; }

    /// <summary>Gets KOSTRA's share of person-years with health education per node, when asked for; otherwise empty.</summary>
    public ImmutableArray<HealthEducationShare> HealthEducation { get; }

    /// <summary>Gets the evaluations of one indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>Its evaluations, in the view's order.</returns>
    public IEnumerable<IndicatorEvaluation> EvaluationsOf(Indicator indicator) => Evaluations.Where(e => e.Indicator == indicator);

    /// <summary>Builds the view of evaluations.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date the evaluation describes.</param>
    /// <param name="scope">The node whose sub-tree the evaluations cover.</param>
    /// <param name="indicators">The indicators shown.</param>
    /// <param name="evaluations">Their evaluations in scope.</param>
    /// <param name="detail">Whether one indicator is shown in detail; otherwise the Kirkpatrick summary is computed.</param>
    /// <param name="healthEducation">KOSTRA's shares to show, or none.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static EvaluationView Create(CompetencePlan plan, LocalDate asOf, NodeId scope, IEnumerable<Indicator> indicators, IEnumerable<IndicatorEvaluation> evaluations, bool detail, IEnumerable<HealthEducationShare> healthEducation) =>
        Create(plan, asOf, scope, indicators, evaluations, detail, healthEducation, PlanGlossary.Of(Guard.Against.Null(plan, nameof(plan))));

    /// <summary>Builds the view with the plan's glossary already built (the report builds it once for all its views).</summary>
    internal static EvaluationView Create(CompetencePlan plan, LocalDate asOf, NodeId scope, IEnumerable<Indicator> indicators, IEnumerable<IndicatorEvaluation> evaluations, bool detail, IEnumerable<HealthEducationShare> healthEducation, PlanGlossary glossary)
    {
        ImmutableArray<Indicator> chosen = [.. Guard.Against.Null(indicators, nameof(indicators))];
        ImmutableArray<IndicatorEvaluation> all = [.. Guard.Against.Null(evaluations, nameof(evaluations))];
        ImmutableArray<HealthEducationShare> shares = [.. Guard.Against.Null(healthEducation, nameof(healthEducation))];
        var kirkpatrick = detail ? [] : KirkpatrickSummary.ForAll(chosen, all);
        return new EvaluationView(plan.Name, asOf, scope, detail, chosen, all, kirkpatrick, shares, glossary);
    }

    /// <summary>Builds the view of one evaluation alone, without its plan: its indicator in detail (every point, the
    /// moving-range or S chart) at its node, as of the end of the series' last measurement period.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The view, in detail, with no Kirkpatrick summary and no KOSTRA shares. Without a plan, <see cref="Plan"/>
    /// is the indicator's name and the <see cref="Glossary"/> knows no competences, goals or measures; its organisation is
    /// the evaluation's node, named by its id (as are the comparison nodes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The evaluation's series has no observations, so it names no date.</exception>
    public static EvaluationView Create(IndicatorEvaluation evaluation)
    {
        Guard.Against.Null(evaluation, nameof(evaluation));
        var observations = evaluation.Series.Observations;
        if (observations.IsEmpty)
        {
            throw new ArgumentException($"The evaluation of {evaluation.Series} has no observations, so it names no date; build its view with EvaluationView.Create(plan, asOf, …).", nameof(evaluation));
        }

        var node = new OrganisationNode(evaluation.Node, null, new LocalizedText(evaluation.Node.Value, evaluation.Node.Value), NodeKind.Other);
        var name = evaluation.Indicator.Name;
        return new EvaluationView(name, observations[^1].Period.End, evaluation.Node, true, [evaluation.Indicator], [evaluation], [], [], PlanGlossary.Without(name, node));
    }

    /// <summary>Gets a chart's short name as qicharts2 and the literature write it (I, MR, Xbar, S, P, P′, U, U′, C, T, G, run).</summary>
    /// <param name="kind">The chart.</param>
    /// <returns>The name.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not a defined chart.</exception>
    public static string ChartName(ChartKind kind) => Guard.Against.EnumOutOfRange(kind, nameof(kind)) switch
    {
        ChartKind.Individuals => "I",
        ChartKind.Proportion => "P",
        ChartKind.LaneyProportion => "P′",
        ChartKind.Rate => "U",
        ChartKind.LaneyRate => "U′",
        ChartKind.Count => "C",
        ChartKind.MovingRange => "MR",
        ChartKind.SubgroupMean => "Xbar",
        ChartKind.SubgroupStandardDeviation => "S",
        ChartKind.TimeBetweenEvents => "T",
        ChartKind.OpportunitiesBetweenEvents => "G",
        ChartKind.Run => "run",
        _ => throw new UnreachableException($"Chart kind {kind} has no name."),
    };
}
