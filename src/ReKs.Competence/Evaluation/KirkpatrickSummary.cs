using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// What is known about one measure at each of Kirkpatrick's four levels — reaction, learning, behaviour, results
/// (KS: reaksjoner, læring, anvendelse, nytte): which indicators give evidence, and what their verdicts show.
/// </summary>
/// <remarks>A level without indicators is a gap in the evaluation plan; a level whose evaluations all lack data is
/// planned but not yet measured. Both are worth seeing before the September meeting.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class KirkpatrickSummary
{
    private KirkpatrickSummary(MeasureId measure, ImmutableArray<KirkpatrickLevelSummary> levels)
    {
        Measure = measure;
        Levels = levels;
    }

    /// <summary>Gets the measure.</summary>
    public MeasureId Measure { get; }

    /// <summary>Gets the four levels, reaction first.</summary>
    public ImmutableArray<KirkpatrickLevelSummary> Levels { get; }

    /// <summary>Summarises the evidence for a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="indicators">The indicators; those that name the measure count.</param>
    /// <param name="evaluations">Evaluations of those indicators (others are ignored); only those of nodes that took part in an intervention of the measure count toward a finding.</param>
    /// <returns>The summary, one entry per level.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static KirkpatrickSummary For(MeasureId measure, IEnumerable<Indicator> indicators, IEnumerable<IndicatorEvaluation> evaluations)
    {
        Guard.Against.Null(indicators, nameof(indicators));
        Guard.Against.Null(evaluations, nameof(evaluations));
        var concerned = indicators.Where(i => i.Measures.Contains(measure)).ToList();
        var ids = concerned.Select(i => i.Id).ToHashSet();
        var relevant = evaluations.Where(e => ids.Contains(e.Indicator.Id)).ToList();
        bool TookPart(IndicatorEvaluation e) => e.Intervention is { } iv && (iv.Measure is not { } m || m == measure);
        return new KirkpatrickSummary(measure, [.. Enum.GetValues<KirkpatrickLevel>().Select(level => new KirkpatrickLevelSummary(
            level,
            [.. concerned.Where(i => i.Level == level).Select(i => i.Id)],
            [.. relevant.Where(e => e.Indicator.Level == level && TookPart(e))],
            relevant.Count(e => e.Indicator.Level == level && !TookPart(e))))]);
    }

    /// <summary>Summarises every measure an indicator names.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <param name="evaluations">Their evaluations.</param>
    /// <returns>One summary per measure, ordered by measure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<KirkpatrickSummary> ForAll(IEnumerable<Indicator> indicators, IEnumerable<IndicatorEvaluation> evaluations)
    {
        var list = Guard.Against.Null(indicators, nameof(indicators)).ToList();
        var evals = Guard.Against.Null(evaluations, nameof(evaluations)).ToList();
        return [.. list.SelectMany(i => i.Measures).Distinct().Order().Select(m => For(m, list, evals))];
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Measure}: {string.Join(", ", Levels)}";
}
