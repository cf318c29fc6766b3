namespace ReKs.Competence.Evaluation;

/// <summary>The effect of an intervention: the difference of means with its confidence interval, the relative change, and Hedges' g with its interval, for a stated design.</summary>
/// <remarks>The interval of g is the large-sample normal approximation (Hedges &amp; Olkin 1985; Borenstein et al. 2009,
/// Introduction to Meta-Analysis, ch. 4): V(d) = Σ 1/n_i + d²/(2 Σ n_i) with d = g / J, V(g) = J² V(d), g ± z √V(g). For a
/// paired design V(d_z) = 1/n + d_z²/(2n).</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EffectEstimate
{
    internal EffectEstimate(EffectDesign design, double baselineMean, double difference, ConfidenceInterval interval, double relativeChange, double hedgesG, ConfidenceInterval? hedgesGInterval, double degreesOfFreedom, int count)
    {
        Design = design;
        HedgesGInterval = hedgesGInterval;
        Count = count;
        BaselineMean = baselineMean;
        Difference = difference;
        Interval = interval;
        RelativeChange = relativeChange;
        HedgesG = hedgesG;
        DegreesOfFreedom = degreesOfFreedom;
    }

    /// <summary>Gets the design: independent groups, paired measurements, or difference in differences.</summary>
    public EffectDesign Design { get; }

    /// <summary>Gets the number of values behind the estimate (pairs for a paired design).</summary>
    public int Count { get; }

    /// <summary>Gets the confidence interval of Hedges' g (normal approximation, same confidence level as <see cref="Interval"/>); <see langword="null"/> when g is NaN.</summary>
    public ConfidenceInterval? HedgesGInterval { get; }

    /// <summary>Gets the mean of the baseline (before) values.</summary>
    public double BaselineMean { get; }

    /// <summary>Gets the estimated difference (after − before, or the difference in differences).</summary>
    public double Difference { get; }

    /// <summary>Gets the confidence interval of the difference (Student t).</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Gets the difference relative to the baseline mean; NaN when that mean is 0.</summary>
    public double RelativeChange { get; }

    /// <summary>Gets Hedges' g: the standardised difference times the exact small-sample correction J(df); NaN when the spread is 0. For a paired design the difference is standardised by the SD of the differences (g_z), which is not comparable with an independent-groups g.</summary>
    public double HedgesG { get; }

    /// <summary>Gets the degrees of freedom of the t interval and of J.</summary>
    public double DegreesOfFreedom { get; }

    /// <summary>Summarises the estimate on one line: the design, the difference with its interval, the relative change and Hedges' g.</summary>
    /// <returns>For example "difference in differences -1.2 [-2.05; -0.35] (-15 %), Hedges' g -0.81, n = 24".</returns>
    public override string ToString()
    {
        var design = Design switch
        {
            EffectDesign.Paired => "paired difference",
            EffectDesign.DifferenceInDifferences => "difference in differences",
            _ => "after − before",
        };
        var relative = double.IsFinite(RelativeChange) ? $" ({TextSummary.Number(Math.Round(RelativeChange * 100, 1))} %)" : string.Empty;
        return $"{design} {TextSummary.Number(Difference)} [{TextSummary.Number(Interval.Lower)}; {TextSummary.Number(Interval.Upper)}]{relative}, Hedges' g {TextSummary.Number(HedgesG)}, n = {TextSummary.Number(Count)}";
    }
}
