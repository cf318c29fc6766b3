using System.Collections.Immutable;
using System.Text.Json;
using ReKs.Competence.Model;

namespace ReKs.Competence.Serialization;

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
    /// <param name="options">Limits; <see cref="PlanReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The plan, or every problem.</returns>
    public static PlanReadResult ReadBytes(ReadOnlySpan<byte> utf8Json, PlanReadOptions? options = null)
    {
        var document = JsonInput.Parse(utf8Json, options, out var problem);
        if (document is null)
        {
            return Fail(problem!);
        }

        using (document)
        {
            return ReadElement(document.RootElement);
        }
    }

    /// <summary>Reads a plan from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see cref="PlanReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The plan, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static PlanReadResult Parse(string json, PlanReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadBytes(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a plan from a stream of UTF-8 JSON, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="PlanReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The plan, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static PlanReadResult Read(Stream utf8Json, PlanReadOptions? options = null)
    {
        var bytes = JsonInput.ReadAll(utf8Json, options, out var problem);
        return bytes is { } b ? ReadBytes(b, options) : Fail(problem!);
    }

    /// <summary>Writes a plan as indented UTF-8 JSON.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static byte[] Write(CompetencePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.SerializeToUtf8Bytes(PlanMapper.ToDto(plan), PlanJsonContext.Document.PlanDocumentDto);
    }

    /// <summary>Writes a plan as indented JSON text.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static string WriteString(CompetencePlan plan) => System.Text.Encoding.UTF8.GetString(Write(plan));

    private static PlanReadResult ReadElement(JsonElement root)
    {
        var problems = new List<PlanProblem>();
        var dto = JsonInput.ReadVersioned(root, PlanJsonContext.Document.PlanDocumentDto, CurrentSchemaVersion, "plan document", problems);
        if (dto is null)
        {
            return new PlanReadResult(null, [.. problems]);
        }

        var plan = PlanMapper.ToModel(dto, problems);
        return new PlanReadResult(plan, [.. problems]);
    }

    private static PlanReadResult Fail(PlanProblem problem) => new(null, [problem]);
}
