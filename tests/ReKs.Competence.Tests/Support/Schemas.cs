using System.Text.Json;
using Json.Schema;

namespace ReKs.Competence.Tests.Support;

/// <summary>The JSON Schemas in docs/ that describe the documents for integrators in other languages, and their verdicts in words.</summary>
internal static class Schemas
{
    // A schema registers its $id globally when built: build each once, whichever test class asks first.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new(StringComparer.Ordinal);

    public static JsonSchema Load(string name) =>
        Loaded.GetOrAdd(name, n => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(Repo.Path("docs", n))))).Value;

    public static EvaluationResults Evaluate(JsonSchema schema, string json) =>
        schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
