using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Planning;

/// <summary>One measure's evaluation plan: which indicators measure it at each of Kirkpatrick's four levels (reaction,
/// learning, behaviour, results), which levels are still unmeasured, and when its effect is measured.</summary>
/// <remarks>An indicator measures a measure when it names it (<see cref="Indicator.Measures"/>); it measures it at the
/// indicator's <see cref="Indicator.Level"/>. The plan says what is planned, not what the data show: the findings, counted
/// only at the nodes that took part, are <see cref="KirkpatrickSummary"/>'s.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeasureEvaluationPlan
{
    private readonly ImmutableArray<ImmutableArray<IndicatorId>> _byLevel;

    private MeasureEvaluationPlan(Measure measure, ImmutableArray<ImmutableArray<IndicatorId>> byLevel)
    {
        Measure = measure;
        _byLevel = byLevel;
        Measured = [.. Levels.Where(l => !IndicatorsAt(l).IsEmpty)];
        Unmeasured = [.. Levels.Where(l => IndicatorsAt(l).IsEmpty)];
    }

    /// <summary>Gets Kirkpatrick's four levels, reaction first.</summary>
    public static ImmutableArray<KirkpatrickLevel> Levels { get; } = [.. Enum.GetValues<KirkpatrickLevel>().Order()];

    /// <summary>Gets the measure.</summary>
    public Measure Measure { get; }

    /// <summary>Gets the levels at which at least one indicator measures the measure, reaction first.</summary>
    public ImmutableArray<KirkpatrickLevel> Measured { get; }

    /// <summary>Gets the levels no indicator measures, reaction first: the gaps in the measure's evaluation plan.</summary>
    /// <remarks><see cref="Measured"/> and <see cref="Unmeasured"/> split the four levels between them.</remarks>
    public ImmutableArray<KirkpatrickLevel> Unmeasured { get; }

    /// <summary>Gets when the measure's effect is measured (<see cref="Measure.EvaluationDates"/>).</summary>
    public ImmutableArray<LocalDate> EvaluationDates => Measure.EvaluationDates;

    /// <summary>Gets the indicators that measure the measure at a level, in the order given.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The indicators; empty when the level is unmeasured.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not one of the four levels.</exception>
    public ImmutableArray<IndicatorId> IndicatorsAt(KirkpatrickLevel level) =>
        Enum.IsDefined(level) ? _byLevel[(int)level - 1] : throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown Kirkpatrick level.");

    /// <summary>Works out the evaluation plan of every measure of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicators">The indicators (of the plan's evaluation document); an indicator that names no measure of the
    /// plan measures none of them (the evaluation document's rules report a measure the plan does not have).</param>
    /// <returns>One entry per measure, in the plan's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<MeasureEvaluationPlan> Of(CompetencePlan plan, IEnumerable<Indicator> indicators)
    {
        Guard.Against.Null(plan, nameof(plan));
        var list = Guard.Against.Null(indicators, nameof(indicators)).ToList();
        return [.. plan.Measures.Select(m => new MeasureEvaluationPlan(
            m,
            [.. Levels.Select(level => list.Where(i => i.Level == level && i.Measures.Contains(m.Id)).Select(i => i.Id).ToImmutableArray())]))];
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Measure.Id}: {string.Join(", ", Levels.Select(l => $"{l} {(IndicatorsAt(l).IsEmpty ? "–" : string.Join('+', IndicatorsAt(l)))}"))}";
}
