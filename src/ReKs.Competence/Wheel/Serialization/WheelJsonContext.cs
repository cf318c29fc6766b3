using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace ReKs.Competence.Wheel.Serialization;

/// <summary>The source-generated serializer for the wheel document; its options are the plan document's with NodaTime's time-of-day converter added.</summary>
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

    // The plan document's options (naming, strictness, NodaTime's date converter, relaxed escaping) plus times of day.
    private static readonly Lazy<WheelJsonContext> LazyDocument = new(() =>
    {
        var options = new JsonSerializerOptions(ReKs.Competence.Serialization.PlanJsonContext.Document.Options);
        options.Converters.Add(NodaConverters.LocalTimeConverter);
        return new WheelJsonContext(options);
    });
}
