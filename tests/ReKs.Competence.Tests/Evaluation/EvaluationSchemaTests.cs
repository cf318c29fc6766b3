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

    [Theory]
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
