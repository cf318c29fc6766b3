using System.Collections.Immutable;
using System.Diagnostics;

namespace ReKs.Competence.Evaluation;

/// <summary>Charts as qicharts2 computes them: run, I, MR, Xbar, S, P, P′, U, U′, C, T and G, with phases, a frozen
/// baseline, excluded points, missing points and a multiplier.</summary>
/// <remarks>
/// <para>A missing point (NaN value, or NaN denominator for P, P′, U and U′) is left out of the centre line and sigma and
/// of the runs analysis; moving ranges are taken only between two consecutive points that are both present, so its
/// neighbours do not become adjacent. Charts whose limits depend on the point's size (P, P′, U, U′, Xbar, S) have no
/// limit there (NaN); the others keep the chart's limits at every point. An excluded point is left out of the centre,
/// the limits and the runs analysis but still drawn and tested; its neighbours do become adjacent for moving ranges.</para>
/// <para>References: Provost &amp; Murray, The Health Care Data Guide (2011); Montgomery, Introduction to Statistical
/// Quality Control (Xbar, S with c4, A3, B3, B4); Laney (2002), Improved control charts for attributes, Quality
/// Engineering 14(4); Nelson (1994), A control chart for parts-per-million nonconforming items, Journal of Quality
/// Technology 26(3) (the T chart's 1/3.6 power); Benneyan (2001), Number-between g-type statistical quality control charts
/// for monitoring adverse events, Health Care Management Science 4 (G); qicharts2 (Anhøj).</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class ControlChart
{
    private const double D2 = 1.128;
    private const double D4 = 3.267;
    private const double TPower = 3.6;

    /// <summary>Computes a chart of single values per point (every kind but Xbar and S).</summary>
    /// <param name="kind">The kind of chart.</param>
    /// <param name="values">Measurements (I, MR, T, run), numerators (P, P′), counts (U, U′, C), opportunities between events (G); NaN marks a missing value.</param>
    /// <param name="denominators">Denominators (P, P′) or exposures (U, U′), one per value, NaN where missing; optional for a run chart (which then charts value ÷ denominator); <see langword="null"/> for the others.</param>
    /// <param name="options">Baseline, phases, exclusions and multiplier; <see cref="ChartOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The kind needs subgroups; denominators are missing, given where none belong, of another length, or not positive;
    /// a T chart value is not above 0 or a G chart value not a whole number from 0; a position is outside the series; a baseline has no point.</exception>
    public static ControlChartResult Compute(ChartKind kind, IReadOnlyList<double> values, IReadOnlyList<double>? denominators = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        var needs = NeedsDenominators(kind);
        if (needs is null)
        {
            throw new ArgumentException($"A {kind} chart is computed from subgroups: use {nameof(ComputeSubgroups)}.", nameof(kind));
        }

        if (needs == true && denominators is null)
        {
            throw new ArgumentException($"A {kind} chart needs one positive denominator per value.", nameof(denominators));
        }

        if (denominators is not null)
        {
            if (needs == false && kind != ChartKind.Run)
            {
                throw new ArgumentException($"A {kind} chart takes no denominators.", nameof(denominators));
            }

            if (denominators.Count != n || denominators.Any(d => !double.IsNaN(d) && !(d > 0 && double.IsFinite(d))))
            {
                throw new ArgumentException($"A {kind} chart needs one positive denominator per value (NaN where missing).", nameof(denominators));
            }
        }

        var bad = Enumerable.Range(0, n).Where(i => !double.IsNaN(values[i]) && !Acceptable(kind, values[i])).Select(i => i + 1).ToList();
        if (bad.Count > 0)
        {
            throw new ArgumentException($"A {kind} chart {Requirement(kind)}; not so at point(s) {string.Join(", ", bad)}.", nameof(values));
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = denominators is null ? values[i] : values[i] / denominators[i];
        }

        if (kind == ChartKind.MovingRange)
        {
            y = [.. Enumerable.Range(0, n).Select(i => i == 0 ? double.NaN : Math.Abs(values[i] - values[i - 1]))];
        }

        var model = new PointModel(values, denominators, y, null);
        return Build(kind, model, options ?? ChartOptions.Default);
    }

    /// <summary>Computes an Xbar or S chart from subgroups of measurements.</summary>
    /// <param name="kind"><see cref="ChartKind.SubgroupMean"/> or <see cref="ChartKind.SubgroupStandardDeviation"/>.</param>
    /// <param name="subgroups">One list of measurements per point, in order; NaN marks a missing measurement. Sizes may differ.</param>
    /// <param name="options">Baseline, phases, exclusions and multiplier; <see cref="ChartOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The chart; a subgroup of one measurement has no standard deviation and no limits (NaN), one with none has no value either.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subgroups"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The kind is not Xbar or S, a measurement is infinite, a position is outside the series, or a baseline has no point.</exception>
    public static ControlChartResult ComputeSubgroups(ChartKind kind, IReadOnlyList<IReadOnlyList<double>> subgroups, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subgroups);
        if (NeedsDenominators(kind) is not null)
        {
            throw new ArgumentException($"A {kind} chart is not computed from subgroups: use {nameof(Compute)}.", nameof(kind));
        }

        var stats = new Subgroup[subgroups.Count];
        for (var i = 0; i < subgroups.Count; i++)
        {
            var present = (subgroups[i] ?? throw new ArgumentNullException(nameof(subgroups), $"Subgroup {i + 1} is null.")).Where(v => !double.IsNaN(v)).ToArray();
            if (present.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"Subgroup {i + 1} has an infinite measurement.", nameof(subgroups));
            }

            var mean = present.Length == 0 ? double.NaN : present.Average();
            var sd = present.Length < 2 ? double.NaN : Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1));
            stats[i] = new Subgroup(present.Length, mean, sd);
        }

        var y = kind == ChartKind.SubgroupMean ? stats.Select(s => s.Mean).ToArray() : stats.Select(s => s.StandardDeviation).ToArray();
        return Build(kind, new PointModel(y, null, y, stats), options ?? ChartOptions.Default);
    }

    /// <summary>Gets c4(n) = √(2 / (n − 1)) · Γ(n/2) / Γ((n − 1)/2), the bias of the sample standard deviation.</summary>
    internal static double C4(int n) => Math.Sqrt(2.0 / (n - 1)) * Math.Exp(Distributions.LogGamma(n / 2.0) - Distributions.LogGamma((n - 1) / 2.0));

    /// <summary>Whether a kind takes denominators: <see langword="true"/> (required), <see langword="false"/> (none, or optional for a run chart), <see langword="null"/> (subgroups instead).</summary>
    private static bool? NeedsDenominators(ChartKind kind) => kind switch
    {
        ChartKind.Proportion or ChartKind.LaneyProportion or ChartKind.Rate or ChartKind.LaneyRate => true,
        ChartKind.Individuals or ChartKind.MovingRange or ChartKind.Count or ChartKind.TimeBetweenEvents or ChartKind.OpportunitiesBetweenEvents or ChartKind.Run => false,
        ChartKind.SubgroupMean or ChartKind.SubgroupStandardDeviation => null,
        _ => throw new UnreachableException($"Chart kind {kind} is not handled."),
    };

    private static bool Acceptable(ChartKind kind, double value) => kind switch
    {
        ChartKind.TimeBetweenEvents => value > 0 && double.IsFinite(value),
        ChartKind.OpportunitiesBetweenEvents => value >= 0 && double.IsFinite(value) && Math.Floor(value) == value,
        ChartKind.Individuals or ChartKind.MovingRange or ChartKind.Proportion or ChartKind.LaneyProportion or ChartKind.Rate
            or ChartKind.LaneyRate or ChartKind.Count or ChartKind.Run or ChartKind.SubgroupMean or ChartKind.SubgroupStandardDeviation => double.IsFinite(value),
        _ => throw new UnreachableException($"Chart kind {kind} is not handled."),
    };

    private static string Requirement(ChartKind kind) => kind switch
    {
        ChartKind.TimeBetweenEvents => "needs every time between events above 0",
        ChartKind.OpportunitiesBetweenEvents => "needs whole numbers of opportunities from 0",
        ChartKind.Individuals or ChartKind.MovingRange or ChartKind.Proportion or ChartKind.LaneyProportion or ChartKind.Rate
            or ChartKind.LaneyRate or ChartKind.Count or ChartKind.Run or ChartKind.SubgroupMean or ChartKind.SubgroupStandardDeviation => "needs finite values",
        _ => throw new UnreachableException($"Chart kind {kind} is not handled."),
    };

    private static ControlChartResult Build(ChartKind kind, PointModel model, ChartOptions options)
    {
        var y = model.Y;
        var n = y.Length;
        if (options.PhaseBreaks.Any(p => p >= n) || options.Exclude.Any(e => e > n) || options.Freeze > n)
        {
            throw new ArgumentException($"A position in the options is outside the series of {n} points.", nameof(options));
        }

        var excluded = options.Exclude.Select(e => e - 1).ToHashSet();
        var starts = new List<int> { 0 };
        starts.AddRange(options.PhaseBreaks);
        var phases = ImmutableArray.CreateBuilder<ChartPhase>();
        var signals = ImmutableArray.CreateBuilder<int>();
        var m = options.Multiply;
        for (var k = 0; k < starts.Count; k++)
        {
            var from = starts[k];
            var to = k + 1 < starts.Count ? starts[k + 1] - 1 : n - 1;
            var included = Enumerable.Range(from, to - from + 1).Where(i => !excluded.Contains(i) && !double.IsNaN(y[i])).ToList();
            var baseline = starts.Count == 1 && options.Freeze is { } f ? included.Where(i => i < f).ToList() : included;
            if (baseline.Count == 0)
            {
                throw new ArgumentException($"Phase {k + 1} has no point to compute a centre line from.", nameof(options));
            }

            var (centre, limits) = Limits(kind, model, baseline, from, to, options.ScreenMovingRanges);
            var lower = ImmutableArray.CreateBuilder<double>(to - from + 1);
            var upper = ImmutableArray.CreateBuilder<double>(to - from + 1);
            for (var i = from; i <= to; i++)
            {
                var (lo, hi) = limits(i);
                lower.Add(lo * m);
                upper.Add(hi * m);
                if (!double.IsNaN(y[i]) && ((!double.IsNaN(hi) && y[i] > hi) || (!double.IsNaN(lo) && y[i] < lo)))
                {
                    signals.Add(i + 1);
                }
            }

            var runs = RunsAnalysis.Of(included.Select(i => y[i] * m), centre * m);
            phases.Add(new ChartPhase(from + 1, to + 1, centre * m, lower.MoveToImmutable(), upper.MoveToImmutable(), kind == ChartKind.MovingRange ? runs.WithoutRules() : runs));
        }

        return new ControlChartResult(kind, [.. y.Select(v => v * m)], phases.ToImmutable(), signals.ToImmutable());
    }

    /// <summary>The centre line and the (lower, upper) limits per point of a phase; NaN where a point has no limit.</summary>
    private static (double Centre, Func<int, (double Lower, double Upper)> Limits) Limits(ChartKind kind, PointModel model, List<int> baseline, int from, int to, bool screen)
    {
        var (values, den, y) = (model.Values, model.Denominators, model.Y);
        static (double, double) NoLimits(int i) => (double.NaN, double.NaN);
        switch (kind)
        {
            case ChartKind.Run:
                return (RunsAnalysis.Median(baseline.Select(i => y[i])), NoLimits);

            case ChartKind.Individuals:
            {
                var centre = baseline.Average(i => y[i]);
                var sigma = MeanMovingRange(y, baseline, screen) / D2;
                return (centre, _ => (centre - (3 * sigma), centre + (3 * sigma)));
            }

            case ChartKind.TimeBetweenEvents:
            {
                var w = y.Select(v => Math.Pow(v, 1 / TPower)).ToArray();
                var centreW = baseline.Average(i => w[i]);
                var sigmaW = MeanMovingRange(w, baseline, screen) / D2;
                var low = centreW - (3 * sigmaW);
                var (lo, hi) = (low >= 0 ? Math.Pow(low, TPower) : 0, Math.Pow(centreW + (3 * sigmaW), TPower));
                return (Math.Pow(centreW, TPower), _ => (lo, hi));
            }

            case ChartKind.MovingRange:
            {
                var centre = baseline.Average(i => y[i]);
                return (centre, _ => (0, D4 * centre));
            }

            case ChartKind.Count:
            {
                var centre = baseline.Average(i => values[i]);
                var sigma = Math.Sqrt(centre);
                return (centre, _ => (Math.Max(0, centre - (3 * sigma)), centre + (3 * sigma)));
            }

            case ChartKind.OpportunitiesBetweenEvents:
            {
                var mean = baseline.Average(i => values[i]);
                var upper = mean + (3 * Math.Sqrt(mean * (mean + 1)));
                return (RunsAnalysis.Median(baseline.Select(i => values[i])), _ => (0, upper));
            }

            case ChartKind.Proportion or ChartKind.LaneyProportion or ChartKind.Rate or ChartKind.LaneyRate:
            {
                var centre = baseline.Sum(i => values[i]) / baseline.Sum(i => den![i]);
                var proportion = kind is ChartKind.Proportion or ChartKind.LaneyProportion;
                double Plain(int i) => proportion ? Math.Sqrt(centre * (1 - centre) / den![i]) : Math.Sqrt(centre / den![i]);
                var sigmaZ = 1.0;
                if (kind is ChartKind.LaneyProportion or ChartKind.LaneyRate)
                {
                    var z = new double[y.Length];
                    Array.Fill(z, double.NaN);
                    foreach (var i in baseline)
                    {
                        z[i] = (y[i] - centre) / Plain(i);
                    }

                    var ranges = MovingRanges(z, y, baseline);
                    sigmaZ = ranges.Count == 0 ? 1 : ranges.Average() / D2;
                }

                return (centre, i =>
                {
                    if (double.IsNaN(y[i]))
                    {
                        return NoLimits(i);
                    }

                    var s = Plain(i) * sigmaZ;
                    var (lo, hi) = (Math.Max(0, centre - (3 * s)), centre + (3 * s));
                    return proportion ? (lo, Math.Min(1, hi)) : (lo, hi);
                });
            }

            case ChartKind.SubgroupMean or ChartKind.SubgroupStandardDeviation:
            {
                var groups = model.Subgroups!;
                var sizes = Enumerable.Range(from, to - from + 1).Select(i => groups[i].Size).Distinct().Count();
                var withSd = baseline.Where(i => groups[i].Size >= 2).ToList();
                double sigma;
                if (sizes == 1)
                {
                    sigma = withSd.Count == 0 ? double.NaN : withSd.Average(i => groups[i].StandardDeviation);
                }
                else
                {
                    var freedom = withSd.Sum(i => groups[i].Size - 1.0);
                    sigma = freedom == 0 ? double.NaN : Math.Sqrt(withSd.Sum(i => (groups[i].Size - 1) * groups[i].StandardDeviation * groups[i].StandardDeviation) / freedom);
                }

                if (kind == ChartKind.SubgroupStandardDeviation)
                {
                    return (sigma, i =>
                    {
                        var size = groups[i].Size;
                        if (size < 2)
                        {
                            return NoLimits(i);
                        }

                        var c4 = C4(size);
                        var spread = 3 * Math.Sqrt(1 - (c4 * c4)) / c4;
                        return (Math.Max(0, 1 - spread) * sigma, (1 + spread) * sigma);
                    });
                }

                var centre = baseline.Sum(i => groups[i].Size * groups[i].Mean) / baseline.Sum(i => groups[i].Size);
                return (centre, i =>
                {
                    var size = groups[i].Size;
                    if (size < 2)
                    {
                        return NoLimits(i);
                    }

                    var a3 = 3 / (C4(size) * Math.Sqrt(size));
                    return (centre - (a3 * sigma), centre + (a3 * sigma));
                });
            }

            default:
                throw new UnreachableException($"Chart kind {kind} is not handled.");
        }
    }

    /// <summary>The mean moving range of the baseline, optionally screened (ranges above 3.267 times the mean left out).</summary>
    private static double MeanMovingRange(double[] y, List<int> baseline, bool screen)
    {
        var ranges = MovingRanges(y, y, baseline);
        if (screen && ranges.Count > 0)
        {
            var limit = D4 * ranges.Average();
            ranges = [.. ranges.Where(r => r <= limit)];
        }

        return ranges.Count == 0 ? 0 : ranges.Average();
    }

    /// <summary>The absolute differences of <paramref name="values"/> between consecutive baseline points, except across a
    /// point missing in <paramref name="y"/>: an excluded point's neighbours become adjacent, a missing point's do not.</summary>
    private static List<double> MovingRanges(double[] values, double[] y, List<int> baseline)
    {
        var ranges = new List<double>(baseline.Count);
        for (var k = 1; k < baseline.Count; k++)
        {
            var (a, b) = (baseline[k - 1], baseline[k]);
            var gap = false;
            for (var j = a + 1; j < b && !gap; j++)
            {
                gap = double.IsNaN(y[j]);
            }

            if (!gap)
            {
                ranges.Add(Math.Abs(values[b] - values[a]));
            }
        }

        return ranges;
    }

    private sealed record Subgroup(int Size, double Mean, double StandardDeviation);

    private sealed record PointModel(IReadOnlyList<double> Values, IReadOnlyList<double>? Denominators, double[] Y, Subgroup[]? Subgroups);
}
