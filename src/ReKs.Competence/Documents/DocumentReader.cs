using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReKs.Competence.Documents;

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
    public static ReadResult<T> Read<TDto, T>(ReadOnlySpan<byte> utf8Json, ReadOptions? options, JsonTypeInfo<TDto> info, int version, string what, Func<TDto, List<Problem>, T?> map)
        where TDto : class
        where T : class =>
        Read(utf8Json, options, (root, problems) => Versioned(root, info, version, what, problems) is { } dto ? map(dto, problems) : null);

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
        var buffer = new MemoryStream();
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
    private static TDto? Versioned<TDto>(JsonElement root, JsonTypeInfo<TDto> info, int version, string what, List<Problem> problems)
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
