using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Documents;

/// <summary>Reads and writes the versioned JSON wheel document: an annual wheel as data (see <c>docs/wheel.md</c>).</summary>
/// <remarks>
/// <para>Reading never stops at the first problem: malformed JSON is reported with line and column; otherwise every
/// problem of shape (missing, unknown or mistyped properties, malformed dates), of value (colours, months and days,
/// fields that do not belong to a rule's kind) and of reference (unknown rings, activities and periods, duplicates,
/// cycles of relative rules) is reported as a <see cref="Problem"/> with its location.</para>
/// <para>Writing is deterministic, and reading what was written gives a wheel with the same occurrences.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class WheelDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Reads a wheel from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The wheel, or every problem.</returns>
    public static ReadResult<AnnualWheel> ReadBytes(ReadOnlySpan<byte> utf8Json, ReadOptions? options = null) =>
        DocumentReader.Read(utf8Json, options, DocumentJsonContext.Document.WheelDocumentDto, CurrentSchemaVersion, "wheel document", WheelMapper.ToModel);

    /// <summary>Reads a wheel from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The wheel, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult<AnnualWheel> Parse(string json, ReadOptions? options = null) =>
        ReadBytes(System.Text.Encoding.UTF8.GetBytes(Guard.Against.Null(json, nameof(json))), options);

    /// <summary>Reads a wheel from a stream of UTF-8 JSON, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The wheel, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ReadResult<AnnualWheel> Read(Stream utf8Json, ReadOptions? options = null) =>
        DocumentReader.Read(utf8Json, options, ReadBytes);

    /// <summary>Writes a wheel as indented UTF-8 JSON.</summary>
    /// <param name="wheel">The wheel.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wheel"/> is <see langword="null"/>.</exception>
    public static byte[] Write(AnnualWheel wheel) =>
        DocumentReader.Write(WheelMapper.ToDto(Guard.Against.Null(wheel, nameof(wheel))), DocumentJsonContext.Document.WheelDocumentDto);

    /// <summary>Writes a wheel as indented JSON text.</summary>
    /// <param name="wheel">The wheel.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wheel"/> is <see langword="null"/>.</exception>
    public static string WriteString(AnnualWheel wheel) => System.Text.Encoding.UTF8.GetString(Write(wheel));
}
