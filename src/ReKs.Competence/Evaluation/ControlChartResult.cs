using System.Collections.Immutable;

namespace ReKs.Competence.Evaluation;

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
