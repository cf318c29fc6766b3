using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli;

/// <summary>Finds and reads the evaluation document that goes with a plan, turning every problem into one error report.</summary>
internal static class EvaluationLoader
{
    /// <summary>The evaluation document of <c>region.json</c> is <c>region.evaluation.json</c> beside it, unless <c>--series</c> names one.</summary>
    internal static FileInfo Locate(FileInfo plan, FileInfo? series) =>
        series ?? new FileInfo(Path.Combine(plan.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(plan.Name) + ".evaluation.json"));

    /// <summary>The evaluation data that goes with the plan when there is some: the document <c>--series</c> names (an
    /// error when it is missing), else <c>PLAN.evaluation.json</c> beside the plan when it exists, else <see langword="null"/>.</summary>
    public static EvaluationData? Optional(FileInfo plan, FileInfo? series, CompetencePlan model)
    {
        var file = Locate(plan, series);
        return series is not null || file.Exists ? Load(file, model, named: series is not null) : null;
    }

    /// <summary>The evaluation data a verb cannot do without: the document <c>--series</c> names, else
    /// <c>PLAN.evaluation.json</c> beside the plan; a missing file is an input error that says to name it with <c>--series</c>.</summary>
    public static EvaluationData Required(FileInfo plan, FileInfo? series, CompetencePlan model) => Load(Locate(plan, series), model, named: series is not null);

    /// <summary>Reads the document; the official tables its <c>statistics</c> name by file are read beside it. A bare
    /// JSON-stat table is recognised and answered with what it lacks (or with its own problems at their paths), not with
    /// the evaluation document's missing fields.</summary>
    /// <param name="file">The evaluation document.</param>
    /// <param name="plan">The plan whose nodes it is read against.</param>
    /// <param name="named">Whether <c>--series</c> named the file: then a missing file is not answered with advice to name it.</param>
    private static EvaluationData Load(FileInfo file, CompetencePlan plan, bool named)
    {
        if (file.Exists && JsonStatTable(file) is { } bytes)
        {
            var table = JsonStatDataset.ReadBytes(bytes);
            if (!table.IsValid)
            {
                throw new CliInputException(DocumentLoader.Describe(file, table.Problems));
            }

            var regions = table.Value!.DimensionWithRole("geo") is { } geo ? $"{geo.Categories.Length} region(s) in '{geo.Id}'" : "no region dimension";
            throw new CliInputException(
                $"{file.Name}: a JSON-stat table ({regions}), not an evaluation document: the table has no indicators and the plan no municipality numbers, so name the table in an evaluation document's \"statistics\" (\"file\": \"{file.Name}\", its region codes mapped to nodes and its content codes to indicators) and give that document with --series; to compare municipalities with their KOSTRA groups use --kostra-groups {file.Name} --kostra-region NODE=NUMBER:GROUP / "
                + "en JSON-stat-tabell, ikke et evalueringsdokument: oppgi tabellen under \"statistics\" i et evalueringsdokument, eller bruk --kostra-groups");
        }

        return DocumentLoader.Load(file, stream => EvaluationDocument.ReadWithTables(stream, plan, name => OpenBeside(file, name)), named ? null : "; name the evaluation document with --series / oppgi evalueringsdokumentet med --series");
    }

    /// <summary>The file's bytes when it is a JSON object that looks like a JSON-stat dataset (<c>"class": "dataset"</c>, or <c>dimension</c>
    /// and <c>value</c> without <c>schemaVersion</c>); <see langword="null"/> otherwise, including for text that is not JSON (the document reader reports that).</summary>
    private static byte[]? JsonStatTable(FileInfo file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file.FullName);
            using var doc = System.Text.Json.JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != System.Text.Json.JsonValueKind.Object || root.TryGetProperty("schemaVersion", out _))
            {
                return null;
            }

            var dataset = root.TryGetProperty("class", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String && c.GetString() == "dataset";
            return dataset || (root.TryGetProperty("dimension", out _) && root.TryGetProperty("value", out _)) ? bytes : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads the document without turning its problems into an error, for <c>reks validate</c>; the plan, when
    /// given, is where its nodes are looked up.</summary>
    public static ReadResult<EvaluationData> Read(FileInfo file, CompetencePlan? plan)
    {
        using var stream = file.OpenRead();
        return EvaluationDocument.ReadWithTables(stream, plan, name => OpenBeside(file, name));
    }

    private static byte[]? OpenBeside(FileInfo document, string name)
    {
        var path = Path.Combine(document.DirectoryName ?? ".", name);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
