using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Bad arguments to the charts: the exception type, the parameter it names and the documented message, which
/// names the chart kind and the point or subgroup (written after the evaluation group's mutation pass found most unpinned).</summary>
public partial class ControlChartTests
{
    [Fact]
    public void Compute_MissingValuesOrSubgroups_AreRefusedNamingThem()
    {
        Assert.Throws<ArgumentNullException>("values", () => ControlChart.Compute(ChartKind.Individuals, null!));
        Assert.Throws<ArgumentNullException>("subgroups", () => ControlChart.ComputeSubgroups(ChartKind.SubgroupMean, null!));
    }

    [Fact]
    public void Compute_WrongEntryPointOrMissingDenominators_SayWhatTheKindNeeds()
    {
        Assert.StartsWith("A SubgroupMean chart is computed from subgroups: use ComputeSubgroups.", Assert.Throws<ArgumentException>("kind", () => ControlChart.Compute(ChartKind.SubgroupMean, [1.0, 2.0])).Message, StringComparison.Ordinal);
        Assert.StartsWith("A Individuals chart is not computed from subgroups: use Compute.", Assert.Throws<ArgumentException>("kind", () => ControlChart.ComputeSubgroups(ChartKind.Individuals, [[1.0, 2.0]])).Message, StringComparison.Ordinal);
        Assert.StartsWith("A Proportion chart needs one positive denominator per value.", Assert.Throws<ArgumentException>("denominators", () => ControlChart.Compute(ChartKind.Proportion, [1.0, 2.0])).Message, StringComparison.Ordinal);
        Assert.StartsWith("A Count chart takes no denominators.", Assert.Throws<ArgumentException>("denominators", () => ControlChart.Compute(ChartKind.Count, [1.0, 2.0], [5.0, 5.0])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 10.0, 10.0 })] // one too few
    [InlineData(new[] { 10.0, 10.0, 10.0, 10.0 })] // one too many
    [InlineData(new[] { 10.0, 0.0, 10.0 })]
    [InlineData(new[] { 10.0, -5.0, 10.0 })]
    [InlineData(new[] { 10.0, double.PositiveInfinity, 10.0 })]
    public void Compute_DenominatorsOfAnotherLengthOrNotPositive_AreRefused(double[] given)
    {
        var e = Assert.Throws<ArgumentException>("denominators", () => ControlChart.Compute(ChartKind.Rate, [1.0, 2.0, 3.0], given));
        Assert.StartsWith("A Rate chart needs one positive denominator per value (NaN where missing).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_MissingDenominator_IsAMissingPointNotAnError()
    {
        var chart = ControlChart.Compute(ChartKind.Rate, [1.0, 2.0, 3.0], [10.0, double.NaN, 10.0]);
        Assert.True(double.IsNaN(chart.Values[1]));
        Assert.Equal(0.2, chart.Phases[0].Centre, 12); // (1 + 3) / (10 + 10)
    }

    [Theory]
    [InlineData(ChartKind.Individuals)]
    [InlineData(ChartKind.MovingRange)]
    [InlineData(ChartKind.Proportion)]
    [InlineData(ChartKind.LaneyProportion)]
    [InlineData(ChartKind.Rate)]
    [InlineData(ChartKind.LaneyRate)]
    [InlineData(ChartKind.Count)]
    [InlineData(ChartKind.Run)]
    public void Compute_InfiniteValue_IsRefusedNamingTheKindAndThePoint(ChartKind kind)
    {
        double[]? denominators = kind is ChartKind.Proportion or ChartKind.LaneyProportion or ChartKind.Rate or ChartKind.LaneyRate ? [10, 10, 10] : null;
        var e = Assert.Throws<ArgumentException>("values", () => ControlChart.Compute(kind, [1.0, double.PositiveInfinity, 2.0], denominators));
        Assert.StartsWith($"A {kind} chart needs finite values; not so at point(s) 2.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChartKind.TimeBetweenEvents, new[] { 12.0, 0, 30, -4 }, "A TimeBetweenEvents chart needs every time between events above 0; not so at point(s) 2, 4.")]
    [InlineData(ChartKind.OpportunitiesBetweenEvents, new[] { 120.0, 85.5, 40, -1 }, "A OpportunitiesBetweenEvents chart needs whole numbers of opportunities from 0; not so at point(s) 2, 4.")]
    public void Compute_ValueTheKindCannotTake_SaysWhatTheKindNeeds(ChartKind kind, double[] points, string message) =>
        Assert.StartsWith(message, Assert.Throws<ArgumentException>("values", () => ControlChart.Compute(kind, points)).Message, StringComparison.Ordinal);

    [Fact]
    public void ComputeSubgroups_NullOrInfiniteSubgroup_IsRefusedNamingItsPosition()
    {
        var missing = Assert.Throws<ArgumentNullException>("subgroups", () => ControlChart.ComputeSubgroups(ChartKind.SubgroupMean, [[1.0, 2.0], null!, [3.0]]));
        Assert.StartsWith("Subgroup 2 is null.", missing.Message, StringComparison.Ordinal);
        var infinite = Assert.Throws<ArgumentException>("subgroups", () => ControlChart.ComputeSubgroups(ChartKind.SubgroupMean, [[1.0, 2.0], [3.0, double.NegativeInfinity], [3.0]]));
        Assert.StartsWith("Subgroup 2 has an infinite measurement.", infinite.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_PositionsWithinTheSeries_AreAccepted()
    {
        // Five points: a phase may start after point 4 (the last phase is point 5), point 5 may be excluded, and all
        // five may be the baseline.
        double[] values = [1, 2, 3, 4, 5];
        Assert.Equal(2, ControlChart.Compute(ChartKind.Individuals, values, options: new ChartOptions(phaseBreaks: [4])).Phases.Length);
        Assert.Equal(2.5, ControlChart.Compute(ChartKind.Individuals, values, options: new ChartOptions(exclude: [5])).Phases[0].Centre, 12);
        Assert.Equal(3, ControlChart.Compute(ChartKind.Individuals, values, options: new ChartOptions(freeze: 5)).Phases[0].Centre, 12);
    }

    [Theory]
    [InlineData(5, null, null)]
    [InlineData(null, 6, null)]
    [InlineData(null, null, 6)]
    public void Compute_PositionOutsideTheSeries_IsRefusedWithTheSeriesLength(int? phaseBreak, int? exclude, int? freeze)
    {
        var options = new ChartOptions(freeze: freeze, phaseBreaks: phaseBreak is { } p ? [p] : null, exclude: exclude is { } x ? [x] : null);
        var e = Assert.Throws<ArgumentException>("options", () => ControlChart.Compute(ChartKind.Individuals, [1.0, 2, 3, 4, 5], options: options));
        Assert.StartsWith("A position in the options is outside the series of 5 points.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_PhaseWithOnlyMissingPoints_IsRefusedNamingThePhase()
    {
        var options = new ChartOptions(phaseBreaks: [2]);
        var e = Assert.Throws<ArgumentException>("options", () => ControlChart.Compute(ChartKind.Individuals, [1.0, 2, double.NaN, double.NaN], options: options));
        Assert.StartsWith("Phase 2 has no point to compute a centre line from.", e.Message, StringComparison.Ordinal);
    }
}
