using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>What an evaluation gives back (written for the first mutation pass over the evaluation files without a score):
/// the one-line texts of an indicator's evaluation, an effect and a signal, whether a chart signals, and the Kirkpatrick
/// summary of a measure, against the evaluation spec's "The verdict" (steps 3, 4 and 6 and the paragraph on
/// <c>KirkpatrickSummary</c>).</summary>
public class EvaluationResultTypesTests
{
    private static readonly LocalizedText Text = new("x");
    private static readonly NodeId Unit = new("unit");

    private static MeasurementPeriod Month(int i) => MeasurementPeriod.Month(new YearMonth(2025, 1).PlusMonths(i));

    private static Indicator Indicator(string id = "i", KirkpatrickLevel level = KirkpatrickLevel.Results, params string[] measures) =>
        new(new IndicatorId(id), Text, Text, IndicatorKind.Measured, DesiredDirection.Higher, level, [.. measures.Select(m => new MeasureId(m))]);

    private static Intervention Iv(string? measure = null) => new("kurs", new LocalDate(2025, 3, 1), [Unit], Text, measure is null ? null : new MeasureId(measure));

    private static EffectEstimate Effect(EffectDesign design = EffectDesign.Independent, double relative = 0.1234) =>
        new(design, 10, 2.5, new ConfidenceInterval(1, 4.25), relative, 0.8, null, 10, 12);

    private static IndicatorEvaluation Evaluation(
        Verdict verdict = Verdict.NoSignal,
        Indicator? indicator = null,
        Intervention? intervention = null,
        double centre = 1.5,
        int signals = 0,
        EffectEstimate? effect = null,
        EffectEstimate? comparison = null,
        int comparisonNodes = 0,
        string node = "unit")
    {
        var i = indicator ?? Indicator();
        var series = new Series(i.Id, new NodeId(node), [new Observation(Month(0), 1), new Observation(Month(1), 2), new Observation(Month(2), 3)]);
        var signal = new ChartSignal(SignalRule.OutsideLimits, 2, 2, Month(2), Month(2), 1, 2.5, SignalSide.Above, true, true);
        return new IndicatorEvaluation(
            i, series, intervention, [1, 2, 3], 2, 2, 2, centre, [0, 0, 0], [3, 3, 3], null,
            [.. Enumerable.Repeat(signal, signals)], [], verdict, null, effect, comparison,
            [.. Enumerable.Range(0, comparisonNodes).Select(n => new NodeId($"c{n}"))]);
    }

    [Fact]
    public void IndicatorEvaluation_ToString_SaysVerdictPointsBaselineAndSignals()
    {
        var e = Evaluation();
        Assert.Equal(Unit, e.Node);
        Assert.Equal("i@unit: NoSignal; 3 points, baseline 2 (centre 1.5); 0 signals", e.ToString());
        Assert.Equal("i@unit: NoSignal; 3 points, baseline 2; 1 signal", Evaluation(centre: double.NaN, signals: 1).ToString());
    }

    [Fact]
    public void IndicatorEvaluation_ToString_AddsTheInterventionEffectAndComparison()
    {
        var e = Evaluation(Verdict.Improvement, intervention: Iv(), signals: 2, effect: Effect(), comparison: Effect(EffectDesign.DifferenceInDifferences), comparisonNodes: 2);
        Assert.Equal(
            "i@unit: Improvement; 3 points, baseline 2 (centre 1.5); 2 signals; intervention kurs; after − before 2.5 [1; 4.25] (12.3 %), Hedges' g 0.8, n = 12;"
            + " against 2 non-participants: difference in differences 2.5 [1; 4.25] (12.3 %), Hedges' g 0.8, n = 12",
            e.ToString());
        Assert.EndsWith("against 1 non-participant: paired difference 2.5 [1; 4.25] (12.3 %), Hedges' g 0.8, n = 12", Evaluation(comparison: Effect(EffectDesign.Paired), comparisonNodes: 1).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EffectDesign.Independent, 0.1234, "after − before 2.5 [1; 4.25] (12.3 %), Hedges' g 0.8, n = 12")]
    [InlineData(EffectDesign.Paired, -0.5, "paired difference 2.5 [1; 4.25] (-50 %), Hedges' g 0.8, n = 12")]
    [InlineData(EffectDesign.DifferenceInDifferences, 0.0, "difference in differences 2.5 [1; 4.25] (0 %), Hedges' g 0.8, n = 12")]
    [InlineData(EffectDesign.Independent, double.PositiveInfinity, "after − before 2.5 [1; 4.25], Hedges' g 0.8, n = 12")]
    [InlineData(EffectDesign.Independent, double.NaN, "after − before 2.5 [1; 4.25], Hedges' g 0.8, n = 12")]
    public void EffectEstimate_ToString_NamesTheDesignAndLeavesOutAnUndefinedRelativeChange(EffectDesign design, double relative, string expected)
    {
        // A relative change is undefined when the baseline mean is 0 (the spec's step 6): it is left out, not shown as ∞.
        var effect = Effect(design, relative);
        Assert.Equal(expected, effect.ToString());
        Assert.Equal((design, 10.0, 2.5, 0.8, 10.0, 12), (effect.Design, effect.BaselineMean, effect.Difference, effect.HedgesG, effect.DegreesOfFreedom, effect.Count));
        Assert.Null(effect.HedgesGInterval);
    }

    [Fact]
    public void ChartSignal_ToString_SaysRulePeriodsLengthAgainstLimitAndSide()
    {
        // The spec's step 3: a long run says its first and last period and its length against log2(n) + 3.
        var run = new ChartSignal(SignalRule.LongRun, 3, 10, Month(3), Month(10), 8, 7, SignalSide.Below, false, true);
        Assert.Equal("LongRun 2025-04–2025-11 (8 vs 7) Below", run.ToString());
        Assert.Equal((3, 10, 8, 7.0, SignalSide.Below, false, true), (run.From, run.To, run.Length, run.Limit, run.Side!.Value, run.IsFavourable!.Value, run.IsPastBaseline));
        Assert.Equal("FewCrossings 2025-01–2025-12 (2 vs 3.5) ", new ChartSignal(SignalRule.FewCrossings, 0, 11, Month(0), Month(11), 2, 3.5, null, null, false).ToString());
    }

    private static ChartPhase Phase(double[] values, double centre) =>
        new(0, values.Length - 1, centre, [.. values.Select(_ => centre - 10)], [.. values.Select(_ => centre + 10)], RunsAnalysis.Of(values, centre));

    [Fact]
    public void ControlChartResult_AnySignal_IsASigmaSignalOrARunsSignalInAnyPhase()
    {
        double[] noise = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1];
        double[] shift = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; // 12 on one side: longer than log2(12) + 3 = 7
        Assert.False(Phase(noise, 0).Runs.Signal);
        Assert.True(Phase(shift, 0).Runs.Signal);

        Assert.False(new ControlChartResult(ChartKind.Individuals, [.. noise], [Phase(noise, 0)], []).AnySignal);
        Assert.True(new ControlChartResult(ChartKind.Individuals, [.. noise], [Phase(noise, 0)], [4]).AnySignal);
        Assert.True(new ControlChartResult(ChartKind.Individuals, [.. noise, .. shift], [Phase(noise, 0), Phase(shift, 0)], []).AnySignal);
        Assert.True(new ControlChartResult(ChartKind.Individuals, [.. shift, .. noise], [Phase(shift, 0), Phase(noise, 0)], []).AnySignal);
    }

    [Theory]
    // The finding of a level (the spec: the split is shown, a level without an indicator has no finding, one whose
    // evaluations all lack data is InsufficientData).
    [InlineData(new[] { Verdict.Improvement, Verdict.NoSignal }, Verdict.Improvement)]
    [InlineData(new[] { Verdict.Deterioration, Verdict.InsufficientData }, Verdict.Deterioration)]
    [InlineData(new[] { Verdict.Mixed }, Verdict.Mixed)]
    [InlineData(new[] { Verdict.Improvement, Verdict.Deterioration }, Verdict.Mixed)]
    [InlineData(new[] { Verdict.Improvement, Verdict.Mixed }, Verdict.Mixed)]
    [InlineData(new[] { Verdict.Deterioration, Verdict.Mixed }, Verdict.Mixed)]
    [InlineData(new[] { Verdict.NoSignal, Verdict.InsufficientData }, Verdict.NoSignal)]
    [InlineData(new[] { Verdict.InsufficientData, Verdict.InsufficientData }, Verdict.InsufficientData)]
    [InlineData(new Verdict[0], Verdict.InsufficientData)]
    public void KirkpatrickLevelSummary_Finding_FromTheVerdictsOfTheParticipants(Verdict[] verdicts, Verdict expected)
    {
        var level = new KirkpatrickLevelSummary(KirkpatrickLevel.Learning, [new IndicatorId("i")], [.. verdicts.Select(v => Evaluation(v))], 0);
        Assert.Equal(expected, level.Finding);
        Assert.Equal(verdicts.Any(v => v != Verdict.InsufficientData), level.HasEvidence);
        Assert.Equal(verdicts.Count(v => v == Verdict.Improvement), level.Count(Verdict.Improvement));
    }

    [Fact]
    public void KirkpatrickLevelSummary_ToString_ShowsTheSplit()
    {
        // The spec's example: "Improvement (improved 1 of 3, 2 no change)", not "improvement (5)".
        var level = new KirkpatrickLevelSummary(KirkpatrickLevel.Results, [new IndicatorId("i")], [Evaluation(Verdict.Improvement), Evaluation(Verdict.NoSignal), Evaluation(Verdict.NoSignal)], 2);
        Assert.Equal("Results: Improvement (NoSignal 2, Improvement 1 of 3)", level.ToString());
        Assert.Equal(2, level.NonParticipantCount);

        var empty = new KirkpatrickLevelSummary(KirkpatrickLevel.Reaction, [], [], 0);
        Assert.Null(empty.Finding);
        Assert.Equal("Reaction: no indicator", empty.ToString());
    }

    [Fact]
    public void KirkpatrickSummary_For_CountsParticipantsOfTheMeasureAndComparesTheOthers()
    {
        // The spec: only the nodes that took part in an intervention of the measure (or of no named measure) are
        // evidence; the others count as non-participants. Indicators of other measures are left out.
        var results = Indicator("r", KirkpatrickLevel.Results, "m");
        var learning = Indicator("l", KirkpatrickLevel.Learning, "m", "n");
        var other = Indicator("o", KirkpatrickLevel.Results, "n");
        IndicatorEvaluation[] evaluations =
        [
            Evaluation(Verdict.Improvement, results, Iv("m"), node: "a"),
            Evaluation(Verdict.NoSignal, results, Iv(), node: "b"),
            Evaluation(Verdict.Deterioration, results, Iv("n"), node: "c"),
            Evaluation(Verdict.NoSignal, results, null, node: "d"),
            Evaluation(Verdict.Deterioration, other, Iv("m"), node: "a"),
            Evaluation(Verdict.Improvement, learning, Iv("m"), node: "a"),
        ];

        var m = KirkpatrickSummary.For(new MeasureId("m"), [results, learning, other], evaluations);

        Assert.Equal(new MeasureId("m"), m.Measure);
        Assert.Equal([KirkpatrickLevel.Reaction, KirkpatrickLevel.Learning, KirkpatrickLevel.Behaviour, KirkpatrickLevel.Results], m.Levels.Select(l => l.Level));
        var r = m.Levels[3];
        Assert.Equal([new IndicatorId("r")], r.Indicators.ToArray());
        Assert.Equal(["a", "b"], r.Evaluations.Select(e => e.Node.Value));
        Assert.Equal(2, r.NonParticipantCount);
        Assert.Equal(Verdict.Improvement, r.Finding);
        Assert.Equal([new IndicatorId("l")], m.Levels[1].Indicators.ToArray());
        Assert.Single(m.Levels[1].Evaluations);
        Assert.Null(m.Levels[0].Finding);
        Assert.Equal("m: Reaction: no indicator, Learning: Improvement (Improvement 1 of 1), Behaviour: no indicator, Results: Improvement (NoSignal 1, Improvement 1 of 2)", m.ToString());

        Assert.Throws<ArgumentNullException>("indicators", () => KirkpatrickSummary.For(new MeasureId("m"), null!, []));
        Assert.Throws<ArgumentNullException>("evaluations", () => KirkpatrickSummary.For(new MeasureId("m"), [], null!));
    }

    [Fact]
    public void KirkpatrickSummary_ForAll_OneSummaryPerMeasureInOrder()
    {
        var indicators = new[] { Indicator("a", KirkpatrickLevel.Results, "z", "m"), Indicator("b", KirkpatrickLevel.Reaction, "m"), Indicator("c", KirkpatrickLevel.Reaction) };
        var all = KirkpatrickSummary.ForAll(indicators, [Evaluation(Verdict.Improvement, indicators[1], Iv("m"))]);
        Assert.Equal(["m", "z"], all.Select(s => s.Measure.Value));
        Assert.Equal(Verdict.Improvement, all[0].Levels[0].Finding);
        Assert.Equal(Verdict.InsufficientData, all[1].Levels[3].Finding);
        Assert.Throws<ArgumentNullException>("indicators", () => KirkpatrickSummary.ForAll(null!, []));
        Assert.Throws<ArgumentNullException>("evaluations", () => KirkpatrickSummary.ForAll([], null!));
    }
}
