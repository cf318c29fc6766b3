using System.Text.Json;

namespace ReKs.Competence.Documents;

/// <summary>Tells which kind of document a JSON text is, so a tool can validate any of them with one command.</summary>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class DocumentKinds
{
    private static readonly string[] Decisive = ["indicators", "series", "organisation", "people", "activities", "rings", "periods"];

    /// <summary>Tells a document's kind from the properties at its root: <c>indicators</c> or <c>series</c> make an
    /// evaluation document, <c>activities</c>, <c>rings</c> or <c>periods</c> a wheel document, anything else (including
    /// text that is not a JSON object) a plan document, whose reader then reports what is wrong.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The kind.</returns>
    /// <remarks>Only the root's property names are read, up to the first that decides, within
    /// <see cref="ReadOptions.Default"/>'s depth; the document is not validated, and the start of a longer document is
    /// enough.</remarks>
    public static DocumentKind Detect(ReadOnlySpan<byte> utf8Json)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = ReadOptions.Default.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return DocumentKind.Plan;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
                if (names.Overlaps(Decisive))
                {
                    break;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed text: decide from the names read so far; the reader reports the syntax error with its position.
        }
        catch (InvalidOperationException)
        {
            // A property name that is not valid text: as above.
        }

        return names.Contains("indicators") || names.Contains("series")
            ? DocumentKind.Evaluation
            : names.Contains("organisation") || names.Contains("people")
                ? DocumentKind.Plan
                : names.Contains("activities") || names.Contains("rings") || names.Contains("periods")
                    ? DocumentKind.Wheel
                    : DocumentKind.Plan;
    }
}
