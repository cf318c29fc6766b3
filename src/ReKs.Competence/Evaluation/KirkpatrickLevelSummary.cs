using System.Collections.Immutable;

namespace ReKs.Competence.Evaluation;

/// <summary>The evidence for a measure at one Kirkpatrick level: the indicators and the count of each verdict among the nodes that took part.</summary>
/// <remarks>Only evaluations of nodes that took part in an intervention of the measure count: a node that did not take part
/// says nothing about the measure's effect (it is the comparison, not the evidence). A level without any indicator is a gap
/// in the evaluation plan (<see cref="Finding"/> is <see langword="null"/>), kept apart from a planned level that is not yet
/// measured (<see cref="Verdict.InsufficientData"/>).</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class KirkpatrickLevelSummary
{
    internal KirkpatrickLevelSummary(KirkpatrickLevel level, ImmutableArray<IndicatorId> indicators, ImmutableArray<IndicatorEvaluation> evaluations, int nonParticipants)
    {
        Level = level;
        Indicators = indicators;
        Evaluations = evaluations;
        NonParticipantCount = nonParticipants;
    }

    /// <summary>Gets the level.</summary>
    public KirkpatrickLevel Level { get; }

    /// <summary>Gets the indicators at this level that name the measure.</summary>
    public ImmutableArray<IndicatorId> Indicators { get; }

    /// <summary>Gets the evaluations of those indicators at the nodes that took part in an intervention of the measure.</summary>
    public ImmutableArray<IndicatorEvaluation> Evaluations { get; }

    /// <summary>Gets the number of evaluations of those indicators at nodes that did not take part (left out of the finding).</summary>
    public int NonParticipantCount { get; }

    /// <summary>Gets whether any evaluation reached a verdict (not <see cref="Verdict.InsufficientData"/>).</summary>
    public bool HasEvidence => Evaluations.Any(e => e.Verdict != Verdict.InsufficientData);

    /// <summary>Counts the evaluations with a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    public int Count(Verdict verdict) => Evaluations.Count(e => e.Verdict == verdict);

    /// <summary>Gets what the level shows overall among the participants: <see cref="Verdict.Improvement"/> when some improved and none got worse,
    /// <see cref="Verdict.Deterioration"/> the other way round, <see cref="Verdict.Mixed"/> when both, <see cref="Verdict.NoSignal"/>
    /// when verdicts exist but show no change, <see cref="Verdict.InsufficientData"/> when nothing is measured yet; <see langword="null"/>
    /// when no indicator at this level names the measure. Read it with the split (<see cref="Count"/>): one improvement among three is not three.</summary>
    public Verdict? Finding => Indicators.IsEmpty
        ? null
        : (Count(Verdict.Improvement) > 0, Count(Verdict.Deterioration) > 0, Count(Verdict.Mixed) > 0) switch
        {
            (true, false, false) => Verdict.Improvement,
            (false, true, false) => Verdict.Deterioration,
            (false, false, false) => HasEvidence ? Verdict.NoSignal : Verdict.InsufficientData,
            _ => Verdict.Mixed,
        };

    /// <summary>Formats the level as <c>Level: finding (improvement 1 of 3, noSignal 2)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Finding is not { } f
        ? $"{Level}: no indicator"
        : $"{Level}: {f} ({string.Join(", ", Enum.GetValues<Verdict>().Where(v => Count(v) > 0).Select(v => $"{v} {Count(v)}"))} of {Evaluations.Length})";
}
