using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Documents;

/// <summary>Reads and writes the versioned JSON evaluation document: indicators, interventions and series.</summary>
/// <remarks>
/// <para>Reading reports every problem with its JSON path, as the plan document does: shape (missing, unknown or mistyped
/// properties, malformed dates), values (periods, denominators, answers that do not fit the indicator), order (periods
/// strictly increasing, a missing month listed with <c>"value": null</c>), duplicates, and — when a plan is given —
/// references to the plan's nodes and measures.</para>
/// <para>Observations of a Likert indicator may be written as <c>answers</c> (counts per category); they are read as the
/// top-box count (value) of all answers (denominator), and written back as value and denominator. The format is described in <c>docs/evaluation.md</c>.</para>
/// <para>Official tables (JSON-stat 2.0, as Statistics Norway's API returns them) are read from <c>statistics</c>, inline or
/// from a file beside the document: each mapped region code becomes a node's series of each mapped content code's
/// indicator; they are written back as ordinary series.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class EvaluationDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Reads evaluation data from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="plan">The plan whose nodes and measures the document names, or <see langword="null"/> to skip those checks.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The data, or every problem.</returns>
    public static ReadResult<EvaluationData> ReadBytes(ReadOnlySpan<byte> utf8Json, CompetencePlan? plan = null, ReadOptions? options = null) =>
        DocumentReader.Read(utf8Json, options, DocumentJsonContext.Document.EvaluationDocumentDto, CurrentSchemaVersion, "evaluation document", (dto, problems) => EvaluationMapper.ToModel(dto, plan, problems));

    /// <summary>Reads evaluation data from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="plan">The plan whose nodes and measures the document names, or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The data, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult<EvaluationData> Parse(string json, CompetencePlan? plan = null, ReadOptions? options = null) =>
        ReadBytes(System.Text.Encoding.UTF8.GetBytes(Guard.Against.Null(json, nameof(json))), plan, options);

    /// <summary>Reads evaluation data from a stream of UTF-8 JSON, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="plan">The plan whose nodes and measures the document names, or <see langword="null"/>.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The data, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ReadResult<EvaluationData> Read(Stream utf8Json, CompetencePlan? plan = null, ReadOptions? options = null)
        => DocumentReader.Read(utf8Json, options, (bytes, o) => ReadBytes(bytes, plan, o));

    /// <summary>Reads evaluation data from a stream of UTF-8 JSON whose <c>statistics</c> may name table files, opened by <paramref name="openFile"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="plan">The plan whose nodes and measures the document names, or <see langword="null"/>.</param>
    /// <param name="openFile">Gives the bytes of a file named in the document (relative to the document), or <see langword="null"/> when it cannot be read.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The data, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="openFile"/> is <see langword="null"/>.</exception>
    public static ReadResult<EvaluationData> ReadWithTables(Stream utf8Json, CompetencePlan? plan, Func<string, byte[]?> openFile, ReadOptions? options = null)
    {
        Guard.Against.Null(openFile, nameof(openFile));
        return DocumentReader.Read(utf8Json, options, (bytes, o) => DocumentReader.Read(bytes, o, DocumentJsonContext.Document.EvaluationDocumentDto, CurrentSchemaVersion, "evaluation document", (dto, problems) => EvaluationMapper.ToModel(dto, plan, problems, openFile)));
    }

    /// <summary>Writes evaluation data as indented UTF-8 JSON.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    public static byte[] Write(EvaluationData data) =>
        DocumentReader.Write(EvaluationMapper.ToDto(Guard.Against.Null(data, nameof(data))), DocumentJsonContext.Document.EvaluationDocumentDto);

    /// <summary>Writes evaluation data as indented JSON text.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    public static string WriteString(EvaluationData data) => System.Text.Encoding.UTF8.GetString(Write(data));
}
