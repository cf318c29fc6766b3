using System.Text;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;
using ReKs.Competence.Serialization;

namespace ReKs.Competence.Cli;

/// <summary>Finds and reads the evaluation document that goes with a plan, turning every problem into one error report.</summary>
internal static class EvaluationLoader
{
    /// <summary>The evaluation document of <c>region.json</c> is <c>region.evaluation.json</c> beside it, unless <c>--series</c> names one.</summary>
    public static FileInfo Locate(FileInfo plan, FileInfo? series) =>
        series ?? new FileInfo(Path.Combine(plan.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(plan.Name) + ".evaluation.json"));

    public static EvaluationData Load(FileInfo file, CompetencePlan plan)
    {
        if (!file.Exists)
        {
            throw new CliInputException($"{file.Name}: the evaluation document does not exist; name one with --series / evalueringsdokumentet finnes ikke; oppgi det med --series");
        }

        using var stream = file.OpenRead();
        var result = EvaluationDocument.Read(stream, plan);
        if (result.Value is { } data)
        {
            return data;
        }

        var sb = new StringBuilder();
        sb.Append(file.Name).Append(": ").Append(result.Problems.Length).Append(" problem(er) / problem(s)\n");
        foreach (var p in result.Problems)
        {
            sb.Append(file.Name).Append(": ").Append(p).Append('\n');
        }

        throw new CliInputException(sb.ToString().TrimEnd());
    }
}
