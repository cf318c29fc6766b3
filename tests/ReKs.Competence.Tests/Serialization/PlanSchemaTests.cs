using Json.Schema;
using ReKs.Competence.Documents;
using ReKs.Competence.Tests.Support;

namespace ReKs.Competence.Tests.Serialization;

/// <summary>docs/plan.schema.json describes the document the library writes and reads, for integrators in other languages.</summary>
public class PlanSchemaTests
{
    /// <summary>Gets the schema, loaded once: JSON Schema's registry refuses a second schema with the same $id.</summary>
    internal static JsonSchema Schema { get; } = Schemas.Load("plan.schema.json");

    public static TheoryData<string> Examples => new(Repo.PlanExamples());

    private static EvaluationResults Evaluate(string json) => Schemas.Evaluate(Schema, json);

    private static string Errors(EvaluationResults r) => Schemas.Errors(r);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schema_AcceptsEveryExamplePlan(string file)
    {
        var result = Evaluate(File.ReadAllText(file));
        Assert.True(result.IsValid, $"{file}:\n{Errors(result)}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schema_AcceptsWhatTheWriterWrites(string file)
    {
        var written = PlanDocument.WriteString(PlanDocument.ReadBytes(File.ReadAllBytes(file)).GetValueOrThrow());
        var result = Evaluate(written);
        Assert.True(result.IsValid, $"{file} as written:\n{Errors(result)}");
    }

    [Fact]
    public void Schema_RejectsTheHostileCorpus()
    {
        var result = Evaluate(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Corpus", "seeded-errors.json")));
        Assert.False(result.IsValid);
    }
}
