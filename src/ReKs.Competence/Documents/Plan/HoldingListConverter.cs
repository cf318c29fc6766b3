using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReKs.Competence.Documents;

/// <summary>
/// Reads a person's holdings on the reader's direct path (<see cref="DocumentReader"/>) by hand: a plan has millions of
/// them, and they are most of its bytes. It accepts exactly what the serializer accepts for a list of
/// <see cref="HoldingDto"/> under the direct path's options (the four required properties, the two optional dates, no
/// other property, none twice, every value of its JSON type) and throws a <see cref="JsonException"/> at anything else,
/// so that the full pipeline reads the document and names the problem. Texts are taken from the read's
/// <see cref="TextPool"/>: the thousands of holdings that name one competence share its one string.
/// </summary>
internal sealed class HoldingListConverter : JsonConverter<List<HoldingDto>>
{
    private const int Competence = 1;
    private const int Level = 2;
    private const int Basis = 4;
    private const int Used = 8;
    private const int ValidFrom = 16;
    private const int ValidUntil = 32;
    private const int Required = Competence | Level | Basis | Used;

    public override List<HoldingDto> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray);
        var pool = TextPool.Current;
        var list = new List<HoldingDto>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(reader.TokenType == JsonTokenType.StartObject);
            string? competence = null, basis = null;
            int? level = null;
            var used = false;
            NodaTime.LocalDate? validFrom = null, validUntil = null;
            var seen = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                Expect(reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped);
                var name = reader.ValueSpan;
                var property =
                    name.SequenceEqual("competence"u8) ? Competence :
                    name.SequenceEqual("level"u8) ? Level :
                    name.SequenceEqual("basis"u8) ? Basis :
                    name.SequenceEqual("used"u8) ? Used :
                    name.SequenceEqual("validFrom"u8) ? ValidFrom :
                    name.SequenceEqual("validUntil"u8) ? ValidUntil : 0;
                Expect(property != 0 && (seen & property) == 0);
                seen |= property;
                reader.Read();
                switch (property)
                {
                    case Competence:
                        competence = Text(ref reader, pool);
                        break;
                    case Basis:
                        basis = Text(ref reader, pool);
                        break;
                    case Level:
                        if (reader.TokenType != JsonTokenType.Null)
                        {
                            var l = 0;
                            Expect(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out l));
                            level = l;
                        }

                        break;
                    case Used:
                        Expect(reader.TokenType is JsonTokenType.True or JsonTokenType.False);
                        used = reader.TokenType == JsonTokenType.True;
                        break;
                    case ValidFrom:
                        validFrom = Date(ref reader, options);
                        break;
                    default:
                        validUntil = Date(ref reader, options);
                        break;
                }
            }

            Expect((seen & Required) == Required);
            list.Add(new HoldingDto { Competence = competence!, Level = level, Basis = basis!, Used = used, ValidFrom = validFrom, ValidUntil = validUntil });
        }

        return list;
    }

    /// <summary>Not used: the writer writes holdings with the serializer.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void Write(Utf8JsonWriter writer, List<HoldingDto> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("holdings are written by the serializer");

    private static string Text(ref Utf8JsonReader reader, TextPool? pool)
    {
        Expect(reader.TokenType == JsonTokenType.String);
        return pool is not null && !reader.ValueIsEscaped ? pool.Get(reader.ValueSpan) : reader.GetString()!;
    }

    private static NodaTime.LocalDate? Date(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : IsoConverters.Date.Read(ref reader, typeof(NodaTime.LocalDate), options);

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("the holding is not in the common form; the full reader reads it");
        }
    }
}

/// <summary>The texts of one read on one thread, each made a string once (by its UTF-8 bytes). <see cref="Current"/> is
/// set by the reader for the span of one read (<see cref="Use"/>), so the shared converter has no state of its own.</summary>
internal sealed class TextPool
{
    [ThreadStatic]
    private static TextPool? current;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TextPool() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the pool of the read under way on this thread, if any.</summary>
    public static TextPool? Current => current;

    /// <summary>Starts a pool for one read on this thread; disposing the scope ends it.</summary>
    public static Scope Use()
    {
        var outer = current;
        current = new TextPool();
        return new Scope(outer);
    }

    /// <summary>The one string of these UTF-8 bytes (valid UTF-8: the reader has checked the document).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 128)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[utf8.Length];
        var n = System.Text.Encoding.UTF8.GetChars(utf8, chars);
        chars = chars[..n];
        if (_lookup.TryGetValue(chars, out var text))
        {
            return text;
        }

        text = new string(chars);
        _texts.Add(text, text);
        return text;
    }

    /// <summary>Ends a read's pool and restores the one it replaced.</summary>
    internal readonly struct Scope(TextPool? outer) : IDisposable
    {
        public void Dispose() => current = outer;
    }
}
