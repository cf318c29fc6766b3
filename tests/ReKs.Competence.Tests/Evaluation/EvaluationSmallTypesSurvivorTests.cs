using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The test gaps the first mutation pass over the evaluation's remaining files found (2026-11-27, see the
/// reliability notes): which periods <c>Excluding</c> calls unknown and how it lists them, and where the evaluation
/// document reports a Likert scale on an indicator that is not a proportion.</summary>
public class EvaluationSmallTypesSurvivorTests
{
    private static Indicator Measured(string id) =>
        new(new IndicatorId(id), new LocalizedText("x"), new LocalizedText("x"), IndicatorKind.Measured, DesiredDirection.Higher, KirkpatrickLevel.Results);

    private static Series S(string indicator, params double[] values) =>
        new(new IndicatorId(indicator), new NodeId("unit"), values.Select((v, i) => new Observation(MeasurementPeriod.Month(new YearMonth(2025, 1).PlusMonths(i)), v)));

    [Fact]
    public void Excluding_APeriodOnlyOneSeriesHas_IsKnownAndMarkedThere()
    {
        // The evaluation spec: "every period no series has is named"; a period that one series has is not unknown.
        var data = new EvaluationData([Measured("a"), Measured("b")], [S("a", 1, 2), S("b", 1, 2, 3)]);
        var excluded = data.Excluding([MeasurementPeriod.Parse("2025-03")]);
        Assert.Equal([false, false, true], excluded.Series[1].Observations.Select(o => o.IsExcluded));
        Assert.DoesNotContain(excluded.Series[0].Observations, o => o.IsExcluded);
    }

    [Fact]
    public void Excluding_SeveralUnknownPeriods_NamesEachSeparatedByCommas()
    {
        var data = new EvaluationData([Measured("a")], [S("a", 1, 2)]);
        var ex = Assert.Throws<ArgumentException>(() => data.Excluding([MeasurementPeriod.Parse("2019-01"), MeasurementPeriod.Parse("2025-02"), MeasurementPeriod.Parse("2019-02")]));
        Assert.StartsWith("No series has the period(s) 2019-01, 2019-02.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LikertScaleOnAMeasuredIndicator_IsReportedAtTheLikertScale()
    {
        // The evaluation document section: "likert" belongs to a course evaluation, whose top-box share is a proportion.
        const string Json = """
            {
              "schemaVersion": 1,
              "indicators": [{ "id": "kurs", "name": { "nb": "Kurs" }, "unit": { "nb": "poeng" }, "kind": "measured", "direction": "higher",
                "level": "reaction", "likert": { "points": 5, "topBox": 2 } }],
              "series": []
            }
            """;
        var problem = Assert.Single(EvaluationDocument.Parse(Json).Problems);
        Assert.Equal(("$.indicators[0].likert", ProblemKind.InvalidValue), (problem.Path, problem.Kind));
        Assert.Equal("survey answers make a proportion (the top-box share); the kind must be 'proportion'", problem.Message);
    }
}
