using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Subgrouped indicators: several measurements per period, judged on an Xbar chart with the S chart beside it,
/// through the evaluator and the evaluation document.</summary>
public class EvaluatorSubgroupTests
{
    private static Indicator Scores(DesiredDirection direction = DesiredDirection.Higher) => new(
        new IndicatorId("kunnskapstest"), new LocalizedText("Kunnskapstest"), new LocalizedText("poeng"),
        IndicatorKind.Subgrouped, direction, KirkpatrickLevel.Learning);

    private static Series Monthly(Indicator indicator, IEnumerable<IReadOnlyList<double>> subgroups) =>
        new(indicator.Id, new NodeId("unit"), subgroups.Select((g, i) => Observation.Subgroup(MeasurementPeriod.Month(new YearMonth(2024, 1).PlusMonths(i)), g)));

    private static JsonElement Case(string name)
    {
        var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Fixtures, "qicharts2-more", "reference.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
    }

    private static List<IReadOnlyList<double>> Subgroups(JsonElement c) =>
        [.. c.GetProperty("subgroups").EnumerateArray().Select(g => (IReadOnlyList<double>)[.. g.EnumerateArray().Select(v => v.GetDouble())])];

    [Fact]
    public void Evaluate_PistonRings_XbarAndSMatchQicharts2Reference()
    {
        // Montgomery, Introduction to Statistical Quality Control, table 6.3 (piston-ring diameters, 25 subgroups of 5):
        // qicharts2's stored outputs ex_6.3_1 (xbar) and ex_6.3_2 (s) in the qicharts2-more fixture.
        var xbar = Case("ex_6.3_1");
        var s = Case("ex_6.3_2");
        Assert.Equal(xbar.GetProperty("subgroups").GetRawText(), s.GetProperty("subgroups").GetRawText());
        var e = Evaluator.Evaluate(Scores(), Monthly(Scores(), Subgroups(xbar)));

        Assert.Equal(ChartKind.SubgroupMean, e.Indicator.ChartKind);
        var x = xbar.GetProperty("expected").GetProperty("parts")[0];
        Assert.Equal(x.GetProperty("centre").GetDouble(), e.BaselineCentre, 1e-9);
        Assert.Equal(x.GetProperty("lower")[0].GetDouble(), e.Lower[0], 1e-9);
        Assert.Equal(x.GetProperty("upper")[24].GetDouble(), e.Upper[24], 1e-9);
        Assert.Equal(Subgroups(xbar)[3].Average(), e.Values[3], 12);

        var sd = e.StandardDeviations!;
        var sp = s.GetProperty("expected").GetProperty("parts")[0];
        Assert.Equal(ChartKind.SubgroupStandardDeviation, sd.Kind);
        Assert.Equal(sp.GetProperty("centre").GetDouble(), sd.Phases[0].Centre, 1e-9);
        Assert.Equal(sp.GetProperty("upper")[0].GetDouble(), sd.Phases[0].Upper[0], 1e-9);
        Assert.Equal(s.GetProperty("expected").GetProperty("values")[7].GetDouble(), sd.Values[7], 1e-9);
        Assert.Null(e.MovingRanges);
    }

    [Fact]
    public void Evaluate_MeanScoresRiseAfterTheCourse_IsAnImprovementWithANewLevel()
    {
        // Monthly knowledge tests of 4–6 participants, 14 months before the e-learning and 10 after, the scores up by
        // four points (the shape of the Gjøvik example's knowledge-test indicator).
        var random = new Random(7);
        var groups = Enumerable.Range(0, 24).Select(i => (IReadOnlyList<double>)[.. Enumerable.Range(0, 4 + (i % 3)).Select(_ => Math.Round(12 + (i >= 14 ? 4 : 0) + (random.NextDouble() * 4) - 2, 1))]).ToList();
        var series = Monthly(Scores(), groups);
        var iv = new Intervention("e-laering", new LocalDate(2025, 3, 1), [new NodeId("unit")], new LocalizedText("E-læring"));
        var e = Evaluator.Evaluate(Scores(), series, iv);

        Assert.Equal(14, e.BaselineCount);
        Assert.Equal(Verdict.Improvement, e.Verdict);
        Assert.NotNull(e.NewLevel);
        Assert.True(e.NewLevel > e.BaselineCentre + 3);
        Assert.NotNull(e.StandardDeviations);
        Assert.Equal(EffectDesign.Independent, e.Effect!.Design);
    }

    [Fact]
    public void Evaluate_MissingSubgroup_IsAGapWithoutLimits()
    {
        List<IReadOnlyList<double>> groups = [[10, 12, 11], [9, 13, 12], [], [11, 10, 12], [12, 11, 13], [10, 11, 9]];
        var e = Evaluator.Evaluate(Scores(), Monthly(Scores(), groups));

        Assert.True(e.Series.Observations[2].IsMissing);
        Assert.True(double.IsNaN(e.Values[2]));
        Assert.True(double.IsNaN(e.Lower[2]) && double.IsNaN(e.Upper[2]));
        Assert.True(double.IsNaN(e.StandardDeviations!.Values[2]));
        Assert.Equal(groups.SelectMany(g => g).Average(), e.BaselineCentre, 12);
    }

    [Property]
    public bool Subgroup_ValueIsTheMeanOfItsMeasurements(NonEmptyArray<NormalFloat> measurements)
    {
        var xs = measurements.Get.Select(m => m.Get % 1e6).ToArray();
        var o = Observation.Subgroup(MeasurementPeriod.Month(new YearMonth(2025, 1)), xs);
        return o.IsSubgroup && o.Measurements.Length == xs.Length && Math.Abs(o.Value!.Value - xs.Average()) <= 1e-9 * (1 + Math.Abs(xs.Average()));
    }

    [Fact]
    public void Subgroup_InfiniteMeasurement_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Observation.Subgroup(MeasurementPeriod.Month(new YearMonth(2025, 1)), [1, double.PositiveInfinity]));
        Assert.Contains("Measurement 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SChart_NeedsABaselineSubgroupOfTwoIncludedMeasurements()
    {
        // The S chart beside Xbar is centred on the baseline's subgroup standard deviations: a subgroup of two has one
        // (the smallest that does), subgroups of one and excluded subgroups have none to give.
        Series Make(Func<int, IReadOnlyList<double>> group, Func<int, bool>? excluded = null) => new(Scores().Id, new NodeId("unit"),
            Enumerable.Range(0, 16).Select(i => Observation.Subgroup(MeasurementPeriod.Month(new YearMonth(2024, 1).PlusMonths(i)), group(i), excluded: excluded?.Invoke(i) ?? false)));
        IReadOnlyList<double> Pair(int i) => [10 + (i % 3), 12 - (i % 2)];
        IReadOnlyList<double> Single(int i) => [10 + (i % 3)];

        var pairs = Evaluator.Evaluate(Scores(), Make(Pair), baselinePoints: 12);
        var singles = Evaluator.Evaluate(Scores(), Make(Single), baselinePoints: 12);
        var pairsExcluded = Evaluator.Evaluate(Scores(), Make(i => i < 12 && i % 4 == 0 ? Pair(i) : Single(i), i => i < 12 && i % 4 == 0), baselinePoints: 12);

        Assert.Equal(ChartKind.SubgroupStandardDeviation, pairs.StandardDeviations!.Kind);
        Assert.Equal(Enumerable.Range(0, 12).Average(i => Math.Abs(Pair(i)[0] - Pair(i)[1]) / Math.Sqrt(2)), pairs.StandardDeviations.Phases[0].Centre, 12);
        Assert.Null(singles.StandardDeviations);
        Assert.Null(pairsExcluded.StandardDeviations);
    }

    private const string Document = """
        {
          "schemaVersion": 1,
          "indicators": [
            { "id": "kunnskapstest", "name": { "nb": "Kunnskapstest" }, "unit": { "nb": "poeng" }, "kind": "subgrouped", "direction": "higher", "level": "learning" },
            { "id": "minutter", "name": { "nb": "Minutter" }, "unit": { "nb": "min" }, "kind": "measured", "direction": "lower", "level": "results" }
          ],
          "series": [
            { "indicator": "kunnskapstest", "node": "unit", "observations": [
              { "period": "2025-01", "values": [12, 14.5, 11] },
              { "period": "2025-02", "values": [] },
              { "period": "2025-03", "values": [13, 15], "exclude": true } ] }
          ]
        }
        """;

    [Fact]
    public void Document_SubgroupValues_RoundTrip()
    {
        var data = EvaluationDocument.Parse(Document).Value!;
        var obs = data.Series[0].Observations;

        Assert.Equal(new double[] { 12, 14.5, 11 }, obs[0].Measurements.ToArray());
        Assert.Equal((12 + 14.5 + 11) / 3, obs[0].Value);
        Assert.True(obs[1].IsMissing);
        Assert.True(obs[2].IsExcluded);
        var again = EvaluationDocument.Parse(EvaluationDocument.WriteString(data)).Value!;
        Assert.True(obs.SequenceEqual(again.Series[0].Observations), $"{string.Join(", ", obs)} became {string.Join(", ", again.Series[0].Observations)}");
    }

    [Fact]
    public void Document_ValuesAndValueMixedUp_AreReportedAtTheirPaths()
    {
        var json = Document
            .Replace("""{ "period": "2025-01", "values": [12, 14.5, 11] }""", """{ "period": "2025-01", "value": 12 }""", StringComparison.Ordinal)
            .Replace("""{ "period": "2025-03", "values": [13, 15], "exclude": true } ] }""", """{ "period": "2025-03", "value": 3, "values": [13, 15] } ] }, { "indicator": "minutter", "node": "unit", "observations": [ { "period": "2025-01", "values": [1, 2] } ] }""", StringComparison.Ordinal);
        var result = EvaluationDocument.Parse(json);

        Assert.Null(result.Value);
        var paths = result.Problems.Select(p => p.Path.ToString()).ToList();
        Assert.Contains("$.series[0].observations[0].value", paths);
        Assert.Contains("$.series[0].observations[2].values", paths);
        Assert.Contains("$.series[1].observations[0].values", paths);
    }
}
