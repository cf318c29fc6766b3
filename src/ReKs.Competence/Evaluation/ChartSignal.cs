using System.Globalization;

namespace ReKs.Competence.Evaluation;

/// <summary>One signal of non-random variation: which rule fired, where, on which side, and whether that is for the better.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ChartSignal
{
    internal ChartSignal(SignalRule rule, int from, int to, MeasurementPeriod fromPeriod, MeasurementPeriod toPeriod, int length, double limit, SignalSide? side, bool? favourable, bool pastBaseline)
    {
        Rule = rule;
        From = from;
        To = to;
        FromPeriod = fromPeriod;
        ToPeriod = toPeriod;
        Length = length;
        Limit = limit;
        Side = side;
        IsFavourable = favourable;
        IsPastBaseline = pastBaseline;
    }

    /// <summary>Gets the rule that fired.</summary>
    public SignalRule Rule { get; }

    /// <summary>Gets the 1-based position of the first point of the signal (a run's first point; a point outside the limits; the first point for crossings).</summary>
    public int From { get; }

    /// <summary>Gets the 1-based position of the last point of the signal.</summary>
    public int To { get; }

    /// <summary>Gets the period of the first point.</summary>
    public MeasurementPeriod FromPeriod { get; }

    /// <summary>Gets the period of the last point.</summary>
    public MeasurementPeriod ToPeriod { get; }

    /// <summary>Gets the size: the run's useful points, the number of crossings, or 1 for a point outside the limits.</summary>
    public int Length { get; }

    /// <summary>Gets the rule's limit: the longest run allowed, the fewest crossings expected, or the control limit crossed.</summary>
    public double Limit { get; }

    /// <summary>Gets the side of the centre line, or <see langword="null"/> when the rule has none.</summary>
    public SignalSide? Side { get; }

    /// <summary>Gets whether the signal is in the desired direction, or <see langword="null"/> when it has no side.</summary>
    public bool? IsFavourable { get; }

    /// <summary>Gets whether the signal reaches past the baseline: its last point is after it; for <see cref="SignalRule.FewCrossings"/>, the longest run is.</summary>
    public bool IsPastBaseline { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rule} {FromPeriod}–{ToPeriod} ({Length} vs {Limit}) {Side}");
}
