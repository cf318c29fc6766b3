using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReKs.Competence.Model;

namespace ReKs.Competence.Serialization;

/// <summary>The first pass every document reader shares: size and depth limits, a byte-order mark, well-formed JSON with line and column.</summary>
internal static class JsonInput
{
    public static JsonDocument? Parse(ReadOnlySpan<byte> utf8Json, PlanReadOptions? options, out PlanProblem? problem)
    {
        options ??= PlanReadOptions.Default;
        problem = null;
        if (utf8Json.Length > options.MaxBytes)
        {
            problem = new PlanProblem("$", PlanProblemKind.Limit, $"the document has {utf8Json.Length} bytes; at most {options.MaxBytes} are accepted");
            return null;
        }

        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            var kind = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) ? PlanProblemKind.Limit : PlanProblemKind.Syntax;
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            problem = new PlanProblem(e.Path is { Length: > 0 } p ? p : "$", kind, kind == PlanProblemKind.Limit
                ? $"the document nests deeper than {options.MaxDepth} levels"
                : $"the document is not well-formed JSON: {FirstSentence(e.Message)}", line, column);
            return null;
        }
    }

    /// <summary>Reads a stream to its end, no further than the size limit; the bytes are the buffer's own (no copy).</summary>
    public static ArraySegment<byte>? ReadAll(Stream utf8Json, PlanReadOptions? options, out PlanProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= PlanReadOptions.Default;
        problem = null;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > options.MaxBytes)
            {
                problem = new PlanProblem("$", PlanProblemKind.Limit, $"the document is larger than the {options.MaxBytes} bytes accepted");
                return null;
            }
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The second pass every versioned document shares: a JSON object with the supported <c>schemaVersion</c>,
    /// whose shape matches the source-generated metadata (every problem with its path), deserialized.</summary>
    /// <returns>The transfer object, or <see langword="null"/> with the problems added.</returns>
    public static TDto? ReadVersioned<TDto>(JsonElement root, JsonTypeInfo<TDto> info, int version, string what, List<PlanProblem> problems)
        where TDto : class
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new PlanProblem("$", PlanProblemKind.WrongType, $"a {what} is a JSON object"));
            return null;
        }

        if (!root.TryGetProperty("schemaVersion", out var found))
        {
            problems.Add(new PlanProblem("$.schemaVersion", PlanProblemKind.UnsupportedVersion, $"the document has no schemaVersion; this library reads version {version}"));
            return null;
        }

        if (found.ValueKind != JsonValueKind.Number || !found.TryGetInt32(out var v) || v != version)
        {
            problems.Add(new PlanProblem("$.schemaVersion", PlanProblemKind.UnsupportedVersion, $"schema version {found.GetRawText()} is not supported; this library reads version {version}"));
            return null;
        }

        var before = problems.Count;
        ShapeCheck.Check(root, info, "$", nullable: false, problems);
        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            return root.Deserialize(info)!;
        }
        catch (JsonException e)
        {
            problems.Add(new PlanProblem(e.Path ?? "$", PlanProblemKind.WrongType, FirstSentence(e.Message)));
            return null;
        }
    }

    public static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
