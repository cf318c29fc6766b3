using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using static ReKs.Competence.Tests.Evaluation.EvaluatorTests;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The evaluator's charts beyond P, U and C: the MR chart beside I, T and G indicators, excluded points.</summary>
public class EvaluatorChartTests
{
    private static readonly double[] Stable = [10.5, 9.5, 10.8, 9.2, 10.3, 9.7, 10.6, 9.4, 10.1, 9.9, 10.4, 9.6, 10.7, 9.3, 10.2, 9.8, 10.5, 9.5, 10.6, 9.4];

    [Fact]
    public void Evaluate_IChart_HasTheMovingRangeChartBesideItOnTheSameBaseline()
    {
        var e = Evaluator.Evaluate(Measured(), Monthly(Stable.Select(v => (double?)v)), baselinePoints: 12);
        var mr = e.MovingRanges!;

        Assert.Equal(ChartKind.MovingRange, mr.Kind);
        Assert.True(double.IsNaN(mr.Values[0]));
        var expected = Enumerable.Range(1, 11).Average(i => Math.Abs(Stable[i] - Stable[i - 1]));
        Assert.Equal(expected, mr.Phases[0].Centre, 12);
        Assert.Equal(3.267 * expected, mr.Phases[0].Upper[5], 12);
        Assert.Equal(e.BaselineCentre + (3 * expected / 1.128), e.Upper[0], 12); // the I chart's sigma is the MR chart's centre / d2
    }

    [Fact]
    public void Evaluate_ExcludedPoint_IsDrawnButLeftOutOfCentreAndRuns()
    {
        // A month with a known special cause (a norovirus outbreak) marked `exclude: true` in the evaluation document.
        var period = (int i) => MeasurementPeriod.Month(new YearMonth(2024, 9).PlusMonths(i));
        var observations = Stable.Select((v, i) => new Observation(period(i), i == 4 ? 30 : v, excluded: i == 4));
        var e = Evaluator.Evaluate(Measured(), new Series(new IndicatorId("minutes"), new NodeId("unit"), observations));

        Assert.Equal(30, e.Values[4]);
        Assert.Equal(Stable.Where((_, i) => i != 4).Average(), e.BaselineCentre, 12);
        Assert.Equal(19, e.BaselinePoints);
        Assert.Contains(e.Signals, s => s.Rule == SignalRule.OutsideLimits && s.From == 5); // still tested against the limits
    }

    [Fact]
    public void Evaluate_RunChart_TakesExclusionsLikeAControlChart()
    {
        var period = (int i) => MeasurementPeriod.Month(new YearMonth(2024, 9).PlusMonths(i));
        double[] values = [1, 2, 3, 4, 100, 5, 6, 7];
        var observations = values.Select((v, i) => new Observation(period(i), v, excluded: i == 4));
        var e = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), new Series(new IndicatorId("minutes"), new NodeId("unit"), observations));

        Assert.Equal(4, e.BaselineCentre); // the median of 1..7 without the excluded 100
        Assert.Equal(6, e.Runs!.UsefulCount); // 7 included points, one on the median
        Assert.True(e.Lower.IsEmpty);
    }

    [Fact]
    public void Evaluate_DaysBetweenFalls_IsATChartAndLongerGapsAreBetter()
    {
        var indicator = new Indicator(new IndicatorId("dager-mellom-fall"), new LocalizedText("Dager mellom fall"), new LocalizedText("dager"),
            IndicatorKind.TimeBetweenEvents, DesiredDirection.Higher, KirkpatrickLevel.Results);
        double[] days = [5, 9, 3, 12, 7, 4, 8, 6, 10, 2, 7, 5, 9, 6, 30, 45, 38, 52, 41, 60];
        var series = new Series(indicator.Id, new NodeId("unit"), days.Select((d, i) => new Observation(MeasurementPeriod.Month(new YearMonth(2024, 1).PlusMonths(i)), d)));
        var e = Evaluator.Evaluate(indicator, series, baselinePoints: 14);

        Assert.Equal(ChartKind.TimeBetweenEvents, indicator.ChartKind);
        var w = days.Take(14).Select(d => Math.Pow(d, 1 / 3.6)).ToArray();
        Assert.Equal(Math.Pow(w.Average(), 3.6), e.BaselineCentre, 9);
        Assert.Equal(Verdict.Improvement, e.Verdict);
        Assert.Null(e.NewLevel); // no intervention, so no phase split at it and no effect, improvement or not
        Assert.Null(e.Effect);
    }

    [Fact]
    public void Evaluate_OpportunitiesBetweenInfections_IsAGChartCentredOnTheMedian()
    {
        var indicator = new Indicator(new IndicatorId("liggedogn-mellom-infeksjoner"), new LocalizedText("Liggedøgn mellom infeksjoner"), new LocalizedText("liggedøgn"),
            IndicatorKind.OpportunitiesBetweenEvents, DesiredDirection.Higher, KirkpatrickLevel.Results);
        double[] between = [120, 45, 300, 80, 60, 210, 95, 30, 150, 70, 110, 40];
        var series = new Series(indicator.Id, new NodeId("unit"), between.Select((d, i) => new Observation(MeasurementPeriod.Month(new YearMonth(2024, 1).PlusMonths(i)), d)));
        var e = Evaluator.Evaluate(indicator, series);
        var mean = between.Average();

        Assert.Equal(RunsAnalysis.Median(between), e.BaselineCentre);
        Assert.Equal(mean + (3 * Math.Sqrt(mean * (mean + 1))), e.Upper[0], 9);
        Assert.Equal(0, e.Lower[0]);
    }

    [Fact]
    public void Excluding_PeriodInNoSeries_IsRejectedNamingIt_AndKnownPeriodsAreMarked()
    {
        var data = new EvaluationData([Measured()], [Monthly(Stable.Select(v => (double?)v))]);
        var excluded = data.Excluding([MeasurementPeriod.Parse("2024-11")]);

        Assert.Equal([2], excluded.Series[0].Observations.Select((o, i) => (o, i)).Where(x => x.o.IsExcluded).Select(x => x.i));
        var e = Assert.Throws<ArgumentException>(() => data.Excluding([MeasurementPeriod.Parse("2024-11"), MeasurementPeriod.Parse("2019-01")]));
        Assert.Contains("2019-01", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-11", e.Message, StringComparison.Ordinal);
    }
}
