using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The verdict: baseline, signals located by rule, new level, effect, comparison — the way qicharts2 users and the
/// NHS "Making Data Count" guidance read a chart after an intervention.</summary>
public partial class EvaluatorTests
{
    private static readonly NodeId Unit = new("unit");
    private static readonly LocalDate Start = new(2024, 9, 1);

    // A stable baseline around 10 that crosses its centre often: 10.5, 9.5, 10.8, 9.2, … (20 months).
    private static readonly double[] Stable = [10.5, 9.5, 10.8, 9.2, 10.3, 9.7, 10.6, 9.4, 10.1, 9.9, 10.4, 9.6, 10.7, 9.3, 10.2, 9.8, 10.5, 9.5, 10.6, 9.4];

    internal static Indicator Measured(DesiredDirection direction = DesiredDirection.Lower, IndicatorChart chart = IndicatorChart.Control) =>
        new(new IndicatorId("minutes"), new LocalizedText("Minutter"), new LocalizedText("min"), IndicatorKind.Measured, direction, KirkpatrickLevel.Behaviour, chart: chart);

    internal static Series Monthly(IEnumerable<double?> values, NodeId? node = null) =>
        new(new IndicatorId("minutes"), node ?? Unit, values.Select((v, i) => new Observation(MeasurementPeriod.Month(new YearMonth(2024, 9).PlusMonths(i)), v)));

    private static Intervention At(int month, params NodeId[] nodes) =>
        new("iv", Start.PlusMonths(month), nodes.Length == 0 ? [Unit] : nodes, new LocalizedText("Kurs"));

    [Fact]
    public void Evaluate_StepDownAfterIntervention_IsImprovementWithTheRunLocatedAfterIt()
    {
        var values = Stable.Concat(Enumerable.Repeat(7.0, 12).Select((v, i) => v + (i % 2 == 0 ? 0.2 : -0.2)));
        var e = Evaluator.Evaluate(Measured(), Monthly(values.Select(v => (double?)v)), At(20));

        Assert.Equal(Verdict.Improvement, e.Verdict);
        Assert.Equal(20, e.BaselineCount);
        Assert.Equal(20, e.BaselinePoints);
        Assert.Empty(e.Warnings);
        var run = Assert.Single(e.Signals, s => s.Rule == SignalRule.LongRun);
        // The last baseline point (9.4) is already below the centre line, so the run starts there.
        Assert.Equal((20, 32), (run.From, run.To));
        Assert.Equal(MeasurementPeriod.Parse("2026-04"), run.FromPeriod);
        Assert.Equal(SignalSide.Below, run.Side);
        Assert.True(run.IsFavourable);
        Assert.Equal(13, run.Length);
        Assert.Equal(8, run.Limit); // round(log2(32)) + 3
        Assert.All(e.Signals, s => Assert.True(s.IsPastBaseline));
        Assert.Contains(e.Signals, s => s.Rule == SignalRule.OutsideLimits);
        Assert.Equal(7.0, e.NewLevel!.Value, 10);
        Assert.Equal(7.0 - Stable.Average(), e.Effect!.Difference, 10);
        Assert.True(e.Effect.Interval.Upper < 0);
    }

    [Fact]
    public void Evaluate_SameStepWhenHigherIsBetter_IsDeteriorationWithoutNewLevel()
    {
        var values = Stable.Concat(Enumerable.Repeat(7.0, 12)).Select(v => (double?)v);
        var e = Evaluator.Evaluate(Measured(DesiredDirection.Higher), Monthly(values), At(20));

        Assert.Equal(Verdict.Deterioration, e.Verdict);
        Assert.All(e.Signals, s => Assert.False(s.IsFavourable));
        Assert.Null(e.NewLevel);
    }

    [Fact]
    public void Evaluate_StableSeries_HasNoSignal()
    {
        var values = Stable.Concat(Stable.Take(12)).Select(v => (double?)v);
        var e = Evaluator.Evaluate(Measured(), Monthly(values), At(20));

        Assert.Equal(Verdict.NoSignal, e.Verdict);
        Assert.Empty(e.Signals);
        Assert.Equal(Stable.Average(), e.BaselineCentre, 10);
        Assert.NotNull(e.Effect);
    }

    [Fact]
    public void Evaluate_ShortBaseline_WarnsUnder12PointsAnd10Useful()
    {
        // Improvement practice (qicharts2's documentation; NHS Making Data Count): at least 12 baseline points, 10 useful.
        var values = Stable.Take(8).Concat(Stable.Take(8)).Select(v => (double?)v);
        var e = Evaluator.Evaluate(Measured(), Monthly(values), At(8));

        Assert.Contains(BaselineWarning.FewPoints, e.Warnings);
        Assert.Contains(BaselineWarning.FewUseful, e.Warnings);
        Assert.Equal(8, e.BaselinePoints);
    }

    [Fact]
    public void Evaluate_RunChartBaselineWithPointsOnTheMedian_CountsOnlyUsefulPoints()
    {
        double[] values = [1, 2, 2, 2, 3, 1, 2, 3, 2, 2, 1, 3, 2, 2, 3, 1];
        var e = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(values.Select(v => (double?)v)), At(12));

        Assert.Equal(2, e.BaselineCentre);
        Assert.Equal(12, e.BaselinePoints);
        Assert.Equal(6, e.BaselineUseful);
        Assert.Contains(BaselineWarning.FewUseful, e.Warnings);
        Assert.DoesNotContain(BaselineWarning.FewPoints, e.Warnings);
        Assert.True(e.Lower.IsEmpty);
    }

    [Fact]
    public void Evaluate_WithoutIntervention_UsesTheFirstPointsAndSaysSo()
    {
        var values = Stable.Concat(Stable).Select(v => (double?)v);
        var e = Evaluator.Evaluate(Measured(), Monthly(values), baselinePoints: 20);

        Assert.Contains(BaselineWarning.NoIntervention, e.Warnings);
        Assert.Equal(20, e.BaselineCount);
        Assert.Null(e.Effect);
    }

    [Fact]
    public void Evaluate_NothingAfterTheIntervention_IsInsufficientData()
    {
        var values = Stable.Select(v => (double?)v).Concat([null, null]);
        var e = Evaluator.Evaluate(Measured(), Monthly(values), At(20));

        Assert.Equal(Verdict.InsufficientData, e.Verdict);
        Assert.Contains(BaselineWarning.NoPointsAfter, e.Warnings);
        Assert.Null(e.Runs);
    }

    [Fact]
    public void Evaluate_OneOutlierAfterTheIntervention_IsLocatedAtItsPeriod()
    {
        var values = Stable.Concat(Stable.Take(5)).Append(20).Concat(Stable.Skip(5).Take(6)).Select(v => (double?)v).ToList();
        var e = Evaluator.Evaluate(Measured(DesiredDirection.Higher), Monthly(values), At(20));

        var outlier = Assert.Single(e.Signals);
        Assert.Equal(SignalRule.OutsideLimits, outlier.Rule);
        Assert.Equal(26, outlier.From);
        Assert.Equal(MeasurementPeriod.Parse("2026-10"), outlier.FromPeriod);
        Assert.Equal(SignalSide.Above, outlier.Side);
        Assert.Equal(e.Upper[25], outlier.Limit);
        Assert.Equal(Verdict.Improvement, e.Verdict);
    }

    [Fact]
    public void Evaluate_SignalWhollyInsideTheBaseline_WarnsOfAnUnstableBaselineAndDoesNotDecide()
    {
        // Ten low points, ten high points, then the process varies around the baseline's centre, inside its limits.
        var baseline = Enumerable.Range(0, 20).Select(i => (i < 10 ? 8.5 : 11.5) + (i % 2 == 0 ? -0.5 : 0.5));
        var after = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? 9.5 : 10.5);
        var e = Evaluator.Evaluate(Measured(), Monthly(baseline.Concat(after).Select(v => (double?)v)), At(20));

        Assert.Contains(BaselineWarning.UnstableBaseline, e.Warnings);
        Assert.Contains(e.Signals, s => s.Rule == SignalRule.LongRun && !s.IsPastBaseline);
        Assert.Equal(Verdict.NoSignal, e.Verdict);
    }

    [Fact]
    public void Evaluate_ComparisonWithNonParticipants_SubtractsTheirChange()
    {
        var treated = Stable.Concat(Enumerable.Repeat(7.0, 12)).Select(v => (double?)v);
        var control = Stable.Concat(Stable.Take(12).Select(v => v - 1)).Select(v => (double?)v);
        var other = new NodeId("other");
        var e = Evaluator.Evaluate(Measured(), Monthly(treated), At(20), comparisons: [Monthly(control, other)]);

        var did = e.Comparison!;
        var expected = (7.0 - Stable.Average()) - (Stable.Take(12).Average() - 1 - Stable.Average());
        Assert.Equal(expected, did.Difference, 10);
        Assert.Equal([other], e.ComparisonNodes.ToArray());
    }

    [Fact]
    public void Evaluate_ProportionSeries_ChartsNumeratorOverDenominatorTimesTheMultiplier()
    {
        var indicator = new Indicator(new IndicatorId("share"), new LocalizedText("Andel"), new LocalizedText("%"), IndicatorKind.Proportion, DesiredDirection.Higher, KirkpatrickLevel.Behaviour, multiplier: 100);
        var series = new Series(indicator.Id, Unit, Enumerable.Range(0, 24).Select(i => new Observation(MeasurementPeriod.Month(new YearMonth(2024, 1).PlusMonths(i)), i < 12 ? 30 + (i % 3) : 45 + (i % 3), 60)));
        var e = Evaluator.Evaluate(indicator, series, new Intervention("x", new LocalDate(2025, 1, 1), [Unit], new LocalizedText("x")));

        Assert.Equal(50, e.Values[0], 10);
        Assert.Equal(Verdict.Improvement, e.Verdict);
        Assert.InRange(e.NewLevel!.Value, 76, 77);
        Assert.All(e.Upper, u => Assert.True(u <= 100));
    }

    [Fact]
    public void Evaluate_RateWithoutDenominator_IsRejectedWithThePath()
    {
        var indicator = new Indicator(new IndicatorId("minutes"), new LocalizedText("x"), new LocalizedText("x"), IndicatorKind.Rate, DesiredDirection.Lower, KirkpatrickLevel.Results);
        var ex = Assert.Throws<ValidationException>(() => Evaluator.Evaluate(indicator, Monthly([1.0, 2.0])));
        Assert.Equal(["minutes@unit.observations[0].denominator", "minutes@unit.observations[1].denominator"], ex.Problems.Select(p => p.Path));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(EvaluatorTests)])]
    public Property EvaluateAll_PooledComparisons_EqualEvaluatingEachSeriesWithItsNonParticipants(double[] a, double[] b, double[] c, double[] d)
    {
        var nodes = new[] { "n1", "n2", "n3", "n4" }.Select(n => new NodeId(n)).ToArray();
        var length = new[] { a.Length, b.Length, c.Length, d.Length }.Min();
        var series = new[] { a, b, c, d }.Select((v, i) => Monthly(v.Take(length).Select(x => (double?)x), nodes[i])).ToList();
        var iv = new Intervention("iv", Start.PlusMonths(length / 2), [nodes[0], nodes[2]], new LocalizedText("Kurs"));
        var data = new EvaluationData([Measured()], series, [iv]);
        var all = Evaluator.EvaluateAll(data, Measured().Id);
        var one = series.Select(s => Evaluator.Evaluate(Measured(), s, EvaluationData.TookPart(iv, s.Node) ? iv : null,
            comparisons: EvaluationData.TookPart(iv, s.Node) ? series.Where(x => !EvaluationData.TookPart(iv, x.Node)) : null)).ToList();
        return all.Zip(one, (x, y) => x.Verdict == y.Verdict && x.Comparison?.Difference == y.Comparison?.Difference
            && x.Comparison?.Interval == y.Comparison?.Interval && x.ComparisonNodes.SequenceEqual(y.ComparisonNodes)).All(ok => ok).ToProperty();
    }

    public static Arbitrary<double[]> Values() => Arb.From(
        from n in Gen.Choose(14, 48)
        from xs in Gen.ArrayOf(Gen.Choose(0, 40).Select(v => (double)v), n)
        select xs);

    [Property(MaxTest = 1000, Arbitrary = [typeof(EvaluatorTests)])]
    public Property Evaluate_PositiveScalingAndShifting_LeavesSignalsAndVerdictUnchanged(double[] values, PositiveInt scale, int shift)
    {
        var cut = values.Length / 2;
        var a = Evaluator.Evaluate(Measured(), Monthly(values.Select(v => (double?)v)), At(cut));
        var b = Evaluator.Evaluate(Measured(), Monthly(values.Select(v => (double?)((v * scale.Get) + shift))), At(cut));
        return (a.Verdict == b.Verdict && Describe(a).SequenceEqual(Describe(b))).ToProperty();
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(EvaluatorTests)])]
    public Property Evaluate_NegatedDataWithTheOppositeDirection_GivesTheSameVerdict(double[] values)
    {
        var cut = values.Length / 2;
        var a = Evaluator.Evaluate(Measured(DesiredDirection.Lower), Monthly(values.Select(v => (double?)v)), At(cut));
        var b = Evaluator.Evaluate(Measured(DesiredDirection.Higher), Monthly(values.Select(v => (double?)(-v))), At(cut));
        return (a.Verdict == b.Verdict && a.Signals.Length == b.Signals.Length).ToProperty();
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(EvaluatorTests)])]
    public Property Evaluate_AnySeries_LimitsContainTheCentreAndSignalsLieInTheSeries(double[] values)
    {
        var e = Evaluator.Evaluate(Measured(), Monthly(values.Select(v => (double?)v)), At(values.Length / 2));
        var within = e.Signals.All(s => s.From >= 1 && s.To <= values.Length && s.From <= s.To);
        var limits = e.Lower.Zip(e.Upper, (lo, hi) => lo <= e.BaselineCentre && e.BaselineCentre <= hi).All(x => x);
        var verdict = e.Verdict == Verdict.NoSignal ? e.Signals.All(s => !s.IsPastBaseline) : e.Signals.Any(s => s.IsPastBaseline);
        return (within && limits && verdict).ToProperty();
    }

    private static IEnumerable<string> Describe(IndicatorEvaluation e) => e.Signals.Select(s => $"{s.Rule} {s.From}-{s.To} {s.Side} {s.IsPastBaseline}");
}
