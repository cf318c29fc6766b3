using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The laws the evaluation issue names, over 1 000 generated series each.</summary>
public class EvaluationLawTests
{
    public static Arbitrary<double[]> Series() => Arb.From(
        from n in Gen.Choose(1, 60)
        from xs in Gen.ArrayOf(Gen.Choose(0, 40).Select(v => (double)v), n)
        select xs);

    [Property(MaxTest = 1000, Arbitrary = [typeof(EvaluationLawTests)])]
    public Property RunChart_ScalingAndShifting_LeavesTheAnhojResultsUnchanged(double[] values, PositiveInt scale, int shift)
    {
        var a = RunsAnalysis.AgainstMedian(values);
        var b = RunsAnalysis.AgainstMedian([.. values.Select(v => (v * scale.Get) + shift)]);
        return (a.UsefulCount == b.UsefulCount && a.LongestRun == b.LongestRun && a.Crossings == b.Crossings && a.Signal == b.Signal).ToProperty();
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(EvaluationLawTests)])]
    public Property RunChart_ReversedSeries_HasTheSameLongestRunAndCrossings(double[] values)
    {
        var a = RunsAnalysis.AgainstMedian(values);
        var b = RunsAnalysis.AgainstMedian([.. values.Reverse()]);
        return (a.LongestRun == b.LongestRun && a.Crossings == b.Crossings).ToProperty();
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(EvaluationLawTests)])]
    public Property ControlCharts_LimitsContainTheCentreLine(double[] values, bool laney)
    {
        var counts = values.Select(v => v + 1).ToArray();
        var denominators = values.Select(v => v + 41).ToArray();
        var charts = new[]
        {
            ControlChart.Compute(ChartKind.Individuals, values),
            ControlChart.Compute(ChartKind.Count, counts),
            ControlChart.Compute(laney ? ChartKind.LaneyProportion : ChartKind.Proportion, counts, denominators),
            ControlChart.Compute(laney ? ChartKind.LaneyRate : ChartKind.Rate, counts, denominators),
        };
        return charts.All(c => c.Phases.All(p => p.Lower.All(l => l <= p.Centre + 1e-12) && p.Upper.All(u => u >= p.Centre - 1e-12))).ToProperty();
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(EvaluationLawTests)])]
    public Property PChart_LimitsStayWithinZeroAndOne(double[] values, PositiveInt smallest)
    {
        var numerators = values.Select(v => Math.Min(v, smallest.Get % 50)).ToArray();
        var denominators = values.Select((v, i) => (double)((smallest.Get % 50) + 1 + i)).ToArray();
        var chart = ControlChart.Compute(ChartKind.Proportion, numerators, denominators);
        return chart.Phases.All(p => p.Lower.All(l => l >= 0) && p.Upper.All(u => u <= 1)).ToProperty();
    }

    [Theory]
    // Student t critical values: NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2 (upper critical values).
    [InlineData(0.975, 1, 12.706)]
    [InlineData(0.975, 10, 2.228)]
    [InlineData(0.975, 30, 2.042)]
    [InlineData(0.95, 20, 1.725)]
    [InlineData(0.995, 5, 4.032)]
    public void StudentTQuantile_MatchesThePublishedTable(double p, double df, double expected) =>
        Assert.Equal(expected, Distributions.StudentTQuantile(p, df), 3);

    [Theory]
    // Standard normal quantiles: NIST/SEMATECH e-Handbook, section 1.3.6.7.1; 1.959963984540054 to full precision.
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.5, 0)]
    [InlineData(0.001, -3.090232306167813)]
    public void NormalQuantile_MatchesThePublishedTable(double p, double expected) =>
        Assert.Equal(expected, Distributions.NormalQuantile(p), 12);

    [Theory]
    // R: qbinom(0.05, n - 1, 0.5), the crossings limit of the Anhøj rules (Anhøj & Olesen 2014, table 1).
    [InlineData(9, 2)]
    [InlineData(19, 6)]
    [InlineData(23, 8)] // also the shared run-chart fixture: 24 useful values, crossingsMin 8
    [InlineData(39, 14)]
    public void BinomialQuantile_MatchesAnhojsCrossingsTable(int size, int expected) =>
        Assert.Equal(expected, Distributions.BinomialQuantile(0.05, size, 0.5));
}
