using System.Collections.Immutable;
using System.Diagnostics;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>
/// What is measured to see whether competence measures work: its kind of data, the direction that is better, the
/// Kirkpatrick level it evidences, and the measures and organisation nodes it concerns.
/// </summary>
/// <remarks>
/// A proportion or rate is charted as numerator ÷ denominator × <see cref="Multiplier"/> (100 for per cent, 1 000 for
/// "per 1 000 care days"). An indicator with a <see cref="Likert"/> scale is a proportion whose observations come from
/// survey answers: the top-box count of the answers (see <see cref="LikertSummary"/>).
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Indicator
{
    /// <summary>Initializes a new instance of the <see cref="Indicator"/> class.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="unit">The unit of measure as people read it, e.g. "fall per 1 000 liggedøgn".</param>
    /// <param name="kind">The kind of data.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="level">The Kirkpatrick level it gives evidence for.</param>
    /// <param name="measures">The measures whose effect it shows.</param>
    /// <param name="nodes">The organisation nodes it concerns; empty for "every node with a series".</param>
    /// <param name="chart">The chart it is judged by.</param>
    /// <param name="multiplier">The factor for proportions and rates (100, 1 000); 1 otherwise allowed for any kind; more than 0.</param>
    /// <param name="likert">The survey scale when observations are top-box counts of answers; only for proportions.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The identifier is empty, the multiplier is not positive, or a Likert scale is given for another kind than a proportion.</exception>
    public Indicator(
        IndicatorId id,
        LocalizedText name,
        LocalizedText unit,
        IndicatorKind kind,
        DesiredDirection direction,
        KirkpatrickLevel level,
        IEnumerable<MeasureId>? measures = null,
        IEnumerable<NodeId>? nodes = null,
        IndicatorChart chart = IndicatorChart.Control,
        double multiplier = 1,
        LikertScale? likert = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        Name = Guard.Against.Null(name, nameof(name));
        Unit = Guard.Against.Null(unit, nameof(unit));
        Kind = Guard.Against.EnumOutOfRange(kind, nameof(kind));
        Direction = Guard.Against.EnumOutOfRange(direction, nameof(direction));
        Level = Guard.Against.EnumOutOfRange(level, nameof(level));
        Chart = Guard.Against.EnumOutOfRange(chart, nameof(chart));
        Fault.Throw(Check(kind, multiplier, likert is not null));
        Multiplier = multiplier;
        Likert = likert;
        Measures = measures is null ? [] : [.. measures];
        Nodes = nodes is null ? [] : [.. nodes];
    }

    /// <summary>The indicator's own checks, shared by the constructor and the evaluation document.</summary>
    internal static IEnumerable<Fault> Check(IndicatorKind kind, double multiplier, bool hasLikert)
    {
        if (!(multiplier > 0 && double.IsFinite(multiplier)))
        {
            yield return Fault.Invalid("multiplier", nameof(multiplier), $"the multiplier is a positive number; found {multiplier}");
        }

        if (hasLikert && kind != IndicatorKind.Proportion)
        {
            yield return new("likert", "likert", ProblemKind.InvalidValue, "survey answers make a proportion (the top-box share); the kind must be 'proportion'");
        }
    }

    /// <summary>Gets the identifier.</summary>
    public IndicatorId Id { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the unit of measure.</summary>
    public LocalizedText Unit { get; }

    /// <summary>Gets the kind of data.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Gets which way is better.</summary>
    public DesiredDirection Direction { get; }

    /// <summary>Gets the Kirkpatrick level it gives evidence for.</summary>
    public KirkpatrickLevel Level { get; }

    /// <summary>Gets the chart it is judged by.</summary>
    public IndicatorChart Chart { get; }

    /// <summary>Gets the factor applied to proportions and rates.</summary>
    public double Multiplier { get; }

    /// <summary>Gets the survey scale, or <see langword="null"/>.</summary>
    public LikertScale? Likert { get; }

    /// <summary>Gets the measures it concerns, in the order given.</summary>
    public ImmutableArray<MeasureId> Measures { get; }

    /// <summary>Gets the nodes it concerns, in the order given; empty for every node with a series.</summary>
    public ImmutableArray<NodeId> Nodes { get; }

    /// <summary>Gets the chart this indicator is judged by: <see cref="ChartKind.Run"/> for a run chart, otherwise the control chart its data takes (I, P, P′, U, U′, C, T, G or Xbar).</summary>
    public ChartKind ChartKind => Chart switch
    {
        IndicatorChart.Run => ChartKind.Run,
        IndicatorChart.Control or IndicatorChart.Laney => Kind switch
        {
            IndicatorKind.Measured => ChartKind.Individuals,
            IndicatorKind.Proportion => Chart == IndicatorChart.Laney ? ChartKind.LaneyProportion : ChartKind.Proportion,
            IndicatorKind.Rate => Chart == IndicatorChart.Laney ? ChartKind.LaneyRate : ChartKind.Rate,
            IndicatorKind.Count => ChartKind.Count,
            IndicatorKind.TimeBetweenEvents => ChartKind.TimeBetweenEvents,
            IndicatorKind.OpportunitiesBetweenEvents => ChartKind.OpportunitiesBetweenEvents,
            IndicatorKind.Subgrouped => ChartKind.SubgroupMean,
            _ => throw new UnreachableException($"Indicator kind {Kind} is not handled."),
        },
        _ => throw new UnreachableException($"Indicator chart {Chart} is not handled."),
    };

    /// <summary>Gets whether observations carry a denominator (proportions and rates).</summary>
    public bool HasDenominator => Kind is IndicatorKind.Proportion or IndicatorKind.Rate;

    /// <summary>Gets whether a change of <paramref name="delta"/> is for the better.</summary>
    /// <param name="delta">A change in the indicator's value.</param>
    /// <returns><see langword="true"/> when better, <see langword="false"/> when worse or zero.</returns>
    public bool IsBetter(double delta) => Direction == DesiredDirection.Higher ? delta > 0 : delta < 0;

    /// <inheritdoc/>
    public override string ToString() => Id.Value;
}
