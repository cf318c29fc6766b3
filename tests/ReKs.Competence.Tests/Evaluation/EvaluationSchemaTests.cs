using Json.Schema;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>docs/evaluation.schema.json describes the evaluation document the library writes and reads, for integrators in other languages.</summary>
public class EvaluationSchemaTests
{
    private static readonly JsonSchema Schema = Schemas.Load("evaluation.schema.json");

    private static string Example => File.ReadAllText(Repo.Path("docs", "examples", "gjovik-region.evaluation.json"));

    [Fact]
    public void Schema_AcceptsTheExampleAndWhatTheWriterWrites()
    {
        var plan = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
        foreach (var json in new[] { Example, EvaluationDocument.WriteString(EvaluationDocument.Parse(Example, plan).GetValueOrThrow()) })
        {
            var result = Schemas.Evaluate(Schema, json);
            Assert.True(result.IsValid, Schemas.Errors(result));
        }
    }

    [Fact]
    public void Schema_AcceptsExcludedPointsAndTheTAndGKinds_AndTheReaderKeepsThem()
    {
        const string json = """
            {"schemaVersion": 1,
             "indicators": [{"id": "dager-mellom-fall", "name": {"nb": "Dager mellom fall"}, "unit": {"nb": "dager"}, "kind": "timeBetweenEvents", "direction": "higher", "level": "results"},
                            {"id": "liggedogn-mellom-infeksjoner", "name": {"nb": "Liggedøgn mellom infeksjoner"}, "unit": {"nb": "liggedøgn"}, "kind": "opportunitiesBetweenEvents", "direction": "higher", "level": "results", "chart": "run"}],
             "series": [{"indicator": "dager-mellom-fall", "node": "n", "observations": [{"period": "2025-01", "value": 12}, {"period": "2025-02", "value": 3, "exclude": true}]}]}
            """;
        var result = Schemas.Evaluate(Schema, json);
        Assert.True(result.IsValid, Schemas.Errors(result));
        var data = EvaluationDocument.Parse(json).GetValueOrThrow();
        Assert.Equal([false, true], data.Series[0].Observations.Select(o => o.IsExcluded));
        var written = EvaluationDocument.WriteString(data);
        Assert.Contains("\"exclude\": true", written, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(written, "exclude"));
        Assert.True(Schemas.Evaluate(Schema, written).IsValid);
    }

    [Fact]
    public void Schema_AcceptsAStatisticsTable_AndTheReaderReadsIt()
    {
        var table = File.ReadAllText(Repo.Path("tests", "ReKs.Competence.Tests", "Evaluation", "Samples", "ssb-sparse-monthly.json"));
        var json = $$"""
            {"schemaVersion": 1,
             "indicators": [{"id": "sykefravaer", "name": {"nb": "Sykefravær"}, "unit": {"nb": "prosent"}, "kind": "measured", "direction": "lower", "level": "results", "chart": "run"}],
             "series": [],
             "statistics": [{"dataset": {{table}}, "regions": [{"code": "3407", "node": "gjovik"}], "contents": [{"code": "Sykefravaer", "indicator": "sykefravaer"}]}]}
            """;
        var result = Schemas.Evaluate(Schema, json);
        Assert.True(result.IsValid, Schemas.Errors(result));
        Assert.Equal(6, EvaluationDocument.Parse(json).GetValueOrThrow().Series.Single().Observations.Length);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"indicators\": [], \"series\": [], \"statistics\": [{\"file\": \"t.json\", \"regions\": [{\"code\": \"3407\", \"nod\": \"n\"}], \"contents\": []}]}")]
    [InlineData("{\"schemaVersion\": 1, \"indicators\": [], \"series\": [{\"indicator\": \"x\", \"node\": \"n\", \"observations\": [{\"period\": \"2025-01\", \"value\": 1, \"exclude\": \"yes\"}]}]}")]
    [InlineData("{\"schemaVersion\": 1, \"indicators\": [{\"id\": \"x\", \"name\": {\"nb\": \"X\"}, \"unit\": {\"nb\": \"x\"}, \"kind\": \"ratio\", \"direction\": \"lower\", \"level\": \"results\"}], \"series\": []}")]
    [InlineData("{\"schemaVersion\": 1, \"indicators\": [], \"series\": [{\"indicator\": \"x\", \"node\": \"n\", \"observations\": [{\"period\": \"2025-13-01x\", \"value\": 1}]}]}")]
    [InlineData("{\"schemaVersion\": 1, \"indicators\": [], \"interventions\": [{\"id\": \"i\", \"date\": \"2025-01-01\", \"label\": {\"nb\": \"x\"}}], \"series\": []}")]
    [InlineData("{\"schemaVersion\": 1, \"indicators\": [], \"series\": [], \"colour\": \"red\"}")]
    public void Schema_RejectsWhatTheReaderRejectsByShape(string json)
    {
        Assert.False(Schemas.Evaluate(Schema, json).IsValid);
        Assert.False(EvaluationDocument.Parse(json).IsValid);
    }
}
