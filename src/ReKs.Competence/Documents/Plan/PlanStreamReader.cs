using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>
/// Reads a plan from a stream on the reader's direct path without holding the document: a <see cref="Utf8JsonReader"/>
/// over one buffer, refilled from the stream, its state carried across refills. The plan object's properties are read
/// in document order; each small part (the name, the scale…) and each item of a list (a node, a requirement, a person)
/// is taken whole into the buffer and read by the code the in-memory direct path uses (the serializer with the direct
/// path's options; a person by <see cref="PersonListConverter.ReadPerson"/>, straight into the model). A person in the
/// common form, most of a plan's bytes, is read where it stands in the buffer, in one pass; only one the buffer's end
/// cuts is taken whole and read again. So the buffer holds one item at a time, and the people are read person by person.
/// </summary>
/// <remarks>
/// <para>It takes a document only when <see cref="DocumentReader.Direct{TDto}"/> would take the same bytes, and then
/// gives the same transfer object: each item's bytes pass the same checks (UTF-8 text, <see cref="DocumentReader.PlainText"/>),
/// the buffer's reader holds the whole document to the read's depth limit and to one JSON value, and the plan object
/// to the serializer's rules (no unknown, escaped or repeated property name, every required one, no null where none is
/// allowed). On anything else — a surprise — it gives up and says so (<see langword="null"/>); the caller reads the
/// document again from its start by the full pipeline, which names every problem with its path.</para>
/// <para>The size limit is counted as bytes are read.</para>
/// </remarks>
internal static class PlanStreamReader
{
    /// <summary>The buffer a read starts with; it grows only for an item larger than itself.</summary>
    internal const int DefaultBufferSize = 256 * 1024;

    private static readonly JsonTypeInfo<PlanDocumentDto> Info = DocumentJsonContext.Document.PlanDocumentDto;

    // The plan object's properties by their names' UTF-8 bytes, with their position (for the check of repeats).
    private static readonly (byte[] Name, JsonPropertyInfo Property)[] Properties =
        [.. Info.Properties.Select(p => (System.Text.Encoding.UTF8.GetBytes(p.Name), p))];

    /// <summary>Reads a plan from a stream: a seekable stream on the streamed direct path, and from its start again by the
    /// in-memory reader (<see cref="PlanDocument.ReadBytes"/>, whole) on a surprise; any other stream whole, as
    /// <see cref="DocumentReader.Read{T}(Stream, ReadOptions?, DocumentReader.ReadBytes{T})"/> does.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="bufferSize">The buffer a read starts with (tests make it small, to cut tokens at its ends).</param>
    /// <returns>The plan, or every problem.</returns>
    public static ReadResult<CompetencePlan> Read(Stream utf8Json, ReadOptions? options, int bufferSize = DefaultBufferSize)
    {
        Guard.Against.Null(utf8Json, nameof(utf8Json));
        options ??= ReadOptions.Default;
        if (!utf8Json.CanSeek || utf8Json.Length - utf8Json.Position > options.MaxBytes)
        {
            // A stream that cannot go back could not be read again by the full pipeline after a surprise; one over the
            // limit is refused before a byte is read.
            return DocumentReader.Read(utf8Json, options, PlanDocument.ReadBytes);
        }

        var start = utf8Json.Position;
        if (Direct(utf8Json, options, bufferSize) is { } dto)
        {
            var problems = new List<Problem>();
            var plan = PlanMapper.ToModel(dto, problems);
            return new(plan, [.. problems]);
        }

        utf8Json.Position = start;
        return DocumentReader.Read(utf8Json, options, PlanDocument.ReadBytes);
    }

    /// <summary>The plan's transfer object read from the stream on the direct path, or <see langword="null"/> on a
    /// surprise (the stream then stands anywhere).</summary>
    /// <param name="utf8Json">The stream, at the document's first byte.</param>
    /// <param name="options">Limits.</param>
    /// <param name="bufferSize">The buffer a read starts with.</param>
    /// <returns>The transfer object, or <see langword="null"/>.</returns>
    internal static PlanDocumentDto? Direct(Stream utf8Json, ReadOptions options, int bufferSize = DefaultBufferSize)
    {
        var context = DocumentJsonContext.DirectAt(options.MaxDepth);
        using var window = new Window(utf8Json, options, Math.Max(bufferSize, 4));
        using var pool = TextPool.Use();
        try
        {
            return Document(window, context.Options, TextPool.Current!) is { } dto && DocumentReader.Keeps(dto, context.GetTypeInfo(typeof(PlanDocumentDto))!, PlanDocument.CurrentSchemaVersion)
                ? dto
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A value the reader cannot give as the type asked for; the full pipeline names it.
            return null;
        }
    }

    private static PlanDocumentDto? Document(Window window, JsonSerializerOptions options, TextPool pool)
    {
        if (!window.Fill() || !window.Prologue())
        {
            return null;
        }

        var read = new object?[Properties.Length];
        var seen = new bool[Properties.Length];
        if (!Next(window, out var reader) || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        window.Advance(reader);
        while (true)
        {
            if (!Next(window, out reader))
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                window.Advance(reader);
                break;
            }

            // The reader gives nothing but a property name here; an escaped one is left to the full pipeline.
            var at = reader.ValueIsEscaped ? -1 : Find(reader.ValueSpan);
            if (at < 0 || seen[at])
            {
                return null;
            }

            seen[at] = true;
            window.Advance(reader);
            var property = Properties[at].Property;
            var value = property.PropertyType == typeof(List<PersonDto>)
                ? People(window, options, pool)
                : Value(window, options, property.PropertyType);
            if (value is Surprise || (value is null && !property.IsSetNullable))
            {
                return null;
            }

            read[at] = value;
        }

        // Nothing but white space after the plan object.
        while (true)
        {
            var end = window.Reader();
            if (end.Read())
            {
                return null;
            }

            window.Advance(end);
            if (window.Final)
            {
                break;
            }

            if (!window.Fill())
            {
                return null;
            }
        }

        for (var i = 0; i < Properties.Length; i++)
        {
            if (Properties[i].Property.IsRequired && !seen[i])
            {
                return null;
            }
        }

        var dto = new PlanDocumentDto { SchemaVersion = 0, Name = null!, Organisation = null!, Competences = null!, People = null!, Requirements = null! };
        for (var i = 0; i < Properties.Length; i++)
        {
            if (seen[i])
            {
                Properties[i].Property.Set!(dto, read[i]);
            }
        }

        return dto;
    }

    private static int Find(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Properties.Length; i++)
        {
            if (name.SequenceEqual(Properties[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The people, person by person; <see cref="Surprise.Instance"/> on a surprise.</summary>
    private static object? People(Window window, JsonSerializerOptions options, TextPool pool)
    {
        var info = (JsonTypeInfo<PersonDto>)options.GetTypeInfo(typeof(PersonDto));
        var list = new PersonList();
        var holdings = new List<Holding>();
        var aspirations = new List<CompetenceId>();
        var opening = Item(window, enterArray: true, out var from, out var to);
        if (opening != JsonTokenType.StartArray)
        {
            // The people are required, and a list: anything else makes the serializer throw.
            return Surprise.Instance;
        }

        while (true)
        {
            // A person in the common form is read where it stands in the buffer; one cut by the buffer's end, or any other,
            // is taken whole into the buffer and read again (the in-memory direct path's way).
            var here = window.Reader();
            if (here.Read() && here.TokenType == JsonTokenType.StartObject)
            {
                var depth = here.CurrentDepth;
                var first = window.Start + (int)here.TokenStartIndex;
                if (PersonListConverter.Common(ref here, pool, holdings, aspirations, list) is { } common
                    && here.TokenType == JsonTokenType.EndObject && here.CurrentDepth == depth)
                {
                    if (!Plain(window.Bytes(first, window.Start + (int)here.BytesConsumed)))
                    {
                        return Surprise.Instance;
                    }

                    window.Advance(here);
                    list.Add(common);
                    continue;
                }
            }

            var token = Item(window, enterArray: false, out from, out to);
            if (token == JsonTokenType.EndArray)
            {
                return list;
            }

            if (token == JsonTokenType.None)
            {
                return Surprise.Instance;
            }

            var bytes = window.Bytes(from, to);
            if (!Plain(bytes))
            {
                return Surprise.Instance;
            }

            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = options.MaxDepth });
            reader.Read();
            list.Add(PersonListConverter.ReadPerson(ref reader, pool, info, holdings, aspirations, list)!);
        }
    }

    /// <summary>A value of the plan object: a list item by item, anything else whole; <see cref="Surprise.Instance"/> on a
    /// surprise.</summary>
    private static object? Value(Window window, JsonSerializerOptions options, Type type)
    {
        var info = options.GetTypeInfo(type);
        var isList = info.Kind == JsonTypeInfoKind.Enumerable && info.CreateObject is not null;
        var token = Item(window, enterArray: isList, out var from, out var to);
        if (token == JsonTokenType.None)
        {
            return Surprise.Instance;
        }

        if (token != JsonTokenType.StartArray || !isList)
        {
            var bytes = window.Bytes(from, to);
            return Plain(bytes) ? JsonSerializer.Deserialize(bytes, info) : Surprise.Instance;
        }

        var list = (System.Collections.IList)info.CreateObject!();
        var itemInfo = options.GetTypeInfo(info.ElementType!);
        while (true)
        {
            token = Item(window, enterArray: false, out from, out to);
            if (token == JsonTokenType.EndArray)
            {
                return list;
            }

            if (token == JsonTokenType.None)
            {
                return Surprise.Instance;
            }

            var bytes = window.Bytes(from, to);
            if (!Plain(bytes))
            {
                return Surprise.Instance;
            }

            list.Add(JsonSerializer.Deserialize(bytes, itemInfo));
        }
    }

    /// <summary>Whether an item's bytes pass the in-memory direct path's checks of the whole document: UTF-8 text, and
    /// nothing the shape check refuses that the serializer lets through.</summary>
    private static bool Plain(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes) && DocumentReader.PlainText(bytes);

    /// <summary>The next token, the buffer refilled as it needs; <see langword="false"/> at the end of the document.</summary>
    private static bool Next(Window window, out Utf8JsonReader reader)
    {
        while (true)
        {
            reader = window.Reader();
            if (reader.Read())
            {
                return true;
            }

            if (window.Final || !window.Fill())
            {
                return false;
            }
        }
    }

    /// <summary>Reads the next value whole into the buffer (<paramref name="from"/> to <paramref name="to"/>, valid until
    /// the next refill) and steps over it; or, for an array when <paramref name="enterArray"/>, steps into it; or steps
    /// out of the array at its end.</summary>
    /// <returns>The value's first token (<see cref="JsonTokenType.StartArray"/> when stepped into,
    /// <see cref="JsonTokenType.EndArray"/> at the array's end), or <see cref="JsonTokenType.None"/> when the document
    /// ends first or grows over the size limit.</returns>
    private static JsonTokenType Item(Window window, bool enterArray, out int from, out int to)
    {
        from = to = 0;
        while (true)
        {
            var reader = window.Reader();
            if (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.EndArray || (token == JsonTokenType.StartArray && enterArray))
                {
                    window.Advance(reader);
                    return token;
                }

                var end = reader;
                if (token is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || end.TrySkip())
                {
                    from = window.Start + (int)reader.TokenStartIndex;
                    to = window.Start + (int)end.BytesConsumed;
                    window.Advance(end);
                    return token;
                }
            }

            if (window.Final || !window.Fill())
            {
                return JsonTokenType.None;
            }
        }
    }

    /// <summary>Marks a surprise where <see langword="null"/> is a value.</summary>
    private sealed class Surprise
    {
        public static readonly Surprise Instance = new();
    }

    /// <summary>The buffer over the stream: the bytes not yet read by the JSON reader, the reader's state, and the count
    /// of bytes read for the size limit.</summary>
    private sealed class Window(Stream stream, ReadOptions options, int size) : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(size);
        private int _end;
        private long _total;
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });

        /// <summary>Gets where the unread bytes start in the buffer.</summary>
        public int Start { get; private set; }

        /// <summary>Gets a value indicating whether the stream has ended (the buffer holds the document's last bytes).</summary>
        public bool Final { get; private set; }

        /// <summary>A reader over the unread bytes, in the state the last one left.</summary>
        public Utf8JsonReader Reader() => new(_buffer.AsSpan(Start, _end - Start), Final, _state);

        /// <summary>Takes what <paramref name="reader"/> read as read.</summary>
        public void Advance(in Utf8JsonReader reader)
        {
            _state = reader.CurrentState;
            Start += (int)reader.BytesConsumed;
        }

        /// <summary>Bytes of the buffer.</summary>
        public ReadOnlySpan<byte> Bytes(int from, int to) => _buffer.AsSpan(from, to - from);

        /// <summary>Skips a UTF-8 byte-order mark and refuses what the in-memory reader takes for UTF-16 (zero bytes
        /// among the first two), as <see cref="DocumentReader.Direct{TDto}"/> does.</summary>
        public bool Prologue()
        {
            var bytes = _buffer.AsSpan(Start, _end - Start);
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                Start += 3;
                bytes = bytes[3..];
            }

            return !(bytes.Length > 1 && (bytes[0] == 0 || bytes[1] == 0));
        }

        /// <summary>Moves the unread bytes to the buffer's start (into a buffer twice as large when they fill it) and
        /// reads from the stream until the buffer is full or the stream ends.</summary>
        /// <returns><see langword="false"/> when the document is over the size limit, or when one item is too large for
        /// a buffer twice this one's size (over a gigabyte): the whole-stream read then takes the document.</returns>
        public bool Fill()
        {
            var unread = _end - Start;
            if (unread == _buffer.Length)
            {
                if (_buffer.Length > Array.MaxLength / 2)
                {
                    return false;
                }

                var larger = ArrayPool<byte>.Shared.Rent(checked(_buffer.Length * 2));
                _buffer.AsSpan(Start, unread).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            else if (Start > 0)
            {
                _buffer.AsSpan(Start, unread).CopyTo(_buffer);
            }

            Start = 0;
            _end = unread;
            while (_end < _buffer.Length)
            {
                var n = stream.Read(_buffer, _end, _buffer.Length - _end);
                if (n == 0)
                {
                    Final = true;
                    break;
                }

                _end += n;
                _total += n;
            }

            return _total <= options.MaxBytes;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
