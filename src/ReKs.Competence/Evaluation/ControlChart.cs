using System.Collections.Immutable;

namespace ReKs.Competence.Evaluation;

/// <summary>The kinds of control chart, with qicharts2's formulas.</summary>
public enum ChartKind
{
    /// <summary>I chart (individuals): centre = mean; sigma = mean moving range / 1.128.</summary>
    Individuals = 0,

    /// <summary>P chart (proportions; values are numerators): centre = Σnumerators / Σdenominators; sigma_i = √(p̄(1 − p̄)/n_i); limits in [0, 1].</summary>
    Proportion = 1,

    /// <summary>Laney P′ chart: a P chart whose sigma is scaled by the moving range of the standardised values (very large denominators).</summary>
    LaneyProportion = 2,

    /// <summary>U chart (rates; values are counts per exposure): centre = Σcounts / Σexposure; sigma_i = √(ū/n_i); lower limit at least 0.</summary>
    Rate = 3,

    /// <summary>Laney U′ chart: a U chart with Laney's adjustment.</summary>
    LaneyRate = 4,

    /// <summary>C chart (counts): centre = mean; sigma = √centre; lower limit at least 0.</summary>
    Count = 5,
}

/// <summary>How a control chart is drawn: baseline, phases, excluded points, a multiplier, and moving-range screening.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ChartOptions
{
    /// <summary>Initializes a new instance of the <see cref="ChartOptions"/> class.</summary>
    /// <param name="freeze">The first k points are the baseline for the centre line and limits (a single phase); ignored when <paramref name="phaseBreaks"/> is given.</param>
    /// <param name="phaseBreaks">1-based positions after which a new phase starts, each phase with its own centre, limits and runs analysis.</param>
    /// <param name="exclude">1-based positions left out of the centre line, the limits and the runs analysis (still drawn and tested against the limits).</param>
    /// <param name="multiply">A factor applied to the output (values, centre, limits), for example 1 000 for "per 1 000"; more than 0.</param>
    /// <param name="screenMovingRanges">Whether I charts leave out moving ranges above 3.267 times their mean (NHS "Making Data Count" does; qicharts2's default does not).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public ChartOptions(int? freeze = null, IEnumerable<int>? phaseBreaks = null, IEnumerable<int>? exclude = null, double multiply = 1, bool screenMovingRanges = false)
    {
        Freeze = freeze is < 1 ? throw new ArgumentOutOfRangeException(nameof(freeze), freeze, "The baseline has at least one point.") : freeze;
        PhaseBreaks = phaseBreaks is null ? [] : [.. phaseBreaks.Distinct().Order()];
        Exclude = exclude is null ? [] : [.. exclude.Distinct().Order()];
        if (PhaseBreaks.Any(p => p < 1) || Exclude.Any(e => e < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(phaseBreaks), "Positions are 1-based.");
        }

        Multiply = multiply > 0 && double.IsFinite(multiply) ? multiply : throw new ArgumentOutOfRangeException(nameof(multiply), multiply, "The multiplier is a positive number.");
        ScreenMovingRanges = screenMovingRanges;
    }

    /// <summary>Gets the default options: one phase, every point in the baseline, no exclusions, no multiplier, no screening.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Gets the number of first points in the baseline, or <see langword="null"/> for all.</summary>
    public int? Freeze { get; }

    /// <summary>Gets the 1-based positions after which a new phase starts.</summary>
    public ImmutableArray<int> PhaseBreaks { get; }

    /// <summary>Gets the 1-based positions left out of the calculations.</summary>
    public ImmutableArray<int> Exclude { get; }

    /// <summary>Gets the output multiplier.</summary>
    public double Multiply { get; }

    /// <summary>Gets a value indicating whether large moving ranges are screened out (I charts).</summary>
    public bool ScreenMovingRanges { get; }
}

/// <summary>One phase of a control chart: its points, centre line, limits per point and runs analysis.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ChartPhase
{
    internal ChartPhase(int from, int to, double centre, ImmutableArray<double> lower, ImmutableArray<double> upper, RunsAnalysis runs)
    {
        From = from;
        To = to;
        Centre = centre;
        Lower = lower;
        Upper = upper;
        Runs = runs;
    }

    /// <summary>Gets the first point of the phase (1-based).</summary>
    public int From { get; }

    /// <summary>Gets the last point of the phase (1-based).</summary>
    public int To { get; }

    /// <summary>Gets the centre line, in chart units times the multiplier.</summary>
    public double Centre { get; }

    /// <summary>Gets the lower 3-sigma limit of each point of the phase.</summary>
    public ImmutableArray<double> Lower { get; }

    /// <summary>Gets the upper 3-sigma limit of each point of the phase.</summary>
    public ImmutableArray<double> Upper { get; }

    /// <summary>Gets the Anhøj runs analysis of the phase's included points against its centre line.</summary>
    public RunsAnalysis Runs { get; }
}

/// <summary>A computed control chart: the plotted values, its phases and the points outside the limits.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ControlChartResult
{
    internal ControlChartResult(ChartKind kind, ImmutableArray<double> values, ImmutableArray<ChartPhase> phases, ImmutableArray<int> sigmaSignals)
    {
        Kind = kind;
        Values = values;
        Phases = phases;
        SigmaSignals = sigmaSignals;
    }

    /// <summary>Gets the kind of chart.</summary>
    public ChartKind Kind { get; }

    /// <summary>Gets the plotted values (proportions, rates, counts or measurements, times the multiplier); NaN where missing.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the phases in order.</summary>
    public ImmutableArray<ChartPhase> Phases { get; }

    /// <summary>Gets the 1-based positions of the points strictly above the upper or below the lower limit.</summary>
    public ImmutableArray<int> SigmaSignals { get; }

    /// <summary>Gets a value indicating whether any phase has a runs signal or any point is outside its limits.</summary>
    public bool AnySignal => !SigmaSignals.IsEmpty || Phases.Any(p => p.Runs.Signal);
}

/// <summary>Control charts as qicharts2 computes them: I (with moving ranges), P, P′, U, U′ and C, with phases, a frozen baseline, excluded points and a multiplier.</summary>
/// <remarks>References: Provost &amp; Murray, The Health Care Data Guide (2011); Montgomery, Introduction to Statistical Quality
/// Control; Laney (2002), Improved control charts for attributes, Quality Engineering 14(4); qicharts2 (Anhøj).</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class ControlChart
{
    private const double D2 = 1.128;

    /// <summary>Computes a control chart.</summary>
    /// <param name="kind">The kind of chart.</param>
    /// <param name="values">Measurements (I), numerators (P, P′), counts (U, U′, C); NaN marks a missing value.</param>
    /// <param name="denominators">Denominators (P, P′) or exposures (U, U′), one per value; <see langword="null"/> for I and C.</param>
    /// <param name="options">Baseline, phases, exclusions and multiplier; <see cref="ChartOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">Denominators are missing, of another length, or not positive; a position is outside the series; a baseline has no point.</exception>
    public static ControlChartResult Compute(ChartKind kind, IReadOnlyList<double> values, IReadOnlyList<double>? denominators = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        options ??= ChartOptions.Default;
        var n = values.Count;
        var needsDenominators = kind is ChartKind.Proportion or ChartKind.LaneyProportion or ChartKind.Rate or ChartKind.LaneyRate;
        if (needsDenominators && (denominators is null || denominators.Count != n || denominators.Any(d => !(d > 0))))
        {
            throw new ArgumentException($"A {kind} chart needs one positive denominator per value.", nameof(denominators));
        }

        if (options.PhaseBreaks.Any(p => p >= n) || options.Exclude.Any(e => e > n) || options.Freeze > n)
        {
            throw new ArgumentException($"A position in the options is outside the series of {n} points.", nameof(options));
        }

        var y = Enumerable.Range(0, n).Select(i => needsDenominators ? values[i] / denominators![i] : values[i]).ToArray();
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

            var (centre, sigma) = Sigma(kind, values, denominators, y, baseline, options.ScreenMovingRanges);
            var lower = ImmutableArray.CreateBuilder<double>();
            var upper = ImmutableArray.CreateBuilder<double>();
            for (var i = from; i <= to; i++)
            {
                var s = sigma(i);
                var (lo, hi) = (centre - (3 * s), centre + (3 * s));
                if (kind is ChartKind.Proportion or ChartKind.LaneyProportion)
                {
                    (lo, hi) = (Math.Max(0, lo), Math.Min(1, hi));
                }
                else if (kind != ChartKind.Individuals)
                {
                    lo = Math.Max(0, lo);
                }

                lower.Add(lo * m);
                upper.Add(hi * m);
                if (!double.IsNaN(y[i]) && (y[i] > hi || y[i] < lo))
                {
                    signals.Add(i + 1);
                }
            }

            var runs = RunsAnalysis.Of(included.Select(i => y[i] * m), centre * m);
            phases.Add(new ChartPhase(from + 1, to + 1, centre * m, lower.ToImmutable(), upper.ToImmutable(), runs));
        }

        return new ControlChartResult(kind, [.. y.Select(v => v * m)], phases.ToImmutable(), signals.ToImmutable());
    }

    private static (double Centre, Func<int, double> Sigma) Sigma(ChartKind kind, IReadOnlyList<double> values, IReadOnlyList<double>? den, double[] y, List<int> baseline, bool screen)
    {
        switch (kind)
        {
            case ChartKind.Individuals:
            {
                var centre = baseline.Average(i => y[i]);
                var ranges = baseline.Zip(baseline.Skip(1), (a, b) => Math.Abs(y[b] - y[a])).ToList();
                if (screen && ranges.Count > 0)
                {
                    var limit = 3.267 * ranges.Average();
                    ranges = [.. ranges.Where(r => r <= limit)];
                }

                var sigma = ranges.Count == 0 ? 0 : ranges.Average() / D2;
                return (centre, _ => sigma);
            }

            case ChartKind.Count:
            {
                var centre = baseline.Average(i => values[i]);
                return (centre, _ => Math.Sqrt(centre));
            }

            default:
            {
                var centre = baseline.Sum(i => values[i]) / baseline.Sum(i => den![i]);
                var proportion = kind is ChartKind.Proportion or ChartKind.LaneyProportion;
                double Plain(int i) => proportion ? Math.Sqrt(centre * (1 - centre) / den![i]) : Math.Sqrt(centre / den![i]);
                if (kind is ChartKind.Proportion or ChartKind.Rate)
                {
                    return (centre, Plain);
                }

                var z = baseline.Select(i => (y[i] - centre) / Plain(i)).ToList();
                var sigmaZ = z.Count < 2 ? 1 : z.Zip(z.Skip(1), (a, b) => Math.Abs(b - a)).Average() / D2;
                return (centre, i => Plain(i) * sigmaZ);
            }
        }
    }
}
