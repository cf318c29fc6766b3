using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ReKs.Competence.Documents;

/// <summary>Reads and writes a ring or an owner role of the wheel document in either form: <c>"region"</c>, or
/// <c>{ "id": "region", "name": { "nb": "Region", "en": "Region" } }</c>. It accepts exactly what the shape check accepts
/// (<see cref="ShapeCheck"/>: an object has <c>id</c> and <c>name</c>, nothing else, none twice) and throws a
/// <see cref="JsonException"/> at anything else, so the full pipeline names the problem at its path. A term without a
/// name is written as its id, so older documents are written as they were read.</summary>
internal sealed class WheelTermConverter : JsonConverter<WheelTermDto>
{
    public override WheelTermDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new WheelTermDto { Id = reader.GetString()! };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected an id or an object with id and name");
        }

        string? id = null;
        TextDto? name = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "id" when id is null && reader.TokenType == JsonTokenType.String:
                    id = reader.GetString();
                    break;
                case "name" when name is null && reader.TokenType == JsonTokenType.StartObject:
                    name = JsonSerializer.Deserialize(ref reader, Text(options));
                    break;
                default:
                    throw new JsonException($"unexpected property '{property}'");
            }
        }

        return id is not null && name is not null ? new WheelTermDto { Id = id, Name = name } : throw new JsonException("an object needs id and name");
    }

    public override void Write(Utf8JsonWriter writer, WheelTermDto value, JsonSerializerOptions options)
    {
        if (value.Name is null)
        {
            writer.WriteStringValue(value.Id);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WritePropertyName("name");
        JsonSerializer.Serialize(writer, value.Name, Text(options));
        writer.WriteEndObject();
    }

    private static JsonTypeInfo<TextDto> Text(JsonSerializerOptions options) => (JsonTypeInfo<TextDto>)options.GetTypeInfo(typeof(TextDto));
}
