using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>Reads and writes the versioned JSON plan document.</summary>
/// <remarks>
/// <para>Reading never stops at the first problem: malformed JSON is reported with line and column; otherwise every
/// problem of shape (missing, unknown or mistyped properties, malformed dates), of value (shares, levels, decimals) and of
/// reference (unknown ids, duplicates, cycles) is reported with its JSON path. Nothing is dropped, clamped or guessed.</para>
/// <para>Writing is deterministic: the same plan gives the same bytes, and reading them gives an equal plan.
/// The format is described by <c>docs/plan.schema.json</c>.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class PlanDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Reads a plan from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The plan, or every problem.</returns>
    public static ReadResult<CompetencePlan> ReadBytes(ReadOnlySpan<byte> utf8Json, ReadOptions? options = null) =>
        DocumentReader.Read(utf8Json, options, DocumentJsonContext.Document.PlanDocumentDto, CurrentSchemaVersion, "plan document", PlanMapper.ToModel);

    /// <summary>Reads a plan from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The plan, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult<CompetencePlan> Parse(string json, ReadOptions? options = null) =>
        ReadBytes(System.Text.Encoding.UTF8.GetBytes(Guard.Against.Null(json, nameof(json))), options);

    /// <summary>Reads a plan from a stream of UTF-8 JSON, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream, from its current position to its end.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The plan, or every problem; the same as <see cref="ReadBytes"/> of the stream's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>A seekable stream (a file) is streamed: it is read through a buffer of a few hundred kilobytes, person by
    /// person, so a valid document is never held whole (the memory a read takes is the plan's own and the buffer's). A
    /// document with anything unusual is read again from the position the stream had when the call began, whole, by the
    /// reader that reports every problem with its path, so problems are reported exactly as <see cref="ReadBytes"/>
    /// reports them.</para>
    /// <para>A stream that cannot seek (a pipe, a network stream) is read whole into memory first, up to the size limit,
    /// and then read as bytes: a document with a problem must be read again from its start, which such a stream cannot
    /// do. To read a large document from such a stream in bounded memory, copy it to a file first.</para>
    /// </remarks>
    public static ReadResult<CompetencePlan> Read(Stream utf8Json, ReadOptions? options = null) =>
        PlanStreamReader.Read(utf8Json, options);

    /// <summary>Writes a plan as indented UTF-8 JSON.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static byte[] Write(CompetencePlan plan) =>
        DocumentReader.Write(PlanMapper.ToDto(Guard.Against.Null(plan, nameof(plan))), DocumentJsonContext.Document.PlanDocumentDto);

    /// <summary>Makes an integrator's own data for a plan, a person, a node or a competence from JSON text.</summary>
    /// <param name="json">The text of one JSON object, with anything inside; it is kept exactly as given.</param>
    /// <returns>The value, which the writer writes back as this text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The text is not one JSON object (the message says where it goes wrong).</exception>
    public static Model.ExtensionData ParseExtensions(string json)
    {
        Guard.Against.Null(json, nameof(json));
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                throw new ArgumentException($"extensions must be a JSON object, not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}", nameof(json));
            }
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ArgumentException($"extensions are not JSON: {e.Message}", nameof(json), e);
        }

        return new Model.ExtensionData(json.Trim());
    }

    /// <summary>Writes a plan as indented JSON text.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static string WriteString(CompetencePlan plan) => System.Text.Encoding.UTF8.GetString(Write(plan));
}
