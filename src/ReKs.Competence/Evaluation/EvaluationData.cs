using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// What a region measures to evaluate its competence measures: indicators, the interventions that split their series into
/// baseline and after, and the series per node.
/// </summary>
/// <remarks>
/// The constructor checks the data on its own (unique identifiers, series of known indicators, values that fit each
/// indicator's kind) and lists every problem; <see cref="ProblemsWith"/> checks the references into a plan (nodes and
/// measures). Paths name elements by their position in the collections passed in, as in the evaluation document.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EvaluationData
{
    private readonly Dictionary<IndicatorId, Indicator> _indicators;

    /// <summary>Initializes a new instance of the <see cref="EvaluationData"/> class.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <param name="series">The series.</param>
    /// <param name="interventions">The interventions.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ValidationException">The parts do not fit together; every problem is listed.</exception>
    public EvaluationData(IEnumerable<Indicator> indicators, IEnumerable<Series> series, IEnumerable<Intervention>? interventions = null)
    {
        Indicators = [.. Guard.Against.Null(indicators, nameof(indicators))];
        Series = [.. Guard.Against.Null(series, nameof(series))];
        Interventions = interventions is null ? [] : [.. interventions];
        var problems = EvaluationRules.Validate(EvaluationOutline.Of(this));
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        _indicators = Indicators.ToDictionary(i => i.Id);
    }

    /// <summary>Gets the indicators.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>Gets the series.</summary>
    public ImmutableArray<Series> Series { get; }

    /// <summary>Gets the interventions.</summary>
    public ImmutableArray<Intervention> Interventions { get; }

    /// <summary>Finds an indicator.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The indicator, or <see langword="null"/>.</returns>
    public Indicator? FindIndicator(IndicatorId id) => _indicators.GetValueOrDefault(id);

    /// <summary>Gets the series of an indicator, in the order given.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>Its series.</returns>
    public ImmutableArray<Series> SeriesOf(IndicatorId indicator) => [.. Series.Where(s => s.Indicator == indicator)];

    /// <summary>Finds the series of an indicator at a node.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="node">The node.</param>
    /// <returns>The series, or <see langword="null"/>.</returns>
    public Series? FindSeries(IndicatorId indicator, NodeId node) => Series.FirstOrDefault(s => s.Indicator == indicator && s.Node == node);

    /// <summary>Finds the intervention that concerns an indicator at a node: the latest one at the node (or above it) for one of the indicator's measures, or for no measure.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="node">The node.</param>
    /// <param name="organisation">The organisation, to find interventions at the node's ancestors; <see langword="null"/> to match the node only.</param>
    /// <returns>The intervention, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    public Intervention? InterventionFor(Indicator indicator, NodeId node, Organisation? organisation = null)
    {
        Guard.Against.Null(indicator, nameof(indicator));
        return Interventions
            .Where(i => i.Measure is not { } m || indicator.Measures.IsEmpty || indicator.Measures.Contains(m))
            .Where(i => TookPart(i, node, organisation))
            .OrderByDescending(i => i.Date)
            .FirstOrDefault();
    }

    /// <summary>Gets whether a node took part in an intervention: it, or a node above it, is listed.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="node">The node.</param>
    /// <param name="organisation">The organisation, to look at ancestors; <see langword="null"/> to match the node only.</param>
    /// <returns><see langword="true"/> when the node took part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervention"/> is <see langword="null"/>.</exception>
    public static bool TookPart(Intervention intervention, NodeId node, Organisation? organisation = null)
    {
        Guard.Against.Null(intervention, nameof(intervention));
        if (organisation is null || !organisation.Contains(node))
        {
            return intervention.Nodes.Contains(node);
        }

        return intervention.Nodes.Any(n => n == node || (organisation.Contains(n) && organisation.IsInSubtree(node, n)));
    }

    /// <summary>Gets the data as it was known on a date: the observations of periods that start after it are left out.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The data up to the date.</returns>
    public EvaluationData Until(NodaTime.LocalDate date) =>
        new(Indicators, Series.Select(s => new Series(s.Indicator, s.Node, s.Observations.Where(o => o.Period.Start <= date))), Interventions);

    /// <summary>Marks the observations of some periods as excluded (a known special cause): left out of the centre line, limits,
    /// runs analysis and effects, still drawn and tested against the limits.</summary>
    /// <param name="periods">The periods to exclude.</param>
    /// <param name="indicator">Only this indicator's series, or <see langword="null"/> for all.</param>
    /// <returns>The data with those observations excluded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A period is in none of the series concerned (every such period is named).</exception>
    public EvaluationData Excluding(IEnumerable<MeasurementPeriod> periods, IndicatorId? indicator = null)
    {
        var set = Guard.Against.Null(periods, nameof(periods)).ToHashSet();
        bool Concerned(Series s) => indicator is not { } only || s.Indicator == only;
        var unknown = set.Where(p => !Series.Where(Concerned).Any(s => s.Observations.Any(o => o.Period == p))).Select(p => p.ToString()).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"No series{(indicator is { } i ? $" of '{i}'" : string.Empty)} has the period(s) {string.Join(", ", unknown)}.", nameof(periods));
        }

        return new(Indicators, Series.Select(s => !Concerned(s) ? s : new Series(s.Indicator, s.Node, s.Observations.Select(o =>
            set.Contains(o.Period) ? o.AsExcluded() : o))), Interventions);
    }

    /// <summary>Checks the references into a plan: the nodes and measures named by indicators, interventions and series.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Every problem, with its path; empty when all references resolve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Problem> ProblemsWith(CompetencePlan plan) => [.. EvaluationRules.AgainstPlan(EvaluationOutline.Of(this), Guard.Against.Null(plan, nameof(plan)))];
}
