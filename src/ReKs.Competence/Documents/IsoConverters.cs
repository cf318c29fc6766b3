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
    public static JsonConverter<LocalDate> Date { get; } = new IsoDate();

    /// <summary>The date an unescaped ISO date in its common form writes (<c>yyyy-MM-dd</c>, year from 1), or
    /// <see langword="null"/> when the bytes are anything else: then <see cref="Date"/> decides.</summary>
    public static LocalDate? PlainDate(ReadOnlySpan<byte> utf8) => IsoDate.Plain(utf8);

    public static JsonConverter<LocalTime> TimeOfDay { get; } = new Pattern<LocalTime>(LocalTimePattern.ExtendedIso, "an ISO time of day (HH:mm or HH:mm:ss)");

    /// <summary>ISO dates: the common form (four-digit year from 1, two-digit month and day, unescaped) is read from the
    /// bytes without making a string; anything else goes to the pattern, which accepts or refuses it.</summary>
    private sealed class IsoDate : JsonConverter<LocalDate>
    {
        private readonly Pattern<LocalDate> _pattern = new(LocalDatePattern.Iso, "an ISO date (yyyy-MM-dd)");

        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && Plain(reader.ValueSpan) is { } date
                ? date
                : _pattern.Read(ref reader, typeToConvert, options);

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            _pattern.Write(writer, value, options);

        /// <summary>The date of the common form's bytes, or <see langword="null"/> for anything else (which the pattern
        /// reads or refuses).</summary>
        internal static LocalDate? Plain(ReadOnlySpan<byte> text)
        {
            if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
            {
                return null;
            }

            var year = Digits(text[..4]);
            var month = Digits(text.Slice(5, 2));
            var day = Digits(text.Slice(8, 2));
            return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                ? new LocalDate(year, month, day)
                : null;
        }

        /// <summary>The number the ASCII digits write, or -1 when a byte is no digit.</summary>
        private static int Digits(ReadOnlySpan<byte> digits)
        {
            var n = 0;
            foreach (var b in digits)
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return -1;
                }

                n = (n * 10) + (b - '0');
            }

            return n;
        }
    }

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
