using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// The rules evaluation data keeps, written once: unique identifiers, series of known indicators at their nodes with values
/// that fit the indicator, and references into a plan. They run on an outline of the data, built from data in code or from
/// an evaluation document (whose elements may have problems of their own), and report every problem.
/// </summary>
internal static class EvaluationRules
{
    public static List<Problem> Validate(EvaluationOutline data)
    {
        var problems = new List<Problem>();
        var root = ProblemPath.Root;
        Rules.Unique(data.Indicators, i => i!.Id, root.Then("indicators"), "indicator", problems);
        Rules.Unique(data.Interventions, i => i!.Id!, root.Then("interventions"), "intervention", problems);
        var indicators = new Dictionary<IndicatorId, IndicatorOutline>();
        for (var i = 0; i < data.Indicators.Count; i++)
        {
            if (data.Indicators[i] is { } indicator)
            {
                indicators.TryAdd(indicator.Id, indicator);
                Distinct(indicator.Measures, root.Then("indicators", i, "measures"), "measure", problems);
                Distinct(indicator.Nodes, root.Then("indicators", i, "nodes"), "node", problems);
            }
        }

        for (var i = 0; i < data.Interventions.Count; i++)
        {
            if (data.Interventions[i] is { } intervention)
            {
                Distinct(intervention.Nodes, root.Then("interventions", i, "nodes"), "node", problems);
            }
        }

        var seen = new Dictionary<(IndicatorId, NodeId), int>();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var series = data.Series[s];
            var at = root.Then("series", s);
            if (series is null)
            {
                problems.Add(new Problem(at, ProblemKind.Missing, "a series must not be null"));
                continue;
            }

            if (series.Indicator == default)
            {
                continue; // an invalid identifier, reported where it was read
            }

            if (series.Node != default && !seen.TryAdd((series.Indicator, series.Node), s))
            {
                problems.Add(new Problem(at, ProblemKind.Duplicate, $"indicator '{series.Indicator}' at node '{series.Node}' has a series already (at {root.Then("series", seen[(series.Indicator, series.Node)])})"));
            }

            if (!indicators.TryGetValue(series.Indicator, out var indicator))
            {
                problems.Add(new Problem(at.Then("indicator"), ProblemKind.UnknownReference, $"indicator '{series.Indicator}' is not defined in $.indicators"));
                continue;
            }

            if (series.Node != default && indicator.Nodes.Count > 0 && !indicator.Nodes.Contains(series.Node))
            {
                problems.Add(new Problem(at.Then("node"), ProblemKind.InvalidValue, $"node '{series.Node}' is not one of the nodes indicator '{indicator.Id}' concerns"));
            }

            if (indicator.Value is { } known)
            {
                foreach (var (position, observation) in series.Observations)
                {
                    CheckValue(known, observation, at.Then("observations", position), problems);
                }
            }
        }

        return problems;
    }

    /// <summary>Reports a node that the plan's organisation does not have: the one wording for every reference into the plan.</summary>
    internal static bool NodeInPlan(CompetencePlan plan, NodeId id, ProblemPath at, List<Problem> problems)
    {
        if (id == default || plan.Organisation.Contains(id))
        {
            return true;
        }

        problems.Add(new Problem(at, ProblemKind.UnknownReference, $"node '{id}' is not in the plan's organisation"));
        return false;
    }

    /// <summary>The largest magnitude of a charted value: far beyond any measurement, far below where sums and squares overflow.</summary>
    internal const double MaxMagnitude = 1e100;

    public static void CheckValue(Indicator indicator, Observation o, ProblemPath at, List<Problem> problems)
    {
        // A subgrouped indicator charts the mean and spread of several measurements per period (Xbar and S): a single
        // value would have no spread, and measurements under another kind would be silently averaged.
        if (indicator.Kind == IndicatorKind.Subgrouped && !o.IsSubgroup && o.Value is not null)
        {
            problems.Add(new Problem(at.Then("value"), ProblemKind.InvalidValue, "a subgrouped measurement lists the period's measurements as \"values\": [ … ], not one value"));
            return;
        }

        if (indicator.Kind != IndicatorKind.Subgrouped && o.IsSubgroup)
        {
            problems.Add(new Problem(at.Then("values"), ProblemKind.InvalidValue, $"a {Kind(indicator)} has one value per period; only a subgrouped indicator has \"values\""));
            return;
        }

        for (var k = 0; k < o.Measurements.Length; k++)
        {
            if (!(Math.Abs(o.Measurements[k]) <= MaxMagnitude))
            {
                problems.Add(new Problem(at.Then("values", k), ProblemKind.InvalidValue, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the measurement {o.Measurements[k]:G6} is beyond ±{MaxMagnitude:G3}, too large to compute with")));
            }
        }

        if (o.Value is not { } v)
        {
            if (o.Denominator is not null && !indicator.HasDenominator)
            {
                problems.Add(new Problem(at.Then("denominator"), ProblemKind.InvalidValue, $"a {Kind(indicator)} has no denominator"));
            }

            return;
        }

        if (indicator.HasDenominator && o.Denominator is null)
        {
            problems.Add(new Problem(at.Then("denominator"), ProblemKind.Missing, $"a {Kind(indicator)} needs a denominator with its value"));
        }
        else if (!indicator.HasDenominator && o.Denominator is not null)
        {
            problems.Add(new Problem(at.Then("denominator"), ProblemKind.InvalidValue, $"a {Kind(indicator)} has no denominator"));
        }

        if (indicator.Kind is not (IndicatorKind.Measured or IndicatorKind.Subgrouped) && v < 0)
        {
            problems.Add(new Problem(at.Then("value"), ProblemKind.InvalidValue, $"a {Kind(indicator)} is not negative; found {v}"));
        }

        if (indicator.Kind == IndicatorKind.TimeBetweenEvents && v == 0)
        {
            problems.Add(new Problem(at.Then("value"), ProblemKind.InvalidValue, $"a {Kind(indicator)} is above 0 (a T chart takes the 3.6th root); found {v}"));
        }

        if (indicator.Kind == IndicatorKind.OpportunitiesBetweenEvents && Math.Floor(v) != v)
        {
            problems.Add(new Problem(at.Then("value"), ProblemKind.InvalidValue, $"a {Kind(indicator)} is a whole number; found {v}"));
        }

        if (indicator.Kind == IndicatorKind.Proportion && o.Denominator is { } d && v > d)
        {
            problems.Add(new Problem(at.Then("value"), ProblemKind.InvalidValue, $"the numerator {v} is larger than the denominator {d}"));
        }

        // What is charted must stay a number through sums and squares (centre lines, limits, effects): a rate over a
        // denominator of 1e-306 is +∞, and values near 1e308 overflow when summed.
        var charted = indicator.HasDenominator && o.Denominator is { } den ? v / den * indicator.Multiplier : v;
        if (!(Math.Abs(charted) <= MaxMagnitude))
        {
            problems.Add(new Problem(at.Then(indicator.HasDenominator ? "denominator" : "value"), ProblemKind.InvalidValue, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the charted value {charted:G6} is beyond ±{MaxMagnitude:G3}, too large to compute with")));
        }
    }

    public static List<Problem> AgainstPlan(EvaluationOutline data, CompetencePlan plan)
    {
        var problems = new List<Problem>();
        var root = ProblemPath.Root;
        var measures = plan.Measures.Select(m => m.Id).ToHashSet();
        void Node(NodeId id, ProblemPath at) => NodeInPlan(plan, id, at, problems);

        void Measure(MeasureId id, ProblemPath at)
        {
            if (id != default && !measures.Contains(id))
            {
                problems.Add(new Problem(at, ProblemKind.UnknownReference, $"measure '{id}' is not in the plan's measures"));
            }
        }

        for (var i = 0; i < data.Indicators.Count; i++)
        {
            if (data.Indicators[i] is not { } indicator)
            {
                continue;
            }

            for (var j = 0; j < indicator.Measures.Count; j++)
            {
                Measure(indicator.Measures[j], root.Then("indicators", i, "measures", j));
            }

            for (var j = 0; j < indicator.Nodes.Count; j++)
            {
                Node(indicator.Nodes[j], root.Then("indicators", i, "nodes", j));
            }
        }

        for (var i = 0; i < data.Interventions.Count; i++)
        {
            if (data.Interventions[i] is not { } intervention)
            {
                continue;
            }

            if (intervention.Measure is { } m)
            {
                Measure(m, root.Then("interventions", i, "measure"));
            }

            for (var j = 0; j < intervention.Nodes.Count; j++)
            {
                Node(intervention.Nodes[j], root.Then("interventions", i, "nodes", j));
            }
        }

        for (var s = 0; s < data.Series.Count; s++)
        {
            if (data.Series[s] is { } series)
            {
                Node(series.Node, root.Then("series", s, "node"));
            }
        }

        return problems;
    }

    private static void Distinct<T>(IReadOnlyList<T> items, ProblemPath path, string what, List<Problem> problems)
        where T : notnull
    {
        var first = new Dictionary<T, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(items[i], default!))
            {
                continue; // an invalid identifier, reported where it was read
            }

            if (!first.TryAdd(items[i], i))
            {
                problems.Add(new Problem(path.Then(i), ProblemKind.Duplicate, $"{what} '{items[i]}' is listed twice (first at {path}[{first[items[i]]}])"));
            }
        }
    }

    private static string Kind(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKind.Measured => "measured value",
        IndicatorKind.Proportion => "proportion",
        IndicatorKind.Rate => "rate",
        IndicatorKind.Count => "count",
        IndicatorKind.TimeBetweenEvents => "time between events",
        IndicatorKind.OpportunitiesBetweenEvents => "number of opportunities between events",
        IndicatorKind.Subgrouped => "subgrouped measurement",
        _ => throw new System.Diagnostics.UnreachableException($"Indicator kind {indicator.Kind} is not handled."),
    };
}

/// <summary>What the evaluation rules look at, by position. A <see langword="null"/> element is a null passed in code; an
/// identifier that is <c>default</c> is one a document wrote invalidly (reported where it was read) and matches nothing.</summary>
internal sealed record EvaluationOutline(IReadOnlyList<IndicatorOutline?> Indicators, IReadOnlyList<InterventionOutline?> Interventions, IReadOnlyList<SeriesOutline?> Series)
{
    public static EvaluationOutline Of(EvaluationData data) => new(
        [.. data.Indicators.Select(i => i is null ? null : new IndicatorOutline(i.Id, i, i.Measures, i.Nodes))],
        [.. data.Interventions.Select(i => i is null ? null : new InterventionOutline(i.Id, i.Measure, i.Nodes))],
        [.. data.Series.Select(s => s is null ? null : new SeriesOutline(s.Indicator, s.Node, [.. s.Observations.Select((o, j) => (j, o))]))]);
}

/// <summary>An indicator's identifier and references, and the indicator itself when its own fields are sound (its kind
/// decides which values fit).</summary>
internal sealed record IndicatorOutline(IndicatorId Id, Indicator? Value, IReadOnlyList<MeasureId> Measures, IReadOnlyList<NodeId> Nodes);

/// <summary>An intervention's identifier and references.</summary>
internal sealed record InterventionOutline(string? Id, MeasureId? Measure, IReadOnlyList<NodeId> Nodes);

/// <summary>A series' indicator and node, and the observations that could be read, with their positions.</summary>
internal sealed record SeriesOutline(IndicatorId Indicator, NodeId Node, IReadOnlyList<(int Position, Observation Observation)> Observations);
