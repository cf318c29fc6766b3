using System.Collections.Immutable;

namespace ReKs.Competence.Evaluation;

/// <summary>One phase of a chart: its points, centre line, limits per point and runs analysis.</summary>
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

    /// <summary>Gets the lower 3-sigma limit of each point of the phase; NaN where the point has none (a run chart, a missing point of a P, P′, U or U′ chart, a subgroup of fewer than two).</summary>
    public ImmutableArray<double> Lower { get; }

    /// <summary>Gets the upper 3-sigma limit of each point of the phase; NaN where the point has none.</summary>
    public ImmutableArray<double> Upper { get; }

    /// <summary>Gets the Anhøj runs analysis of the phase's included points against its centre line.</summary>
    public RunsAnalysis Runs { get; }
}
