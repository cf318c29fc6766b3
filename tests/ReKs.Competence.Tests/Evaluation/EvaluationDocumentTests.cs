using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The evaluation document: the bundled example, a round trip, and every problem of a hostile document at its JSON path.</summary>
public class EvaluationDocumentTests
{
    private static readonly Lazy<CompetencePlan> Gjovik = new(() => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow());

    private static byte[] Example => File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.evaluation.json"));

    [Fact]
    public void Read_BundledExample_IsValidAgainstItsPlan()
    {
        var result = EvaluationDocument.ReadBytes(Example, Gjovik.Value);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(5, result.Value.Indicators.Length);
        Assert.Empty(result.Value.ProblemsWith(Gjovik.Value));
        // Likert answers are read as the top-box count of all answers.
        var course = result.Value.SeriesOf(new IndicatorId("kursevaluering-veilederkurs")).Single();
        Assert.All(course.Observations, o => Assert.True(o.Value <= o.Denominator));
        // The knowledge test is subgrouped (an Xbar chart), the falls with injury are days between events (a T chart).
        var test = result.Value.SeriesOf(new IndicatorId("kunnskapstest-legemiddel")).Single();
        Assert.All(test.Observations, o => Assert.InRange(o.Measurements.Length, 3, 7));
        Assert.Equal(ChartKind.SubgroupMean, result.Value.FindIndicator(new IndicatorId("kunnskapstest-legemiddel"))!.ChartKind);
        var falls = result.Value.SeriesOf(new IndicatorId("dager-mellom-fall-med-skade"));
        Assert.Equal(2, falls.Length);
        Assert.All(falls.SelectMany(s => s.Observations), o => Assert.Equal(PeriodGranularity.Day, o.Period.Granularity));
        Assert.Equal(ChartKind.TimeBetweenEvents, result.Value.FindIndicator(new IndicatorId("dager-mellom-fall-med-skade"))!.ChartKind);
    }

    [Fact]
    public void WriteThenRead_BundledExample_GivesTheSameDataAndBytes()
    {
        var data = EvaluationDocument.ReadBytes(Example, Gjovik.Value).GetValueOrThrow();
        var bytes = EvaluationDocument.Write(data);
        var again = EvaluationDocument.ReadBytes(bytes, Gjovik.Value).GetValueOrThrow();

        Assert.Equal(bytes, EvaluationDocument.Write(again));
        Assert.Equal(data.Series.SelectMany(s => s.Observations), again.Series.SelectMany(s => s.Observations));
    }

    [Fact]
    public void Read_HostileDocument_ReportsEveryProblemWithItsPath()
    {
        const string json = """
        {
          "schemaVersion": 1,
          "indicators": [
            { "id": "falls", "name": { "nb": "Fall" }, "unit": { "nb": "per 1 000" }, "kind": "rate", "direction": "lower", "level": "results", "measures": ["no-such-measure"] },
            { "id": "falls", "name": { "nb": "Fall" }, "unit": { "nb": "x" }, "kind": "ratio", "direction": "lower", "level": "results" },
            { "id": "course", "name": { "nb": "Kurs" }, "unit": { "nb": "%" }, "kind": "proportion", "direction": "higher", "level": "reaction", "likert": { "points": 5, "topBox": 5 } }
          ],
          "interventions": [ { "id": "iv", "date": "2025-02-30", "nodes": [], "label": { "nb": "x" } } ],
          "series": [
            { "indicator": "falls", "node": "gjovik-sykehjem", "observations": [
              { "period": "2025-01", "value": 3, "denominator": 1000 },
              { "period": "2025-03", "value": 2, "denominator": 1000 },
              { "period": "2025-04", "value": 2 },
              { "period": "2025-04-01", "value": -1, "denominator": 1000 },
              { "period": "2025-13", "value": 1, "denominator": 1000 }
            ] },
            { "indicator": "nothing", "node": "atlantis", "observations": [], "colour": "red" }
          ]
        }
        """;
        var result = EvaluationDocument.Parse(json, Gjovik.Value);
        var found = result.Problems.Select(p => (p.Path, p.Kind)).ToList();

        // The shape pass stops before values are read: first the malformed date and the unknown property.
        Assert.Equal([("$.interventions[0].date", ProblemKind.InvalidValue), ("$.series[1].colour", ProblemKind.UnknownProperty)], found);

        var values = EvaluationDocument.Parse(json.Replace("2025-02-30", "2025-02-28", StringComparison.Ordinal).Replace(", \"colour\": \"red\"", string.Empty, StringComparison.Ordinal), Gjovik.Value);
        var all = values.Problems.Select(p => (p.Path, p.Kind)).ToList();
        Assert.Equal(
            [
                // Each element's own problems, in document order; then the evaluation rules on the whole, then the plan's references.
                ("$.indicators[1].kind", ProblemKind.InvalidValue),
                ("$.indicators[2].likert.topBox", ProblemKind.InvalidValue),
                ("$.interventions[0].nodes", ProblemKind.InvalidValue),
                ("$.series[0].observations[1].period", ProblemKind.InvalidValue),
                ("$.series[0].observations[3].period", ProblemKind.InvalidValue),
                ("$.series[0].observations[4].period", ProblemKind.InvalidValue),
                ("$.indicators[1].id", ProblemKind.Duplicate), // once hidden by the indicator's own problem
                ("$.series[0].observations[2].denominator", ProblemKind.Missing),
                ("$.series[0].observations[3].value", ProblemKind.InvalidValue),
                ("$.series[1].indicator", ProblemKind.UnknownReference),
                ("$.indicators[0].measures[0]", ProblemKind.UnknownReference),
                ("$.series[1].node", ProblemKind.UnknownReference),
            ],
            all);
        Assert.All(values.Problems, p => Assert.DoesNotContain("Gjøvik", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateIndicatorAndSeries_AreReportedOnce()
    {
        const string json = """
        {
          "schemaVersion": 1,
          "indicators": [
            { "id": "m", "name": { "nb": "M" }, "unit": { "nb": "x" }, "kind": "measured", "direction": "lower", "level": "results" },
            { "id": "m", "name": { "nb": "M" }, "unit": { "nb": "x" }, "kind": "measured", "direction": "lower", "level": "results" }
          ],
          "series": [
            { "indicator": "m", "node": "gjovik", "observations": [ { "period": "2025", "value": 1 } ] },
            { "indicator": "m", "node": "gjovik", "observations": [ { "period": "2025", "value": null, "status": ".." } ] }
          ]
        }
        """;
        var found = EvaluationDocument.Parse(json, Gjovik.Value).Problems.Select(p => (p.Path, p.Kind)).ToList();
        Assert.Equal([("$.indicators[1].id", ProblemKind.Duplicate), ("$.series[1]", ProblemKind.Duplicate)], found);
    }

    [Fact]
    public void Read_InterventionWithoutNodes_TakesThePlanMeasuresParticipants()
    {
        var data = EvaluationDocument.ReadBytes(Example, Gjovik.Value).GetValueOrThrow();
        var day = data.Interventions.Single(i => i.Id == "fagdag-demens-2026");
        Assert.Equal(Gjovik.Value.Measures.Single(m => m.Id.Value == "fagdag-demens").Participants.Select(n => n.Value).ToArray(), day.Nodes.Select(n => n.Value).ToArray());

        var withoutPlan = EvaluationDocument.ReadBytes(Example);
        Assert.Contains(withoutPlan.Problems, p => p.Path == "$.interventions[1].nodes" && p.Kind == ProblemKind.Missing);
    }

    [Theory]
    [InlineData("[]", "$", ProblemKind.WrongType)]
    [InlineData("{\"schemaVersion\": 2, \"indicators\": [], \"series\": []}", "$.schemaVersion", ProblemKind.UnsupportedVersion)]
    [InlineData("{\"schemaVersion\": 1, \"indicators\": []}", "$.series", ProblemKind.Missing)]
    [InlineData("{\"schemaVersion\": 1,\n \"indicators\": [}", "$", ProblemKind.Syntax)]
    public void Read_Malformed_NamesWhereAndWhat(string json, string path, ProblemKind kind) =>
        Assert.Contains(EvaluationDocument.Parse(json).Problems, p => p.Path.StartsWith(path, StringComparison.Ordinal) && p.Kind == kind);
}
