using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli;

/// <summary>Finds and reads the evaluation document that goes with a plan, turning every problem into one error report.</summary>
internal static class EvaluationLoader
{
    /// <summary>The evaluation document of <c>region.json</c> is <c>region.evaluation.json</c> beside it, unless <c>--series</c> names one.</summary>
    public static FileInfo Locate(FileInfo plan, FileInfo? series) =>
        series ?? new FileInfo(Path.Combine(plan.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(plan.Name) + ".evaluation.json"));

    /// <summary>Reads the document; the official tables its <c>statistics</c> name by file are read beside it.</summary>
    public static EvaluationData Load(FileInfo file, CompetencePlan plan) =>
        DocumentLoader.Load(file, stream => EvaluationDocument.ReadWithTables(stream, plan, name => OpenBeside(file, name)), "; name the evaluation document with --series / oppgi evalueringsdokumentet med --series");

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
