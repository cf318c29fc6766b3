using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReKs.Competence.Serialization;

/// <summary>The source-generated serializer for the plan document; its options carry NodaTime's ISO date converter.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(PlanDocumentDto))]
internal sealed partial class PlanJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context whose options carry NodaTime's converters: the one the reader and writer use.</summary>
    public static PlanJsonContext Document => LazyDocument.Value;

    private static readonly Lazy<PlanJsonContext> LazyDocument = new(() => new PlanJsonContext(DocumentJsonOptions.Create()));
}
