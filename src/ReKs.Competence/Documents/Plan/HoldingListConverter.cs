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

/// <summary>The texts of one read on one thread, each made a string once (by its UTF-8 bytes), and the competence and
/// node identifiers of the read, each made once and found again by their UTF-8 bytes without a string.
/// <see cref="Current"/> is set by the reader for the span of one read (<see cref="Use"/>), so the shared converters
/// have no state of their own.</summary>
internal sealed class TextPool
{
    [ThreadStatic]
    private static TextPool? current;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private static readonly int BasisCount = Enum.GetValues<Model.CompetenceBasis>().Length;

    private readonly Dictionary<byte[], (Model.CompetenceId Id, int Ordinal)>.AlternateLookup<ReadOnlySpan<byte>> _competences =
        new Dictionary<byte[], (Model.CompetenceId Id, int Ordinal)>(Utf8Keys.Instance).GetAlternateLookup<ReadOnlySpan<byte>>();

    // The read's holdings without dates, one object for each competence, level, basis and use (see Holding).
    private Model.Holding?[] _holdings = [];

    private readonly Dictionary<byte[], Model.NodeId>.AlternateLookup<ReadOnlySpan<byte>> _nodes =
        new Dictionary<byte[], Model.NodeId>(Utf8Keys.Instance).GetAlternateLookup<ReadOnlySpan<byte>>();

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

    /// <summary>The competence identifier these UTF-8 bytes (unescaped) write, made once per read; <see langword="false"/>
    /// when they write none.</summary>
    public bool Competence(ReadOnlySpan<byte> utf8, out Model.CompetenceId id) => Competence(utf8, out id, out _);

    /// <summary>The competence identifier these UTF-8 bytes (unescaped) write, made once per read, and its number in the
    /// read (0, 1, 2… in the order first met); <see langword="false"/> when they write none.</summary>
    public bool Competence(ReadOnlySpan<byte> utf8, out Model.CompetenceId id, out int ordinal)
    {
        if (_competences.TryGetValue(utf8, out var known))
        {
            (id, ordinal) = known;
            return true;
        }

        ordinal = _competences.Dictionary.Count;
        return Model.CompetenceId.TryCreate(Get(utf8), out id) && _competences.TryAdd(utf8, (id, ordinal));
    }

    /// <summary>The one holding of the read with these values and no dates: a holding is an immutable value, and a plan's
    /// millions of holdings take a few thousand distinct undated values, so they share them (the plan is smaller, and is
    /// read and checked faster).</summary>
    /// <param name="competence">The competence, as <see cref="Competence(ReadOnlySpan{byte}, out Model.CompetenceId, out int)"/> gave it.</param>
    /// <param name="ordinal">Its number in the read.</param>
    /// <param name="level">The level, 1 to <see cref="Model.ProficiencyLevel.MaxValue"/>, or 0 when not assessed.</param>
    /// <param name="basis">The basis.</param>
    /// <param name="used">Whether it is used.</param>
    /// <returns>The holding.</returns>
    public Model.Holding Undated(Model.CompetenceId competence, int ordinal, int level, Model.CompetenceBasis basis, bool used)
    {
        var slot = ((((ordinal * (Model.ProficiencyLevel.MaxValue + 1)) + level) * 2) + (used ? 1 : 0)) * BasisCount + (int)basis;
        if (slot >= _holdings.Length)
        {
            Array.Resize(ref _holdings, Math.Max(slot + 1, _holdings.Length * 2));
        }

        return _holdings[slot] ??= new Model.Holding(competence, level == 0 ? null : new Model.ProficiencyLevel(level), basis, used);
    }

    /// <summary>The node identifier these UTF-8 bytes (unescaped) write, made once per read; <see langword="false"/> when
    /// they write none.</summary>
    public bool Node(ReadOnlySpan<byte> utf8, out Model.NodeId id) =>
        _nodes.TryGetValue(utf8, out id) || (Model.NodeId.TryCreate(Get(utf8), out id) && _nodes.TryAdd(utf8, id));

    /// <summary>Ends a read's pool and restores the one it replaced.</summary>
    internal readonly struct Scope(TextPool? outer) : IDisposable
    {
        public void Dispose() => current = outer;
    }

    /// <summary>Byte strings as keys, found by a span of bytes.</summary>
    private sealed class Utf8Keys : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly Utf8Keys Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => Hash(obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = default(HashCode);
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
