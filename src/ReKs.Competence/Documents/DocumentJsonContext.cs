using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReKs.Competence.Documents;

/// <summary>The one source-generated serializer of every document (plan, wheel, evaluation). Its settings are written
/// once, here; <see cref="Document"/> adds the ISO date and time-of-day converters (<see cref="IsoConverters"/>) and relaxed escaping, so
/// Norwegian letters are written as they are.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(PlanDocumentDto))]
[JsonSerializable(typeof(WheelDocumentDto))]
[JsonSerializable(typeof(EvaluationDocumentDto))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext
{
    private static readonly Lazy<DocumentJsonContext> LazyDocument = new(() =>
    {
        var options = new JsonSerializerOptions(Default!.Options)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(IsoConverters.Date);
        options.Converters.Add(IsoConverters.TimeOfDay);
        return new DocumentJsonContext(options);
    });

    /// <summary>Gets the context whose options carry the ISO date and time converters: the one every reader and writer uses.</summary>
    public static DocumentJsonContext Document => LazyDocument.Value;
}
