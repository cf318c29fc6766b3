using System.Collections.Immutable;

namespace ReKs.Competence.Evaluation;

/// <summary>The evidence for a measure at one Kirkpatrick level: the indicators and the count of each verdict.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class KirkpatrickLevelSummary
{
    internal KirkpatrickLevelSummary(KirkpatrickLevel level, ImmutableArray<IndicatorId> indicators, ImmutableArray<IndicatorEvaluation> evaluations)
    {
        Level = level;
        Indicators = indicators;
        Evaluations = evaluations;
    }

    /// <summary>Gets the level.</summary>
    public KirkpatrickLevel Level { get; }

    /// <summary>Gets the indicators at this level that name the measure.</summary>
    public ImmutableArray<IndicatorId> Indicators { get; }

    /// <summary>Gets the evaluations of those indicators (one per node with a series).</summary>
    public ImmutableArray<IndicatorEvaluation> Evaluations { get; }

    /// <summary>Gets whether any evaluation reached a verdict (not <see cref="Verdict.InsufficientData"/>).</summary>
    public bool HasEvidence => Evaluations.Any(e => e.Verdict != Verdict.InsufficientData);

    /// <summary>Counts the evaluations with a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    public int Count(Verdict verdict) => Evaluations.Count(e => e.Verdict == verdict);

    /// <summary>Gets what the level shows overall: <see cref="Verdict.Improvement"/> when some evaluations improved and none got worse,
    /// <see cref="Verdict.Deterioration"/> the other way round, <see cref="Verdict.Mixed"/> when both, <see cref="Verdict.NoSignal"/>
    /// when verdicts exist but show no change, <see cref="Verdict.InsufficientData"/> when nothing is measured yet.</summary>
    public Verdict Finding => (Count(Verdict.Improvement) > 0, Count(Verdict.Deterioration) > 0, Count(Verdict.Mixed) > 0) switch
    {
        (true, false, false) => Verdict.Improvement,
        (false, true, false) => Verdict.Deterioration,
        (false, false, false) => HasEvidence ? Verdict.NoSignal : Verdict.InsufficientData,
        _ => Verdict.Mixed,
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Level}: {Finding} ({Evaluations.Length})";
}
