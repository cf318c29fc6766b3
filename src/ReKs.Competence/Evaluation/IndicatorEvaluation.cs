using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// The verdict on one indicator at one node: the baseline, the signals against it (which rule fired and where), the new
/// level after a favourable change, the effect estimate, and the comparison with nodes that did not take part.
/// </summary>
/// <remarks>All values are on the chart's scale: proportions and rates as numerator ÷ denominator × the indicator's
/// multiplier; a missing observation is NaN.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class IndicatorEvaluation
{
    internal IndicatorEvaluation(
        Indicator indicator,
        Series series,
        Intervention? intervention,
        ImmutableArray<double> values,
        int baselineCount,
        int baselinePoints,
        int baselineUseful,
        double baselineCentre,
        ImmutableArray<double> lower,
        ImmutableArray<double> upper,
        RunsAnalysis? runs,
        ImmutableArray<ChartSignal> signals,
        ImmutableArray<BaselineWarning> warnings,
        Verdict verdict,
        double? newLevel,
        EffectEstimate? effect,
        EffectEstimate? comparison,
        ImmutableArray<NodeId> comparisonNodes,
        ControlChartResult? movingRanges = null,
        ControlChartResult? standardDeviations = null)
    {
        MovingRanges = movingRanges;
        StandardDeviations = standardDeviations;
        Indicator = indicator;
        Series = series;
        Intervention = intervention;
        Values = values;
        BaselineCount = baselineCount;
        BaselinePoints = baselinePoints;
        BaselineUseful = baselineUseful;
        BaselineCentre = baselineCentre;
        Lower = lower;
        Upper = upper;
        Runs = runs;
        Signals = signals;
        Warnings = warnings;
        Verdict = verdict;
        NewLevel = newLevel;
        Effect = effect;
        Comparison = comparison;
        ComparisonNodes = comparisonNodes;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the series judged.</summary>
    public Series Series { get; }

    /// <summary>Gets the node.</summary>
    public NodeId Node => Series.Node;

    /// <summary>Gets the intervention that split the series, or <see langword="null"/>.</summary>
    public Intervention? Intervention { get; }

    /// <summary>Gets the charted value of each observation (NaN when missing).</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the number of observations in the baseline (the first ones; missing ones included).</summary>
    public int BaselineCount { get; }

    /// <summary>Gets the number of baseline observations with a value.</summary>
    public int BaselinePoints { get; }

    /// <summary>Gets the number of useful baseline observations: with a value and not on the centre line.</summary>
    public int BaselineUseful { get; }

    /// <summary>Gets the lower 3-sigma limit at each point; empty for a run chart or without a verdict; NaN at a point without a limit (a missing point of a P or U chart).</summary>
    public ImmutableArray<double> Lower { get; }

    /// <summary>Gets the upper 3-sigma limit at each point; empty for a run chart or without a verdict; NaN at a point without a limit.</summary>
    public ImmutableArray<double> Upper { get; }

    /// <summary>Gets the runs analysis of the whole series against the frozen centre line, or <see langword="null"/> without a verdict.</summary>
    public RunsAnalysis? Runs { get; }

    /// <summary>Gets the moving-range (MR) chart drawn beside an I chart, with its own centre and limits over the same baseline; <see langword="null"/> for other charts or without a moving range in the baseline.</summary>
    public ControlChartResult? MovingRanges { get; }

    /// <summary>Gets the S chart (subgroup standard deviations) drawn beside an Xbar chart, with its own centre and limits over the same baseline; <see langword="null"/> for other charts or without a baseline subgroup of two measurements or more.</summary>
    public ControlChartResult? StandardDeviations { get; }

    /// <summary>Gets the signals, in the order of their first point.</summary>
    public ImmutableArray<ChartSignal> Signals { get; }

    /// <summary>Gets the warnings about the baseline.</summary>
    public ImmutableArray<BaselineWarning> Warnings { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the new level after the intervention when a signal is in the desired direction: the centre of the phase after it (median for a run chart); otherwise <see langword="null"/>.</summary>
    public double? NewLevel { get; }

    /// <summary>Gets the difference between the points after and before the intervention, with its 95 % interval and Hedges' g; <see langword="null"/> with fewer than two points on either side.</summary>
    public EffectEstimate? Effect { get; }

    /// <summary>Gets the difference in differences against the nodes that did not take part; <see langword="null"/> when there are none with two points on each side.</summary>
    public EffectEstimate? Comparison { get; }

    /// <summary>Gets the nodes that did not take part whose series made <see cref="Comparison"/>.</summary>
    public ImmutableArray<NodeId> ComparisonNodes { get; }

    /// <summary>Gets the baseline's frozen centre line, applied to every point (the median for a run chart, the chart's centre otherwise); NaN without a verdict.</summary>
    public double BaselineCentre { get; }

    /// <inheritdoc/>
    /// <remarks>One line, culture-invariant: for example "legemiddelavvik-per-1000@gjovik: Improvement; 24 points, baseline 12
    /// (centre 4.1); 2 signals; after − before -1.2 [-2.05; -0.35] (-15 %), Hedges' g -0.81, n = 24; against non-participants: …".</remarks>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder()
            .Append($"{Indicator.Id}@{Node}: {Verdict}; {TextSummary.Count(Values.Length, "point")}, baseline {TextSummary.Number(BaselinePoints)}")
            .Append(double.IsNaN(BaselineCentre) ? string.Empty : $" (centre {TextSummary.Number(BaselineCentre)})")
            .Append($"; {TextSummary.Count(Signals.Length, "signal")}");
        if (Intervention is { } intervention)
        {
            text.Append($"; intervention {intervention}");
        }

        if (Effect is { } effect)
        {
            text.Append($"; {effect}");
        }

        if (Comparison is { } comparison)
        {
            text.Append($"; against {TextSummary.Count(ComparisonNodes.Length, "non-participant")}: {comparison}");
        }

        return text.ToString();
    }
}
