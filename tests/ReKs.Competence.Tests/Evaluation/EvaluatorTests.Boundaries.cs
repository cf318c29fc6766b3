using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The evaluator's thresholds at their edges and the parts of a verdict the first tests did not reach (written for
/// the mutation pass over <c>Evaluator.cs</c>): the 12 baseline points and 10 useful ones of improvement practice
/// (qicharts2's documentation, NHS "Making Data Count"), the two points an effect needs on each side, a mixed verdict, a
/// signal on the first point after the intervention, a point below the lower limit, and the side of a crossings signal
/// (Anhøj's rules as the evaluator's remarks state them).</summary>
public partial class EvaluatorTests
{
    [Fact]
    public void Evaluate_TwelveBaselinePoints_AreEnoughAndElevenAreNot()
    {
        var twelve = Evaluator.Evaluate(Measured(), Monthly(Stable.Select(v => (double?)v)), At(12));
        var eleven = Evaluator.Evaluate(Measured(), Monthly(Stable.Select(v => (double?)v)), At(11));

        Assert.Equal(12, twelve.BaselinePoints);
        Assert.Empty(twelve.Warnings);
        Assert.Equal(11, eleven.BaselinePoints);
        Assert.Equal([BaselineWarning.FewPoints], eleven.Warnings.ToArray());
    }

    [Fact]
    public void Evaluate_RunChartWithExactlyTenUsefulBaselinePoints_HasNoUsefulWarning()
    {
        // Twelve points, two of them on the median (6): ten useful, the minimum improvement practice asks for.
        double[] baseline = [1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11];
        var e = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(baseline.Concat(baseline).Select(v => (double?)v)), At(12));

        Assert.Equal(6, e.BaselineCentre);
        Assert.Equal(10, e.BaselineUseful);
        Assert.DoesNotContain(BaselineWarning.FewUseful, e.Warnings);
    }

    [Fact]
    public void Evaluate_TwoBaselinePointsAreAChartOneIsInsufficientData()
    {
        var series = Monthly(Stable.Select(v => (double?)v));
        var two = Evaluator.Evaluate(Measured(), series, baselinePoints: 2);
        var one = Evaluator.Evaluate(Measured(), series, baselinePoints: 1);

        Assert.Equal(Verdict.NoSignal, two.Verdict);
        Assert.Equal(10, two.BaselineCentre, 12);
        Assert.Equal([BaselineWarning.NoIntervention, BaselineWarning.FewPoints, BaselineWarning.FewUseful], two.Warnings.ToArray());
        Assert.Equal(Verdict.InsufficientData, one.Verdict);
        Assert.Equal([BaselineWarning.NoIntervention, BaselineWarning.FewPoints, BaselineWarning.FewUseful], one.Warnings.ToArray());
        Assert.True(double.IsNaN(one.BaselineCentre));
    }

    [Fact]
    public void Evaluate_TwoPointsOnEachSide_GiveAnEffectAndOneAfterGivesNone()
    {
        var twoAfter = Evaluator.Evaluate(Measured(), Monthly(Stable.Take(14).Select(v => (double?)v)), At(12));
        var oneAfter = Evaluator.Evaluate(Measured(), Monthly(Stable.Take(13).Select(v => (double?)v)), At(12));
        var twoBefore = Evaluator.Evaluate(Measured(), Monthly(Stable.Select(v => (double?)v)), At(2));

        Assert.Equal(Stable.Skip(12).Take(2).Average() - Stable.Take(12).Average(), twoAfter.Effect!.Difference, 12);
        Assert.Equal((14, Stable.Take(12).Average()), (twoAfter.Effect.Count, twoAfter.Effect.BaselineMean));
        Assert.Null(oneAfter.Effect);
        Assert.Equal(Verdict.NoSignal, oneAfter.Verdict);
        Assert.Equal((20, 10.0), (twoBefore.Effect!.Count, twoBefore.Effect.BaselineMean));
    }

    [Fact]
    public void Evaluate_NonParticipantWithTwoPointsOnEachSide_IsAComparisonAndWithOneAfterIsNone()
    {
        var other = new NodeId("other");
        double?[] lead = [.. Enumerable.Repeat<double?>(null, 10)];
        var two = Monthly(lead.Concat([9.0, 10.0, 11.0, 10.0]), other);
        var one = Monthly(lead.Concat([9.0, 10.0, 11.0]), other);
        var series = Monthly(Stable.Select(v => (double?)v));

        var with = Evaluator.Evaluate(Measured(), series, At(12), comparisons: [two]);
        var without = Evaluator.Evaluate(Measured(), series, At(12), comparisons: [one]);

        Assert.Equal(with.Effect!.Difference - (10.5 - 9.5), with.Comparison!.Difference, 12);
        Assert.Equal([other], with.ComparisonNodes.ToArray());
        Assert.NotNull(without.Effect);
        Assert.Null(without.Comparison);
        Assert.Empty(without.ComparisonNodes);
    }

    [Fact]
    public void Evaluate_FavourableRunAndUnfavourableOutlierAfterTheIntervention_IsMixed()
    {
        // Lower is better: ten low months after the course (a run with the last baseline point, 9.4), then one far above.
        var after = Enumerable.Range(0, 10).Select(i => 7.0 + (i % 2 == 0 ? 0.2 : -0.2)).Append(20);
        var e = Evaluator.Evaluate(Measured(), Monthly(Stable.Concat(after).Select(v => (double?)v)), At(20));

        Assert.Equal(Verdict.Mixed, e.Verdict);
        Assert.NotNull(e.NewLevel);
        var run = Assert.Single(e.Signals, s => s.Rule == SignalRule.LongRun);
        Assert.Equal((20, 30, true), (run.From, run.To, run.IsFavourable));
        var outlier = e.Signals[^1];
        Assert.Equal((SignalRule.OutsideLimits, 31, SignalSide.Above, false), (outlier.Rule, outlier.From, outlier.Side, outlier.IsFavourable));
        Assert.Equal(e.Upper[30], outlier.Limit);
        Assert.Equal(e.Signals.OrderBy(s => s.From).ThenBy(s => s.Rule), e.Signals);
    }

    [Fact]
    public void Evaluate_OutlierOnTheFirstPointAfterTheIntervention_IsPastTheBaseline()
    {
        var values = Stable.Append(20).Concat(Stable.Take(6)).Select(v => (double?)v);
        var e = Evaluator.Evaluate(Measured(DesiredDirection.Higher), Monthly(values), At(20));

        var outlier = Assert.Single(e.Signals);
        Assert.Equal((21, 21, true, true), (outlier.From, outlier.To, outlier.IsPastBaseline, outlier.IsFavourable));
        Assert.Equal(Verdict.Improvement, e.Verdict);
        Assert.DoesNotContain(BaselineWarning.UnstableBaseline, e.Warnings);
    }

    [Fact]
    public void Evaluate_PointBelowTheLowerLimit_IsABelowSignalAtTheLowerLimit()
    {
        var values = Stable.Concat(Stable.Take(5)).Append(1).Concat(Stable.Skip(5).Take(6)).Select(v => (double?)v);
        var e = Evaluator.Evaluate(Measured(DesiredDirection.Lower), Monthly(values), At(20));

        var outlier = Assert.Single(e.Signals);
        Assert.Equal((SignalRule.OutsideLimits, 26, SignalSide.Below, true), (outlier.Rule, outlier.From, outlier.Side, outlier.IsFavourable));
        Assert.Equal(e.Lower[25], outlier.Limit);
        Assert.Equal(Verdict.Improvement, e.Verdict);
    }

    [Fact]
    public void Evaluate_RunOfExactlyTheLimit_IsNoSignalBesideALongerOne()
    {
        // A run chart of 32 useful points (Anhøj: a run longer than round(log2(32)) + 3 = 8 is a signal): the last baseline
        // point and eight months after it below the median (a run of 9), then eight above (a run of exactly 8).
        var baseline = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 11.0 : 9.0);
        var after = Enumerable.Repeat(9.0, 8).Concat(Enumerable.Repeat(11.0, 8));
        var e = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(baseline.Concat(after).Select(v => (double?)v)), At(16));

        Assert.Equal(8, e.Runs!.LongestRunMax);
        Assert.True(e.Lower.IsEmpty && e.Upper.IsEmpty); // a run chart has no limits
        var run = Assert.Single(e.Signals);
        Assert.Equal((SignalRule.LongRun, 16, 24, 9, SignalSide.Below), (run.Rule, run.From, run.To, run.Length, run.Side));
        Assert.Equal(Verdict.Improvement, e.Verdict);
    }

    [Fact]
    public void Evaluate_TooFewCrossings_TakeTheSideOfTheLongestRunAndItsPlace()
    {
        // Blocks of four around the median of a run chart give too few crossings (7 in 34 useful points; Anhøj's minimum
        // is 12) with no run longer than 8; the longest run (6, below) is the last, so the signal is below and past the
        // baseline. The same blocks with the long run inside the baseline are that baseline's instability.
        double[] Blocks(params int[] lengths) => [.. lengths.SelectMany((n, k) => Enumerable.Repeat(k % 2 == 0 ? 11.0 : 9.0, n))];
        var late = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(Blocks(4, 4, 4, 4, 4, 4, 4, 6).Select(v => (double?)v)), At(16));
        var early = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(Blocks(5, 7, 5, 3, 4, 4, 4, 2).Select(v => (double?)v)), At(20));

        var signal = Assert.Single(late.Signals);
        Assert.Equal((SignalRule.FewCrossings, 1, 34, SignalSide.Below, true, true), (signal.Rule, signal.From, signal.To, signal.Side, signal.IsFavourable, signal.IsPastBaseline));
        Assert.Equal((7, 12), (late.Runs!.Crossings, late.Runs.CrossingsMin));
        Assert.Equal((7, 12.0), (signal.Length, signal.Limit));
        Assert.Equal(Verdict.Improvement, late.Verdict);

        var inside = Assert.Single(early.Signals);
        Assert.Equal((SignalRule.FewCrossings, SignalSide.Below, false), (inside.Rule, inside.Side, inside.IsPastBaseline));
        Assert.Contains(BaselineWarning.UnstableBaseline, early.Warnings);
        Assert.Equal(Verdict.NoSignal, early.Verdict);
    }

    [Fact]
    public void Evaluate_BaselineWithoutTwoAdjacentIncludedPoints_HasNoMovingRangeChart()
    {
        // The MR chart needs a moving range in the baseline: two adjacent present points, the later one not excluded.
        var period = (int i) => MeasurementPeriod.Month(new NodaTime.YearMonth(2024, 9).PlusMonths(i));
        Series Make(Func<int, Observation> at) => new(new IndicatorId("minutes"), Unit, Enumerable.Range(0, 20).Select(at));
        var alternate = Make(i => new Observation(period(i), i < 12 && i % 2 == 1 ? null : Stable[i]));
        var secondMissing = Make(i => new Observation(period(i), i == 1 ? null : Stable[i]));
        var laterExcluded = Make(i => new Observation(period(i), i is 2 or 4 ? null : Stable[i], excluded: i == 1));

        Assert.Null(Evaluator.Evaluate(Measured(), alternate, baselinePoints: 12).MovingRanges);
        Assert.Null(Evaluator.Evaluate(Measured(), secondMissing, baselinePoints: 3).MovingRanges); // 3 and 4 are adjacent, but 4 is after it
        var excluded = Evaluator.Evaluate(Measured(), laterExcluded, baselinePoints: 5);
        Assert.Equal(2, excluded.BaselinePoints);
        Assert.Null(excluded.MovingRanges);
    }

    [Fact]
    public void Evaluate_MeasuredIndicatorWithAMultiplier_ChartsTheValuesAsTheyAre()
    {
        // The multiplier scales numerator ÷ denominator; a measured value has no denominator and is charted as measured.
        var indicator = new Indicator(new IndicatorId("minutes"), new LocalizedText("Minutter"), new LocalizedText("min"), IndicatorKind.Measured, DesiredDirection.Lower, KirkpatrickLevel.Behaviour, multiplier: 100);
        var e = Evaluator.Evaluate(indicator, Monthly(Stable.Select(v => (double?)v)), At(12));

        Assert.Equal(Stable, e.Values);
        Assert.Equal(Stable.Take(12).Average(), e.BaselineCentre, 12);
        Assert.All(e.Upper, u => Assert.InRange(u, 11, 14));
    }

    [Fact]
    public void Evaluate_ProportionMissingItsNumerator_HasNoPointAndNoLimitsThere()
    {
        // A month whose numerator is missing is a gap in the chart even when the source gave its denominator: no value and
        // no limits, never a limit drawn around nothing (the evaluator passes NaN as its denominator).
        var indicator = new Indicator(new IndicatorId("share"), new LocalizedText("Andel"), new LocalizedText("%"), IndicatorKind.Proportion, DesiredDirection.Higher, KirkpatrickLevel.Behaviour, multiplier: 100);
        var series = new Series(indicator.Id, Unit, Enumerable.Range(0, 16).Select(i => new Observation(MeasurementPeriod.Month(new NodaTime.YearMonth(2024, 1).PlusMonths(i)), i == 3 ? null : 30 + (i % 3), 60 + (i % 2 * 20))));
        var e = Evaluator.Evaluate(indicator, series, baselinePoints: 12);

        Assert.True(double.IsNaN(e.Values[3]));
        Assert.True(double.IsNaN(e.Lower[3]) && double.IsNaN(e.Upper[3]));
        Assert.True(double.IsFinite(e.Lower[2]) && double.IsFinite(e.Upper[4]));
        Assert.Equal(11, e.BaselinePoints);
    }

    [Fact]
    public void EvaluateAll_OneNodeAndBaselinePoints_ApplyOnlyWhereTheyShould()
    {
        // baselinePoints is for a series without an intervention; a series with one is cut at its date.
        var (n1, n2) = (new NodeId("n1"), new NodeId("n2"));
        var data = new EvaluationData([Measured()], [Monthly(Stable.Select(v => (double?)v), n1), Monthly(Stable.Select(v => (double?)v), n2)], [At(10, n1)]);

        var all = Evaluator.EvaluateAll(data, Measured().Id, baselinePoints: 14);
        Assert.Equal([(n1, 10), (n2, 14)], all.Select(e => (e.Node, e.BaselineCount)));
        Assert.Equal(["iv", null], all.Select(e => e.Intervention?.Id));

        var one = Assert.Single(Evaluator.EvaluateAll(data, Measured().Id, node: n2, baselinePoints: 14));
        Assert.Equal((n2, 14), (one.Node, one.BaselineCount));
    }

    [Fact]
    public void EvaluateAll_BaselinePointsBeyondAParticipantsLength_AreNotAppliedToIt()
    {
        // baselinePoints is documented for a series without an intervention: a participant is cut at its intervention's
        // date, so a count longer than the participant's own series must neither cut it nor be refused for it (the
        // mutation pass over Evaluator.cs found no test of this, line 178).
        var (n1, n2) = (new NodeId("n1"), new NodeId("n2"));
        var data = new EvaluationData([Measured()], [Monthly(Stable.Take(14).Select(v => (double?)v), n1), Monthly(Stable.Select(v => (double?)v), n2)], [At(10, n1)]);

        var all = Evaluator.EvaluateAll(data, Measured().Id, baselinePoints: 18);

        Assert.Equal([(n1, 10), (n2, 18)], all.Select(e => (e.Node, e.BaselineCount)));
    }
}
