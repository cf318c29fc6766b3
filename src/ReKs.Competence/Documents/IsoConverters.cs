using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ReKs.Competence.Documents;

/// <summary>The documents' two NodaTime converters: ISO dates (<c>yyyy-MM-dd</c>) and ISO times of day
/// (<c>HH:mm:ss</c>, fractions when present). Written here, not taken from NodaTime.Serialization.SystemTextJson, whose
/// converter set reaches <c>JsonSerializerOptions.GetConverter(Type)</c> and so breaks native AOT and trimming; these
/// two need nothing but the pattern. The shape check has already refused malformed values with their path, so the
/// exceptions below only guard direct use.</summary>
internal static class IsoConverters
{
    public static JsonConverter<LocalDate> Date { get; } = new Pattern<LocalDate>(LocalDatePattern.Iso, "an ISO date (yyyy-MM-dd)");

    public static JsonConverter<LocalTime> TimeOfDay { get; } = new Pattern<LocalTime>(LocalTimePattern.ExtendedIso, "an ISO time of day (HH:mm or HH:mm:ss)");

    private sealed class Pattern<T>(IPattern<T> pattern, string expected) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"expected {expected}, found {reader.TokenType}");
            }

            var text = reader.GetString()!;
            var parsed = pattern.Parse(text);
            return parsed.Success ? parsed.Value : throw new JsonException($"'{text}' is not {expected}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(pattern.Format(value));
    }
}
