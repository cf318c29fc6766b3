using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReKs.Competence.Documents;

/// <summary>A transfer object that, read whole on the reader's direct path, says whether that path may keep it (a check
/// that needs the whole document, such as levels read before the scale).</summary>
internal interface IDirectRead
{
    /// <summary>Whether the direct path may keep this transfer object; otherwise the full pipeline reads the document.</summary>
    /// <returns><see langword="true"/> when it may.</returns>
    bool Accepts();
}

/// <summary>
/// The one read pipeline every document shares: limits → JSON → version → shape → transfer object → map → rules →
/// <see cref="ReadResult{T}"/>. Each stage reports every problem it finds; the pipeline stops after a stage that found one.
/// </summary>
internal static class DocumentReader
{
    /// <summary>A reader of bytes, so that streams share one size check.</summary>
    public delegate ReadResult<T> ReadBytes<T>(ReadOnlySpan<byte> utf8Json, ReadOptions options)
        where T : class;

    /// <summary>Reads a versioned document: its transfer object is checked for shape, deserialized and mapped
    /// (<paramref name="map"/> applies the core's rules and adds their problems).</summary>
    /// <remarks>A document is first read straight from the UTF-8 reader into its transfer object (<see cref="Direct{TDto}"/>):
    /// one pass, no tree of the whole document, no separate shape pass. That path takes a document only when the shape
    /// stage would have found nothing; anything else (malformed, too large, an unknown property, a wrong type, a control
    /// character, a null in a list…) sends the document through the full pipeline, which reports every problem with its
    /// path. So both paths give the same problems and the same value.</remarks>
    public static ReadResult<T> Read<TDto, T>(ReadOnlySpan<byte> utf8Json, ReadOptions? options, JsonTypeInfo<TDto> info, int version, string what, Func<TDto, List<Problem>, T?> map)
        where TDto : class
        where T : class
    {
        options ??= ReadOptions.Default;
        if (Direct((JsonTypeInfo<TDto>)DocumentJsonContext.Direct.GetTypeInfo(typeof(TDto))!, utf8Json, options, version) is { } direct)
        {
            var problems = new List<Problem>();
            var value = map(direct, problems);
            return new(value, [.. problems]);
        }

        return Read(utf8Json, options, (root, problems) => Versioned(root, info, version, what, problems) is { } dto ? map(dto, problems) : null);
    }

    /// <summary>The transfer object read in one pass from the UTF-8 reader, or <see langword="null"/> when the document
    /// is anything but well-formed, within the limits, of the right version and shape, with plain text: then the full
    /// pipeline reads it and says what is wrong, and where.</summary>
    /// <remarks>What the serializer does not check itself, and the shape check does, is checked here: no control
    /// character or half surrogate in any text (<see cref="PlainText"/>), no null in a list, an object where the format
    /// keeps a JSON object (<see cref="Complete"/>). Unknown and duplicate properties, missing required ones, nulls
    /// where none is allowed, wrong JSON types, numbers out of range and malformed dates make the serializer throw.</remarks>
    internal static TDto? Direct<TDto>(JsonTypeInfo<TDto> info, ReadOnlySpan<byte> utf8Json, ReadOptions options, int version)
        where TDto : class
    {
        if (utf8Json.Length > options.MaxBytes)
        {
            return null;
        }

        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        if (Encoding(utf8Json) is not null || !PlainText(utf8Json))
        {
            return null;
        }

        // The serializer reads the bytes with its own reader, at the read's depth limit, comments refused, nothing after
        // the value.
        var atDepth = (JsonTypeInfo<TDto>)DocumentJsonContext.DirectAt(options.MaxDepth).GetTypeInfo(info.Type)!;
        using var pool = TextPool.Use();
        try
        {
            var dto = JsonSerializer.Deserialize(utf8Json, atDepth);
            return dto is not null && Keeps(dto, atDepth, version) ? dto : null;
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

    /// <summary>Whether the direct path may keep a transfer object it read: of the right version, complete
    /// (<see cref="Complete"/>), and accepted by itself (<see cref="IDirectRead"/>).</summary>
    internal static bool Keeps(object dto, JsonTypeInfo info, int version) =>
        Version(dto, info) == version && Complete(dto, info) && (dto is not IDirectRead whole || whole.Accepts());

    /// <summary>The <c>schemaVersion</c> a transfer object was read with.</summary>
    private static int? Version(object dto, JsonTypeInfo info) =>
        info.Properties.FirstOrDefault(p => p.Name == "schemaVersion")?.Get?.Invoke(dto) as int?;

    /// <summary>Whether the bytes hold no text the shape check refuses: no escaped control character (<c>\b</c>,
    /// <c>\f</c>, <c>\u0000</c>–<c>\u001f</c>, <c>\u007f</c>–<c>\u009f</c>) or escaped surrogate, and no DEL or C1 control
    /// written as it is. Line breaks and tabs are text; a document with anything else here takes the full pipeline.</summary>
    internal static bool PlainText(ReadOnlySpan<byte> utf8Json)
    {
        for (var at = utf8Json.IndexOfAny((byte)'\\', (byte)0x7F, (byte)0xC2); at >= 0; at = Next(utf8Json, at + 1))
        {
            var b = utf8Json[at];
            if (b == 0x7F || (b == 0xC2 && at + 1 < utf8Json.Length && utf8Json[at + 1] <= 0x9F))
            {
                return false;
            }

            if (b == (byte)'\\' && at + 1 < utf8Json.Length)
            {
                var escaped = utf8Json[at + 1];
                if (escaped is (byte)'b' or (byte)'f')
                {
                    return false;
                }

                if (escaped == (byte)'u')
                {
                    if (at + 6 > utf8Json.Length || !int.TryParse(utf8Json.Slice(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
                        || code < 0x20 || code is >= 0x7F and <= 0x9F || code is >= 0xD800 and <= 0xDFFF)
                    {
                        return false;
                    }
                }

                at++; // the escaped character is not the start of another escape
            }
        }

        return true;

        static int Next(ReadOnlySpan<byte> bytes, int from)
        {
            if (from >= bytes.Length)
            {
                return -1;
            }

            var found = bytes[from..].IndexOfAny((byte)'\\', (byte)0x7F, (byte)0xC2);
            return found < 0 ? -1 : from + found;
        }
    }

    // Per type, the properties that can hold a list, an integrator's object or an embedded document: the only ones the
    // completeness check walks into (holdings, say, have none, and are not walked).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonTypeInfo, JsonPropertyInfo[]> Walked = [];

    /// <summary>Whether a transfer object has no null in any list and a JSON object wherever the format keeps one, as
    /// the shape check requires; the serializer lets both through.</summary>
    private static bool Complete(object value, JsonTypeInfo info)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var p in Walked.GetValue(info, Walk))
                {
                    if (p.Get!(value) is { } v && !Complete(v, info.Options.GetTypeInfo(p.PropertyType)))
                    {
                        return false;
                    }
                }

                return true;
            case JsonTypeInfoKind.Enumerable:
                var itemInfo = info.Options.GetTypeInfo(info.ElementType!);
                var nullable = Nullable.GetUnderlyingType(itemInfo.Type) is not null;
                var walk = NeedsWalk(itemInfo.Type, itemInfo);
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    if (item is null ? !nullable : walk && !Complete(item, itemInfo))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return value switch
                {
                    VerbatimObject verbatim => verbatim.Json.StartsWith('{'),
                    JsonElement element => element.ValueKind == JsonValueKind.Object,
                    System.Collections.IList list => Items(list, info.Options),
                    _ => true,
                };
        }
    }

    /// <summary>A list read by one of the direct path's own converters (people, holdings): no null item, and each
    /// item complete.</summary>
    private static bool Items(System.Collections.IList list, JsonSerializerOptions options)
    {
        foreach (var item in list)
        {
            if (item is null)
            {
                return false;
            }

            var itemInfo = options.GetTypeInfo(item.GetType());
            if (NeedsWalk(item.GetType(), itemInfo) && !Complete(item, itemInfo))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonPropertyInfo[] Walk(JsonTypeInfo info) =>
        [.. info.Properties.Where(p => p.Get is not null && NeedsWalk(p.PropertyType, info.Options.GetTypeInfo(p.PropertyType)))];

    private static bool NeedsWalk(Type type, JsonTypeInfo info) =>
        info.Kind is JsonTypeInfoKind.Enumerable
        || (info.Kind is JsonTypeInfoKind.None && typeof(System.Collections.IList).IsAssignableFrom(type))
        || (info.Kind is JsonTypeInfoKind.Object && Walked.GetValue(info, Walk).Length > 0)
        || (Nullable.GetUnderlyingType(type) ?? type) == typeof(JsonElement)
        || type == typeof(VerbatimObject);

    /// <summary>Reads a document whose format has no transfer object (JSON-stat): <paramref name="read"/> walks the tree.</summary>
    public static ReadResult<T> Read<T>(ReadOnlySpan<byte> utf8Json, ReadOptions? options, Func<JsonElement, List<Problem>, T?> read)
        where T : class
    {
        using var document = Parse(utf8Json, options ?? ReadOptions.Default, out var problem);
        if (document is null)
        {
            return new(null, [problem!]);
        }

        var problems = new List<Problem>();
        if (utf8Json.IndexOf("\\u"u8) >= 0)
        {
            // Only an escape can make a lone surrogate in bytes that are valid UTF-8 (Parse refuses any other), so a
            // document without one is not walked twice.
            Strings(document.RootElement, ProblemPath.Root, problems);
            if (problems.Count > 0)
            {
                return new(null, [.. problems]);
            }
        }

        var value = read(document.RootElement, problems);
        return new(value, [.. problems]);
    }

    /// <summary>Reads a stream to its end, no further than the size limit, then reads the bytes with <paramref name="read"/>.</summary>
    public static ReadResult<T> Read<T>(Stream utf8Json, ReadOptions? options, ReadBytes<T> read)
        where T : class
    {
        Guard.Against.Null(utf8Json, nameof(utf8Json));
        options ??= ReadOptions.Default;

        // A stream that knows its length (a file) is read into one array of that size, not a buffer that doubles as it
        // grows: a national plan is hundreds of megabytes.
        var known = utf8Json.CanSeek ? utf8Json.Length - utf8Json.Position : 0;
        if (known > options.MaxBytes)
        {
            return new(null, [new Problem(ProblemPath.Root, ProblemKind.Limit, $"the document is larger than the {options.MaxBytes} bytes accepted")]);
        }

        var buffer = new MemoryStream(known is > 0 and < int.MaxValue - 1 ? (int)known + 1 : 0);
        var chunk = new byte[81920];
        int n;
        while ((n = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > options.MaxBytes)
            {
                return new(null, [new Problem(ProblemPath.Root, ProblemKind.Limit, $"the document is larger than the {options.MaxBytes} bytes accepted")]);
            }
        }

        return read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), options);
    }

    /// <summary>The one writer path: a transfer object as indented UTF-8 JSON with the documents' one set of options.</summary>
    public static byte[] Write<TDto>(TDto dto, JsonTypeInfo<TDto> info) => JsonSerializer.SerializeToUtf8Bytes(dto, info);

    /// <summary>The first stage: size and depth limits, a byte-order mark, well-formed JSON with line and column.</summary>
    private static JsonDocument? Parse(ReadOnlySpan<byte> utf8Json, ReadOptions options, out Problem? problem)
    {
        problem = null;
        if (utf8Json.Length > options.MaxBytes)
        {
            problem = new Problem(ProblemPath.Root, ProblemKind.Limit, $"the document has {utf8Json.Length} bytes; at most {options.MaxBytes} are accepted");
            return null;
        }

        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        if (Encoding(utf8Json) is { } encodingProblem)
        {
            problem = encodingProblem;
            return null;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            var tooDeep = NestsDeeper(utf8Json, options.MaxDepth);
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            problem = tooDeep
                ? new Problem(ProblemPath.Root, ProblemKind.Limit, $"the document nests deeper than {options.MaxDepth} levels", line, column)
                : new Problem(ProblemPath.Root, ProblemKind.Syntax, $"the document is not well-formed JSON: {FirstSentence(e.Message)}", line, column);
            return null;
        }
    }

    /// <summary>Reports every property name and string whose escapes (<c>\ud800</c>) leave half of a surrogate pair, which
    /// is no text: reading such a string throws, so it is found here, with its path, before any later stage reads it.</summary>
    private static void Strings(JsonElement element, ProblemPath path, List<Problem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var i = 0;
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        problems.Add(new Problem(path, ProblemKind.InvalidValue, $"the name of property {i + 1} has half of a surrogate pair, which is no character"));
                        i++;
                        continue;
                    }

                    Strings(property.Value, path.Then(name), problems);
                    i++;
                }

                break;
            case JsonValueKind.Array:
                var n = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, path.Then(n++), problems);
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    problems.Add(new Problem(path, ProblemKind.InvalidValue, "the text has half of a surrogate pair, which is no character"));
                }

                break;
        }
    }

    /// <summary>A document that is not UTF-8 text — UTF-16 (by its byte-order mark or its zero bytes), or bytes that form
    /// no UTF-8 character, as a Windows-1252 "ø" does — is reported with the line and column of the first bad byte, in
    /// words rather than as the decoder's exception.</summary>
    private static Problem? Encoding(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8Json.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Problem(ProblemPath.Root, ProblemKind.Syntax, "the document is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8", 1, 1);
        }

        if (System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return utf8Json.Length > 1 && (utf8Json[0] == 0 || utf8Json[1] == 0)
                ? new Problem(ProblemPath.Root, ProblemKind.Syntax, "the document has zero bytes among its first characters, as UTF-16 text has; save it as UTF-8", 1, 1)
                : null;
        }

        var line = 1;
        var lineStart = 0;
        var at = 0;
        while (at < utf8Json.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(utf8Json[at..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var column = System.Text.Unicode.Utf8.IsValid(utf8Json[lineStart..at]) ? System.Text.Encoding.UTF8.GetCharCount(utf8Json[lineStart..at]) + 1 : at - lineStart + 1;
                return new Problem(ProblemPath.Root, ProblemKind.Syntax, $"the document is not UTF-8 text: byte 0x{utf8Json[at]:X2} starts no UTF-8 character (was the file saved as Windows-1252 or Latin-1? save it as UTF-8)", line, column);
            }

            if (utf8Json[at] == (byte)'\n')
            {
                line++;
                lineStart = at + 1;
            }

            at += consumed;
        }

        return null;
    }

    /// <summary>Whether the document opens an object or array at <paramref name="maxDepth"/> or deeper before any syntax
    /// error: read again by a reader allowed one level more, which stops at the first such token or error.</summary>
    private static bool NestsDeeper(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error comes first; it is reported as such.
        }

        return false;
    }

    /// <summary>The second stage of a versioned document: a JSON object with the supported <c>schemaVersion</c>, whose
    /// shape matches the source-generated metadata (every problem with its path), deserialized.</summary>
    internal static TDto? Versioned<TDto>(JsonElement root, JsonTypeInfo<TDto> info, int version, string what, List<Problem> problems)
        where TDto : class
    {
        var at = ProblemPath.Root.Then("schemaVersion");
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new Problem(ProblemPath.Root, ProblemKind.WrongType, $"a {what} is a JSON object"));
            return null;
        }

        if (!root.TryGetProperty("schemaVersion", out var found))
        {
            problems.Add(new Problem(at, ProblemKind.UnsupportedVersion, $"the document has no schemaVersion; this library reads version {version}"));
            return null;
        }

        if (found.ValueKind != JsonValueKind.Number || !found.TryGetInt32(out var v) || v != version)
        {
            problems.Add(new Problem(at, ProblemKind.UnsupportedVersion, $"schema version {found.GetRawText()} is not supported; this library reads version {version}"));
            return null;
        }

        var before = problems.Count;
        ShapeCheck.Check(root, info, ProblemPath.Root, nullable: false, problems);
        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            return root.Deserialize(info);
        }
        catch (JsonException e)
        {
            // The shape check has seen every value; should the serializer still refuse one, say so rather than guess where.
            problems.Add(new Problem(ProblemPath.Root, ProblemKind.WrongType, $"{FirstSentence(e.Message)} (at {e.Path})"));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
