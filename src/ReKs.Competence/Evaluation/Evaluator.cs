using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// Judges whether an indicator changed after an intervention, the way improvement teams reason with qicharts2: a frozen
/// baseline from the points before the intervention, the Anhøj runs analysis and the 3-sigma test over the whole series
/// against it, and — when a signal is in the desired direction — a phase split at the intervention for the new level.
/// </summary>
/// <remarks>
/// <para>The baseline is the observations whose period starts before the intervention date; without an intervention, the
/// first <c>baselinePoints</c> observations (or the whole series). Improvement practice asks for at least 12 baseline
/// points and 10 useful ones; fewer give a <see cref="BaselineWarning"/>, not a refusal.</para>
/// <para>The verdict reads only signals that reach past the baseline; a signal wholly inside it warns that the process
/// was unstable before (<see cref="BaselineWarning.UnstableBaseline"/>). A crossings signal takes the side of the longest
/// run, and counts as past the baseline only when that run reaches past it (too few crossings caused by a long run
/// inside the baseline is the baseline's instability, not an effect). The effect compares the charted values after with those before (independent groups, pooled t interval, Hedges'
/// g); the comparison subtracts the same difference at nodes that did not take part (difference in differences).</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class Evaluator
{
    /// <summary>Evaluates one indicator's series.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="series">Its series at one node.</param>
    /// <param name="intervention">The intervention that splits the series, or <see langword="null"/>.</param>
    /// <param name="baselinePoints">Without an intervention, the number of first observations that make the baseline; all when <see langword="null"/>. Ignored with an intervention.</param>
    /// <param name="comparisons">Series of the same indicator at nodes that did not take part, for the difference in differences.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A series is of another indicator, or its values do not fit the indicator's kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baselinePoints"/> is below 1 or above the series' length.</exception>
    public static IndicatorEvaluation Evaluate(Indicator indicator, Series series, Intervention? intervention = null, int? baselinePoints = null, IEnumerable<Series>? comparisons = null)
    {
        Guard.Against.Null(indicator, nameof(indicator));
        Guard.Against.Null(series, nameof(series));
        var controls = comparisons?.ToList() ?? [];
        foreach (var s in controls.Prepend(series))
        {
            Check(indicator, s);
        }

        var pool = intervention is null ? null : Pool(indicator, controls, intervention);
        return Core(indicator, series, intervention, baselinePoints, pool);
    }

    private static IndicatorEvaluation Core(Indicator indicator, Series series, Intervention? intervention, int? baselinePoints, ComparisonPool? pool)
    {
        var n = series.Observations.Length;
        if (baselinePoints is { } bp)
        {
            Guard.Against.OutOfRange(bp, nameof(baselinePoints), 1, Math.Max(1, n));
        }

        var values = Charted(indicator, series);
        var b = intervention is { } iv ? series.Observations.Count(o => o.Period.Start < iv.Date) : baselinePoints ?? n;
        var warnings = new List<BaselineWarning>();
        if (intervention is null)
        {
            warnings.Add(BaselineWarning.NoIntervention);
        }

        var included = Included(values, series);
        var basePresent = Enumerable.Range(0, b).Count(i => !double.IsNaN(included[i]));
        var afterPresent = Enumerable.Range(b, n - b).Count(i => !double.IsNaN(included[i]));
        if (basePresent < 12)
        {
            warnings.Add(BaselineWarning.FewPoints);
        }

        if (intervention is not null && afterPresent == 0)
        {
            warnings.Add(BaselineWarning.NoPointsAfter);
        }

        var comparisonNodes = pool?.Nodes ?? [];
        if (basePresent < 2 || (intervention is not null && afterPresent == 0))
        {
            warnings.Add(BaselineWarning.FewUseful);
            return new IndicatorEvaluation(indicator, series, intervention, values, b, basePresent, 0, double.NaN, [], [], null, [], [.. warnings.Distinct()], Verdict.InsufficientData, null, null, null, comparisonNodes);
        }

        var (numerators, denominators) = Raw(indicator, series);
        var kind = indicator.ChartKind;
        var exclude = Enumerable.Range(0, n).Where(i => series.Observations[i].IsExcluded).Select(i => i + 1).ToList();
        var chart = Chart(kind, series, values, numerators, denominators, new ChartOptions(freeze: b, exclude: exclude, multiply: Multiplier(indicator)));
        var phase = chart.Phases[0];
        var (centre, runs) = (phase.Centre, phase.Runs);
        ImmutableArray<double> lower = kind == ChartKind.Run ? [] : phase.Lower, upper = kind == ChartKind.Run ? [] : phase.Upper;
        var sigma = chart.SigmaSignals.ToList();
        // The MR chart beside an I chart, when the baseline has a moving range to centre it on.
        var movingRanges = kind == ChartKind.Individuals && Enumerable.Range(1, b - 1).Any(i => !double.IsNaN(values[i]) && !double.IsNaN(values[i - 1]) && !exclude.Contains(i + 1))
            ? ControlChart.Compute(ChartKind.MovingRange, values, null, new ChartOptions(freeze: b, exclude: exclude))
            : null;
        // The S chart beside an Xbar chart, when the baseline has a subgroup with a standard deviation to centre it on.
        var deviations = kind == ChartKind.SubgroupMean && Enumerable.Range(0, b).Any(i => series.Observations[i].Measurements.Length >= 2 && !exclude.Contains(i + 1))
            ? ControlChart.ComputeSubgroups(ChartKind.SubgroupStandardDeviation, Subgroups(series), new ChartOptions(freeze: b, exclude: exclude))
            : null;

        var useful = included.Take(b).Count(v => !double.IsNaN(v) && v != centre);
        if (useful < 10)
        {
            warnings.Add(BaselineWarning.FewUseful);
        }

        var signals = Signals(indicator, series, values, included, centre, runs, sigma, lower, upper, b);
        if (signals.Any(s => !s.IsPastBaseline))
        {
            warnings.Add(BaselineWarning.UnstableBaseline);
        }

        var past = signals.Where(s => s.IsPastBaseline).ToList();
        var verdict = (past.Any(s => s.IsFavourable == true), past.Any(s => s.IsFavourable == false)) switch
        {
            (true, true) => Verdict.Mixed,
            (true, false) => Verdict.Improvement,
            (false, true) => Verdict.Deterioration,
            _ => Verdict.NoSignal,
        };

        double? newLevel = null;
        if (intervention is not null && past.Any(s => s.IsFavourable == true))
        {
            newLevel = Chart(kind, series, values, numerators, denominators, new ChartOptions(phaseBreaks: [b], exclude: exclude, multiply: Multiplier(indicator))).Phases[1].Centre;
        }

        EffectEstimate? effect = null, comparison = null;
        if (intervention is not null)
        {
            var (before, after) = Split(included, b);
            if (before.Count >= 2 && after.Count >= 2)
            {
                effect = Effects.Compare(before, after);
                if (pool is { Before.Count: >= 2, After.Count: >= 2 })
                {
                    comparison = Effects.DifferenceInDifferences(before, after, pool.Before, pool.After);
                }
            }
        }

        return new IndicatorEvaluation(
            indicator, series, intervention, values, b, basePresent, useful, centre, lower, upper, runs,
            signals, [.. warnings.Distinct()], verdict, newLevel, effect, comparison, comparison is null ? [] : comparisonNodes, movingRanges, deviations);
    }

    /// <summary>Evaluates an indicator at every node with a series (or one node), each against its own intervention and the nodes that did not take part in it.</summary>
    /// <param name="data">The evaluation data.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="organisation">The organisation, so an intervention at a municipality covers its units; <see langword="null"/> to match nodes exactly.</param>
    /// <param name="node">One node only, or <see langword="null"/> for all.</param>
    /// <param name="baselinePoints">For a series without an intervention, the number of first observations that make the frozen baseline; all when <see langword="null"/>.</param>
    /// <returns>The evaluations, in the order of the series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The indicator is not in the data.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baselinePoints"/> is below 1 or above the length of a series without an intervention.</exception>
    public static ImmutableArray<IndicatorEvaluation> EvaluateAll(EvaluationData data, IndicatorId indicator, Organisation? organisation = null, NodeId? node = null, int? baselinePoints = null)
    {
        Guard.Against.Null(data, nameof(data));
        var ind = data.FindIndicator(indicator) ?? throw new ArgumentException($"Indicator '{indicator}' is not in the data.", nameof(indicator));
        var all = data.SeriesOf(indicator);
        // The data was checked when it was built, and every participant of one intervention has the same comparison:
        // pool the non-participants once per intervention instead of once per series.
        var pools = new Dictionary<string, ComparisonPool>(StringComparer.Ordinal);
        return [.. all.Where(s => node is not { } only || s.Node == only).Select(s =>
        {
            var iv = data.InterventionFor(ind, s.Node, organisation);
            ComparisonPool? pool = null;
            if (iv is not null)
            {
                if (!pools.TryGetValue(iv.Id, out pool))
                {
                    pool = Pool(ind, all.Where(c => !EvaluationData.TookPart(iv, c.Node, organisation)), iv);
                    pools.Add(iv.Id, pool);
                }
            }

            return Core(ind, s, iv, iv is null ? baselinePoints : null, pool);
        })];
    }

    /// <summary>Gets the charted values of a series: numerator ÷ denominator × multiplier for proportions and rates, the value otherwise; NaN when missing.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="series">The series.</param>
    /// <returns>One value per observation.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<double> Charted(Indicator indicator, Series series)
    {
        Guard.Against.Null(indicator, nameof(indicator));
        Guard.Against.Null(series, nameof(series));
        return [.. series.Observations.Select(o => o.Value is not { } v ? double.NaN
            : indicator.HasDenominator && o.Denominator is { } d ? v / d * indicator.Multiplier
            : v)];
    }

    private static ComparisonPool Pool(Indicator indicator, IEnumerable<Series> controls, Intervention intervention)
    {
        var (before, after, nodes) = (new List<double>(), new List<double>(), ImmutableArray.CreateBuilder<NodeId>());
        foreach (var c in controls)
        {
            var (b, a) = Split(Included(Charted(indicator, c), c), c.Observations.Count(o => o.Period.Start < intervention.Date));
            before.AddRange(b);
            after.AddRange(a);
            nodes.Add(c.Node);
        }

        return new ComparisonPool(before, after, nodes.ToImmutable());
    }

    // A missing value or denominator is NaN: the point has no centre contribution and (for P and U) no limits; never a
    // denominator of 1, which would put the limits of a rate per 1 000 far off the chart.
    private static (double[] Numerators, double[]? Denominators) Raw(Indicator indicator, Series series) =>
        ([.. series.Observations.Select(o => o.Value ?? double.NaN)],
         indicator.HasDenominator ? [.. series.Observations.Select(o => o.Value is null ? double.NaN : o.Denominator ?? double.NaN)] : null);

    /// <summary>The chart of an indicator's series: a run chart of the charted values, the Xbar chart of its subgroups, or the control chart of the raw numerators and denominators.</summary>
    private static ControlChartResult Chart(ChartKind kind, Series series, ImmutableArray<double> charted, double[] numerators, double[]? denominators, ChartOptions options) =>
        kind == ChartKind.Run ? ControlChart.Compute(kind, charted, null, new ChartOptions(options.Freeze, options.PhaseBreaks, options.Exclude))
        : kind == ChartKind.SubgroupMean ? ControlChart.ComputeSubgroups(kind, Subgroups(series), options)
        : ControlChart.Compute(kind, numerators, denominators, options);

    /// <summary>The measurements of each observation of a subgrouped series; a missing subgroup has none.</summary>
    private static IReadOnlyList<double>[] Subgroups(Series series) => [.. series.Observations.Select(o => (IReadOnlyList<double>)o.Measurements)];

    private static double Multiplier(Indicator indicator) => indicator.HasDenominator ? indicator.Multiplier : 1;

    private static ImmutableArray<double> Included(ImmutableArray<double> values, Series series) =>
        [.. values.Select((v, i) => series.Observations[i].IsExcluded ? double.NaN : v)];

    private static (List<double> Before, List<double> After) Split(IReadOnlyList<double> values, int b) =>
        ([.. values.Take(b).Where(v => !double.IsNaN(v))], [.. values.Skip(b).Where(v => !double.IsNaN(v))]);

    private static void Check(Indicator indicator, Series series)
    {
        if (series.Indicator != indicator.Id)
        {
            throw new ArgumentException($"Series {series} is of indicator '{series.Indicator}', not '{indicator.Id}'.", nameof(series));
        }

        var problems = new List<Problem>();
        for (var j = 0; j < series.Observations.Length; j++)
        {
            EvaluationRules.CheckValue(indicator, series.Observations[j], ProblemPath.Of(series.ToString()).Then("observations", j), problems);
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }
    }

    private static ImmutableArray<ChartSignal> Signals(Indicator indicator, Series series, ImmutableArray<double> y, ImmutableArray<double> included, double centre, RunsAnalysis runs, List<int> sigma, ImmutableArray<double> lower, ImmutableArray<double> upper, int b)
    {
        var signals = new List<ChartSignal>();
        var periods = series.Observations.Select(o => o.Period).ToArray();
        bool? Favourable(SignalSide? side) => side is { } s ? indicator.IsBetter(s == SignalSide.Above ? 1 : -1) : null;
        ChartSignal Make(SignalRule rule, int from, int to, int length, double limit, SignalSide? side, bool? pastBaseline = null) =>
            new(rule, from + 1, to + 1, periods[from], periods[to], length, limit, side, Favourable(side), pastBaseline ?? to >= b);

        var useful = Enumerable.Range(0, y.Length).Where(i => !double.IsNaN(included[i]) && included[i] != centre).ToList();
        var spans = new List<(int From, int To, int Length, SignalSide Side)>();
        for (var k = 0; k < useful.Count;)
        {
            var above = y[useful[k]] > centre;
            var end = k;
            while (end + 1 < useful.Count && y[useful[end + 1]] > centre == above)
            {
                end++;
            }

            spans.Add((useful[k], useful[end], end - k + 1, above ? SignalSide.Above : SignalSide.Below));
            k = end + 1;
        }

        if (runs.LongRunSignal)
        {
            signals.AddRange(spans.Where(s => s.Length > runs.LongestRunMax).Select(s => Make(SignalRule.LongRun, s.From, s.To, s.Length, runs.LongestRunMax!.Value, s.Side)));
        }

        if (runs.FewCrossingsSignal)
        {
            var longest = spans.OrderByDescending(s => s.Length).ThenByDescending(s => s.To).First();
            signals.Add(Make(SignalRule.FewCrossings, useful[0], useful[^1], runs.Crossings!.Value, runs.CrossingsMin!.Value, longest.Side, longest.To >= b));
        }

        foreach (var p in sigma)
        {
            var i = p - 1;
            var side = y[i] > centre ? SignalSide.Above : SignalSide.Below;
            signals.Add(Make(SignalRule.OutsideLimits, i, i, 1, side == SignalSide.Above ? upper[i] : lower[i], side));
        }

        return [.. signals.OrderBy(s => s.From).ThenBy(s => s.Rule)];
    }

    private sealed record ComparisonPool(List<double> Before, List<double> After, ImmutableArray<NodeId> Nodes);
}
