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

    private static readonly Lazy<DocumentJsonContext> LazyDirect = new(() =>
    {
        var options = new JsonSerializerOptions(Document.Options) { AllowDuplicateProperties = false };
        options.Converters.Add(new FiniteDouble());
        options.Converters.Add(new HoldingListConverter());
        options.Converters.Add(new PersonListConverter());
        return new DocumentJsonContext(options);
    });

    /// <summary>Gets the context whose options carry the ISO date and time converters: the one every reader and writer uses.</summary>
    public static DocumentJsonContext Document => LazyDocument.Value;

    /// <summary>Gets the context of the reader's direct path (<see cref="DocumentReader"/>): <see cref="Document"/>'s options,
    /// and, as the shape check, it refuses a property that appears twice in an object and a number too large for a
    /// <see cref="double"/> (which the serializer would read as infinity); people and holdings are read by hand
    /// (<see cref="PersonListConverter"/>, straight into the model, and <see cref="HoldingListConverter"/>).</summary>
    public static DocumentJsonContext Direct => LazyDirect.Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, DocumentJsonContext> DirectByDepth = new();

    /// <summary>Gets <see cref="Direct"/> with the depth limit of a read (<see cref="ReadOptions.MaxDepth"/>) in its options, so
    /// that the serializer reads the bytes with its own reader at that limit: given a reader instead, it skips over the
    /// whole document first to find where the value ends, which reads the document twice.</summary>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <returns>The context.</returns>
    public static DocumentJsonContext DirectAt(int maxDepth) =>
        DirectByDepth.GetOrAdd(maxDepth, static depth => new DocumentJsonContext(new JsonSerializerOptions(Direct.Options) { MaxDepth = depth }));

    /// <summary>A finite <see cref="double"/>, or a <see cref="JsonException"/>.</summary>
    private sealed class FiniteDouble : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value)
                ? value
                : throw new JsonException("expected a finite number");

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
