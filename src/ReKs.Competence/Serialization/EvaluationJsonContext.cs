using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReKs.Competence.Serialization;

/// <summary>The source-generated serializer for the evaluation document; its options carry NodaTime's ISO date converter.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(EvaluationDocumentDto))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context whose options carry NodaTime's converters: the one the reader and writer use.</summary>
    public static EvaluationJsonContext Document => LazyDocument.Value;

    private static readonly Lazy<EvaluationJsonContext> LazyDocument = new(() => new EvaluationJsonContext(DocumentJsonOptions.Create()));
}
