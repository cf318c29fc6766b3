namespace ReKs.Competence.Evaluation;

/// <summary>The effect of an intervention: the difference of means with its confidence interval, the relative change and Hedges' g.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EffectEstimate
{
    internal EffectEstimate(double baselineMean, double difference, ConfidenceInterval interval, double relativeChange, double hedgesG, double degreesOfFreedom)
    {
        BaselineMean = baselineMean;
        Difference = difference;
        Interval = interval;
        RelativeChange = relativeChange;
        HedgesG = hedgesG;
        DegreesOfFreedom = degreesOfFreedom;
    }

    /// <summary>Gets the mean of the baseline (before) values.</summary>
    public double BaselineMean { get; }

    /// <summary>Gets the estimated difference (after − before, or the difference in differences).</summary>
    public double Difference { get; }

    /// <summary>Gets the confidence interval of the difference (Student t).</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Gets the difference relative to the baseline mean; NaN when that mean is 0.</summary>
    public double RelativeChange { get; }

    /// <summary>Gets Hedges' g: the standardised difference times the exact small-sample correction J(df); NaN when the spread is 0.</summary>
    public double HedgesG { get; }

    /// <summary>Gets the degrees of freedom of the t interval and of J.</summary>
    public double DegreesOfFreedom { get; }
}
