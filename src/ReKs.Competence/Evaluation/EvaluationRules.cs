using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>The rules evaluation data keeps: unique identifiers, series of known indicators with values that fit, references into the plan.</summary>
internal static class EvaluationRules
{
    public static List<Problem> Validate(EvaluationData data)
    {
        var problems = new List<Problem>();
        Rules.Unique(data.Indicators, i => i.Id, ProblemPath.Root.Then("indicators"), "indicator", problems);
        Rules.Unique(data.Interventions, i => i.Id, ProblemPath.Root.Then("interventions"), "intervention", problems);
        var indicators = data.Indicators.Where(i => i is not null).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var seen = new Dictionary<(IndicatorId, NodeId), int>();
        for (var i = 0; i < data.Indicators.Length; i++)
        {
            if (data.Indicators[i] is { } indicator)
            {
                Distinct(indicator.Measures, ProblemPath.Root.Then("indicators", i, "measures"), "measure", problems);
                Distinct(indicator.Nodes, ProblemPath.Root.Then("indicators", i, "nodes"), "node", problems);
            }
        }

        for (var i = 0; i < data.Interventions.Length; i++)
        {
            if (data.Interventions[i] is { } intervention)
            {
                Distinct(intervention.Nodes, ProblemPath.Root.Then("interventions", i, "nodes"), "node", problems);
            }
        }

        for (var s = 0; s < data.Series.Length; s++)
        {
            var series = data.Series[s];
            var at = ProblemPath.Root.Then("series", s);
            if (series is null)
            {
                problems.Add(new Problem(at, ProblemKind.Missing, "a series must not be null"));
                continue;
            }

            if (!seen.TryAdd((series.Indicator, series.Node), s))
            {
                problems.Add(new Problem(at, ProblemKind.Duplicate, $"indicator '{series.Indicator}' at node '{series.Node}' has a series already (at $.series[{seen[(series.Indicator, series.Node)]}])"));
            }

            if (!indicators.TryGetValue(series.Indicator, out var indicator))
            {
                problems.Add(new Problem(at.Then("indicator"), ProblemKind.UnknownReference, $"indicator '{series.Indicator}' is not defined in $.indicators"));
                continue;
            }

            if (!indicator.Nodes.IsEmpty && !indicator.Nodes.Contains(series.Node))
            {
                problems.Add(new Problem(at.Then("node"), ProblemKind.InvalidValue, $"node '{series.Node}' is not one of the nodes indicator '{indicator.Id}' concerns"));
            }

            for (var j = 0; j < series.Observations.Length; j++)
            {
                CheckValue(indicator, series.Observations[j], at.Then("observations", j), problems);
            }
        }

        return problems;
    }

    /// <summary>The largest magnitude of a charted value: far beyond any measurement, far below where sums and squares overflow.</summary>
    internal const double MaxMagnitude = 1e100;

    public static void CheckValue(Indicator indicator, Observation o, ProblemPath at, List<Problem> problems)
    {
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

        if (indicator.Kind != IndicatorKind.Measured && v < 0)
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

    public static List<Problem> AgainstPlan(EvaluationData data, CompetencePlan plan)
    {
        var problems = new List<Problem>();
        var measures = plan.Measures.Select(m => m.Id).ToHashSet();
        void Node(NodeId id, ProblemPath path)
        {
            if (!plan.Organisation.Contains(id))
            {
                problems.Add(new Problem(path, ProblemKind.UnknownReference, $"node '{id}' is not in the plan's organisation"));
            }
        }

        void Measure(MeasureId id, ProblemPath path)
        {
            if (!measures.Contains(id))
            {
                problems.Add(new Problem(path, ProblemKind.UnknownReference, $"measure '{id}' is not in the plan's measures"));
            }
        }

        for (var i = 0; i < data.Indicators.Length; i++)
        {
            var indicator = data.Indicators[i];
            for (var j = 0; j < indicator.Measures.Length; j++)
            {
                Measure(indicator.Measures[j], ProblemPath.Root.Then("indicators", i, "measures", j));
            }

            for (var j = 0; j < indicator.Nodes.Length; j++)
            {
                Node(indicator.Nodes[j], ProblemPath.Root.Then("indicators", i, "nodes", j));
            }
        }

        for (var i = 0; i < data.Interventions.Length; i++)
        {
            var intervention = data.Interventions[i];
            if (intervention.Measure is { } m)
            {
                Measure(m, ProblemPath.Root.Then("interventions", i, "measure"));
            }

            for (var j = 0; j < intervention.Nodes.Length; j++)
            {
                Node(intervention.Nodes[j], ProblemPath.Root.Then("interventions", i, "nodes", j));
            }
        }

        for (var s = 0; s < data.Series.Length; s++)
        {
            Node(data.Series[s].Node, ProblemPath.Root.Then("series", s, "node"));
        }

        return problems;
    }

    private static void Distinct<T>(IReadOnlyList<T> items, ProblemPath path, string what, List<Problem> problems)
        where T : notnull
    {
        var first = new Dictionary<T, int>();
        for (var i = 0; i < items.Count; i++)
        {
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
        _ => throw new System.Diagnostics.UnreachableException($"Indicator kind {indicator.Kind} is not handled."),
    };
}
