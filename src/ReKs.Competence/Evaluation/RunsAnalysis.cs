using System.Collections.Immutable;

namespace ReKs.Competence.Evaluation;

/// <summary>The Anhøj rules for non-random variation, as qicharts2 computes them (<c>runs.analysis</c>, <c>crsignal(method = "anhoej")</c>).</summary>
/// <remarks>
/// Values equal to the centre line are not useful and are dropped. The longest run (consecutive useful values on one
/// side) is compared with round(log2(n)) + 3, rounding half to even as R does; the number of crossings with the 5 %
/// quantile of Binomial(n − 1, 0.5). The signal is a too long run or too few crossings. With no useful value the run
/// fields are <see langword="null"/> and there is no signal. Reference: Anhøj &amp; Olesen (2014), PLoS ONE 9(11): e113825.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RunsAnalysis
{
    private RunsAnalysis(double centre, int useful, int? longestRun, int? longestRunMax, int? crossings, int? crossingsMin, bool rulesApply = true)
    {
        RulesApply = rulesApply;
        Centre = centre;
        UsefulCount = useful;
        LongestRun = longestRun;
        LongestRunMax = longestRunMax;
        Crossings = crossings;
        CrossingsMin = crossingsMin;
    }

    /// <summary>Gets the centre line the values were compared with.</summary>
    public double Centre { get; }

    /// <summary>Gets the number of useful values (not on the centre line).</summary>
    public int UsefulCount { get; }

    /// <summary>Gets the longest run, or <see langword="null"/> when no value is useful.</summary>
    public int? LongestRun { get; }

    /// <summary>Gets the longest run expected by chance, or <see langword="null"/>.</summary>
    public int? LongestRunMax { get; }

    /// <summary>Gets the number of crossings of the centre line, or <see langword="null"/>.</summary>
    public int? Crossings { get; }

    /// <summary>Gets the fewest crossings expected by chance, or <see langword="null"/>.</summary>
    public int? CrossingsMin { get; }

    /// <summary>Gets a value indicating whether the rules may signal: <see langword="false"/> for a moving-range chart, whose
    /// successive points share a measurement and so are not independent (qicharts2 computes the fields and never signals).</summary>
    public bool RulesApply { get; }

    /// <summary>Gets a value indicating whether the run is too long.</summary>
    public bool LongRunSignal => RulesApply && LongestRun > LongestRunMax;

    /// <summary>Gets a value indicating whether there are too few crossings.</summary>
    public bool FewCrossingsSignal => RulesApply && Crossings < CrossingsMin;

    /// <summary>Gets a value indicating whether either rule signals non-random variation.</summary>
    public bool Signal => LongRunSignal || FewCrossingsSignal;

    /// <summary>Analyses values against a centre line.</summary>
    /// <param name="values">The values in time order; <see cref="double.NaN"/> marks a missing value, which is skipped.</param>
    /// <param name="centre">The centre line.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static RunsAnalysis Of(IEnumerable<double> values, double centre)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sides = values.Where(v => !double.IsNaN(v) && v != centre).Select(v => v > centre).ToImmutableArray();
        if (sides.IsEmpty)
        {
            return new RunsAnalysis(centre, 0, null, null, null, null);
        }

        int longest = 1, run = 1, crossings = 0;
        for (var i = 1; i < sides.Length; i++)
        {
            if (sides[i] == sides[i - 1])
            {
                run++;
            }
            else
            {
                crossings++;
                run = 1;
            }

            longest = Math.Max(longest, run);
        }

        var n = sides.Length;
        var max = (int)Math.Round(Math.Log2(n), MidpointRounding.ToEven) + 3;
        return new RunsAnalysis(centre, n, longest, max, crossings, Distributions.BinomialQuantile(0.05, n - 1, 0.5));
    }

    /// <summary>The same analysis with the rules switched off (a moving-range chart).</summary>
    internal RunsAnalysis WithoutRules() => new(Centre, UsefulCount, LongestRun, LongestRunMax, Crossings, CrossingsMin, rulesApply: false);

    /// <summary>Analyses a series as a run chart: the median of the first <paramref name="freeze"/> values is the centre line, and the rules run over every value.</summary>
    /// <param name="values">The values in time order; <see cref="double.NaN"/> marks a missing value.</param>
    /// <param name="freeze">The number of first values whose median is the centre line; all values when <see langword="null"/>.</param>
    /// <returns>The runs analysis against the (frozen) median.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The baseline has no value, or <paramref name="freeze"/> is out of range.</exception>
    /// <remarks>For phases and excluded points, use <see cref="ControlChart.Compute"/> with <see cref="ChartKind.Run"/>.</remarks>
    public static RunsAnalysis AgainstMedian(IReadOnlyList<double> values, int? freeze = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (freeze is { } f)
        {
            Guard.Against.OutOfRange(f, nameof(freeze), 1, values.Count);
        }

        return Of(values, Median(values.Take(freeze ?? values.Count)));
    }

    /// <summary>Gets the median the way a run chart uses it: the middle value, or the mean of the two middle values.</summary>
    /// <param name="values">The values; <see cref="double.NaN"/> is skipped.</param>
    /// <returns>The median.</returns>
    /// <exception cref="ArgumentException">There is no value.</exception>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A median needs at least one value.", nameof(values));
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
