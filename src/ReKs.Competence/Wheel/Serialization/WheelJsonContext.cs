using System.Text.Json.Serialization;

namespace ReKs.Competence.Wheel.Serialization;

/// <summary>The source-generated serializer for the wheel document; its options are every document's (DocumentJsonOptions).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(WheelDocumentDto))]
internal sealed partial class WheelJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context whose options carry NodaTime's converters: the one the reader and writer use.</summary>
    public static WheelJsonContext Document => LazyDocument.Value;

    private static readonly Lazy<WheelJsonContext> LazyDocument = new(() => new WheelJsonContext(ReKs.Competence.Serialization.DocumentJsonOptions.Create()));
}
