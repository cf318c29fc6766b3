using System.Text.Json;
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

    public static byte[]? ReadAll(Stream utf8Json, PlanReadOptions options, out PlanProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        problem = null;
        using var buffer = new MemoryStream();
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

        return buffer.ToArray();
    }

    public static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
