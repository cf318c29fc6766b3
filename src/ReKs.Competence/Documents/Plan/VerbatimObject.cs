using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReKs.Competence.Documents;

/// <summary>The wire form of an <c>extensions</c> object: its JSON text as it stood in the document, written back as
/// that text (not re-serialized), so that reading and writing keep it byte for byte.</summary>
[JsonConverter(typeof(VerbatimObjectConverter))]
internal sealed class VerbatimObject(string json)
{
    public string Json { get; } = json;
}

/// <summary>Reads a JSON value as its raw text and writes the text back unchanged. The shape check has already made
/// sure the value is an object.</summary>
internal sealed class VerbatimObjectConverter : JsonConverter<VerbatimObject>
{
    public override VerbatimObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var value = JsonDocument.ParseValue(ref reader);
        return new VerbatimObject(value.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, VerbatimObject value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json);
}
