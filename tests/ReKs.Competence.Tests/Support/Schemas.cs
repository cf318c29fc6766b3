using System.Text.Json;
using Json.Schema;

namespace ReKs.Competence.Tests.Support;

/// <summary>The JSON Schemas in docs/ that describe the documents for integrators in other languages, and their verdicts in words.</summary>
internal static class Schemas
{
    public static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(Repo.Path("docs", name)));

    public static EvaluationResults Evaluate(JsonSchema schema, string json) =>
        schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
