namespace ReKs.Competence.Evaluation;

/// <summary>Effect estimates for before/after comparisons and the Wilson score interval for shares.</summary>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class Effects
{
    /// <summary>Hedges' exact small-sample correction J(df) = Γ(df/2) / (sqrt(df/2) · Γ((df − 1)/2)) (Hedges 1981).</summary>
    /// <param name="degreesOfFreedom">The degrees of freedom, above 1.</param>
    /// <returns>J, between 0 and 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreesOfFreedom"/> is not above 1 and finite.</exception>
    public static double HedgesCorrection(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 1 && double.IsFinite(degreesOfFreedom)))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "The degrees of freedom must be above 1.");
        }

        return Math.Exp(Distributions.LogGamma(degreesOfFreedom / 2) - (0.5 * Math.Log(degreesOfFreedom / 2)) - Distributions.LogGamma((degreesOfFreedom - 1) / 2));
    }

    /// <summary>Compares two independent groups (before and after): difference of means, pooled-variance t interval, Hedges' g.</summary>
    /// <param name="before">The baseline values, at least two.</param>
    /// <param name="after">The values after the intervention, at least two.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list has fewer than two values.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static EffectEstimate Compare(IReadOnlyList<double> before, IReadOnlyList<double> after, double confidence = 0.95)
    {
        var (m0, v0, n0) = Moments(before, nameof(before));
        var (m1, v1, n1) = Moments(after, nameof(after));
        var df = n0 + n1 - 2.0;
        var pooled = Math.Sqrt((((n0 - 1) * v0) + ((n1 - 1) * v1)) / df);
        return Estimate(EffectDesign.Independent, m0, m1 - m0, pooled, pooled * Math.Sqrt((1.0 / n0) + (1.0 / n1)), df, confidence, [n0, n1]);
    }

    /// <summary>Compares paired measurements of the same people before and after: the mean difference, its t interval and Hedges' g of the differences.</summary>
    /// <param name="before">The baseline values.</param>
    /// <param name="after">The values after, in the same order and of the same count (at least three).</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The counts differ or are below three.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static EffectEstimate ComparePaired(IReadOnlyList<double> before, IReadOnlyList<double> after, double confidence = 0.95)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        if (before.Count != after.Count || before.Count < 3)
        {
            throw new ArgumentException("Paired comparison needs the same count (at least three) before and after.", nameof(after));
        }

        var differences = before.Select((b, i) => after[i] - b).ToArray();
        var (md, vd, n) = Moments(differences, nameof(after));
        var sd = Math.Sqrt(vd);
        return Estimate(EffectDesign.Paired, before.Average(), md, sd, sd / Math.Sqrt(n), n - 1.0, confidence, [n]);
    }

    /// <summary>Difference in differences: (treated after − treated before) − (control after − control before), pooled-variance t interval and Hedges' g.</summary>
    /// <param name="treatedBefore">Baseline values of the units that took part.</param>
    /// <param name="treatedAfter">Values after, of the units that took part.</param>
    /// <param name="controlBefore">Baseline values of the units that did not take part.</param>
    /// <param name="controlAfter">Values after, of the units that did not take part.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The estimate; the relative change is against the treated baseline mean.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list has fewer than two values.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static EffectEstimate DifferenceInDifferences(IReadOnlyList<double> treatedBefore, IReadOnlyList<double> treatedAfter, IReadOnlyList<double> controlBefore, IReadOnlyList<double> controlAfter, double confidence = 0.95)
    {
        var groups = new[]
        {
            Moments(treatedBefore, nameof(treatedBefore)), Moments(treatedAfter, nameof(treatedAfter)),
            Moments(controlBefore, nameof(controlBefore)), Moments(controlAfter, nameof(controlAfter)),
        };
        var df = groups.Sum(g => g.Count - 1.0);
        var pooled = Math.Sqrt(groups.Sum(g => (g.Count - 1) * g.Variance) / df);
        var se = pooled * Math.Sqrt(groups.Sum(g => 1.0 / g.Count));
        var did = (groups[1].Mean - groups[0].Mean) - (groups[3].Mean - groups[2].Mean);
        return Estimate(EffectDesign.DifferenceInDifferences, groups[0].Mean, did, pooled, se, df, confidence, [.. groups.Select(g => g.Count)]);
    }

    /// <summary>The Wilson (1927) score interval for a share.</summary>
    /// <param name="successes">The count of successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The count of trials, positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval, within [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ConfidenceInterval Wilson(int successes, int trials, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        Guard.Against.OutOfRange(successes, nameof(successes), 0, trials);
        var z = Distributions.NormalQuantile(1 - ((1 - CheckConfidence(confidence)) / 2));
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        // The interval contains p mathematically, with 0 and 1 as exact ends when x = 0 or x = n; keep that under rounding.
        var lower = successes == 0 ? 0 : Math.Min(p, Math.Max(0, centre - half));
        var upper = successes == trials ? 1 : Math.Max(p, Math.Min(1, centre + half));
        return new ConfidenceInterval(lower, upper);
    }

    private static EffectEstimate Estimate(EffectDesign design, double baselineMean, double difference, double spread, double standardError, double df, double confidence, int[] counts)
    {
        var tail = 1 - ((1 - CheckConfidence(confidence)) / 2);
        var t = Distributions.StudentTQuantile(tail, df);
        var j = df > 1 ? HedgesCorrection(df) : double.NaN;
        var g = spread > 0 && df > 1 ? difference / spread * j : double.NaN;
        var relative = baselineMean == 0 ? double.NaN : difference / baselineMean;
        ConfidenceInterval? gInterval = null;
        if (!double.IsNaN(g))
        {
            // Hedges & Olkin's normal approximation (Borenstein et al. 2009, eqs. 4.20 and 4.28): V(d) = Σ1/n_i + d²/(2Σn_i).
            var d = g / j;
            var total = counts.Sum();
            var variance = j * j * (counts.Sum(n => 1.0 / n) + (d * d / (2.0 * total)));
            var half = Distributions.NormalQuantile(tail) * Math.Sqrt(variance);
            gInterval = new ConfidenceInterval(g - half, g + half);
        }

        return new EffectEstimate(design, baselineMean, difference, new ConfidenceInterval(difference - (t * standardError), difference + (t * standardError)), relative, g, gInterval, df, design == EffectDesign.Paired ? counts[0] : counts.Sum());
    }

    private static double CheckConfidence(double confidence) =>
        confidence is > 0 and < 1 ? confidence : throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must be strictly between 0 and 1.");

    private static (double Mean, double Variance, int Count) Moments(IReadOnlyList<double> values, string name)
    {
        Guard.Against.Null(values, name);
        if (values.Count < 2 || values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("At least two finite values are needed.", name);
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return (mean, variance, values.Count);
    }
}
