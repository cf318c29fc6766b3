using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The gaps the mutation pass over <c>Evaluator.cs</c> left open (docs/reliability.md, "Evaluation: the
/// evaluator"): which bad series is reported first, comparisons passed without an intervention, and where a crossings
/// signal takes its side and its place when runs tie or end on the intervention (Anhøj's rules as the evaluator's
/// remarks state them: a crossings signal takes the side of the longest run and is past the baseline only when that run
/// reaches past it).</summary>
public partial class EvaluatorTests
{
    // Runs of points well above (about 12) or below (about 8) a centre of 10, so each run's length is its own choosing.
    private static IEnumerable<double?> Runs(params (bool Above, int Length)[] runs) =>
        runs.SelectMany(r => Enumerable.Range(0, r.Length).Select(k => (double?)(r.Above ? 12 + (k % 3 * 0.1) : 8 - (k % 3 * 0.1))));

    [Fact]
    public void Evaluate_EvaluatedSeriesAndAComparisonBothOfAnotherIndicator_ReportsTheEvaluatedSeries()
    {
        // The evaluated series is checked before the comparisons: its own problem is the one the caller sees first.
        var other = new NodeId("other");
        var series = new Series(new IndicatorId("wrong"), Unit, Monthly(Stable.Select(v => (double?)v)).Observations);
        var comparison = new Series(new IndicatorId("third"), other, Monthly(Stable.Select(v => (double?)v), other).Observations);

        var ex = Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(Measured(), series, At(12), comparisons: [comparison]));

        Assert.Equal("series", ex.ParamName);
        Assert.StartsWith("Series wrong@unit is of indicator 'wrong', not 'minutes'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ComparisonsWithoutAnIntervention_AreNotUsed()
    {
        // A difference in differences needs the intervention's date to split the comparison series; without one there
        // is no effect, so the comparisons are checked but never pooled.
        var other = new NodeId("other");
        var series = Monthly(Stable.Select(v => (double?)v));
        var comparison = Monthly(Stable.Select(v => (double?)(v + 1)), other);

        var e = Evaluator.Evaluate(Measured(), series, comparisons: [comparison]);

        Assert.Null(e.Effect);
        Assert.Null(e.Comparison);
        Assert.Empty(e.ComparisonNodes);
        Assert.Equal(Verdict.NoSignal, e.Verdict);
    }

    [Fact]
    public void Evaluate_FewCrossingsWithTwoLongestRunsOfEqualLength_TakesTheSideOfTheLaterRun()
    {
        // Four runs of five (above, below, above, below): 3 crossings in 20 useful points, fewer than Anhøj's minimum of
        // 6 (binomial 5 % quantile of 19 trials), no run longer than 7. The longest runs tie; the later one, below, gives
        // the side.
        var e = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(Runs((true, 5), (false, 5), (true, 5), (false, 5))));

        Assert.Equal(10, e.BaselineCentre, 12);
        var crossings = Assert.Single(e.Signals);
        Assert.Equal((SignalRule.FewCrossings, 1, 20, 3, 6.0), (crossings.Rule, crossings.From, crossings.To, crossings.Length, crossings.Limit));
        Assert.Equal(SignalSide.Below, crossings.Side);
        Assert.True(crossings.IsFavourable);
    }

    [Fact]
    public void Evaluate_LongestRunEndingOnTheFirstPointAfterTheIntervention_MakesTheCrossingsSignalPastTheBaseline()
    {
        // Ten baseline points (five below, five above: centre 10), then the run above goes on to the first point after
        // the intervention (position 11): too few crossings (3 < 6) caused by a run that reaches past the baseline.
        var e = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(Runs((false, 5), (true, 6), (false, 5), (true, 4))), At(10));

        Assert.Equal(10, e.BaselineCount);
        Assert.Equal(10, e.BaselineCentre, 12);
        var crossings = Assert.Single(e.Signals);
        Assert.Equal((SignalRule.FewCrossings, SignalSide.Above, true), (crossings.Rule, crossings.Side, crossings.IsPastBaseline));
        Assert.DoesNotContain(BaselineWarning.UnstableBaseline, e.Warnings);
        Assert.Equal(Verdict.Deterioration, e.Verdict);
    }

    [Fact]
    public void Evaluate_SignalsStartingAtOnePoint_AreInTheOrderOfTheirRules()
    {
        // Nine above and eleven below a baseline of the first 18 (centre 10): both runs are longer than 7 and there is one
        // crossing. The long run and the crossings signal both start at point 1; the long run (the first rule) comes first.
        var e = Evaluator.Evaluate(Measured(chart: IndicatorChart.Run), Monthly(Runs((true, 9), (false, 11))), baselinePoints: 18);

        Assert.Equal(10, e.BaselineCentre, 12);
        Assert.Equal(["LongRun 1-9 Above False", "FewCrossings 1-20 Below True", "LongRun 10-20 Below True"], Describe(e));
    }
}
