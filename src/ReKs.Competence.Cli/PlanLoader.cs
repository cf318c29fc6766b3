using System.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Serialization;

namespace ReKs.Competence.Cli;

/// <summary>Reads a plan file for a verb, turning every document problem into one error report.</summary>
internal static class PlanLoader
{
    public static PlanReadResult Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliInputException($"{file.FullName}: the file does not exist / filen finnes ikke");
        }

        using var stream = file.OpenRead();
        return PlanDocument.Read(stream);
    }

    public static CompetencePlan Load(FileInfo file)
    {
        var result = Read(file);
        return result.Plan ?? throw new CliInputException(Describe(file, result));
    }

    public static string Describe(FileInfo file, PlanReadResult result) => Describe(file, result.Problems);

    public static string Describe(FileInfo file, IReadOnlyCollection<PlanProblem> problems)
    {
        var sb = new StringBuilder();
        sb.Append(file.Name).Append(": ").Append(problems.Count).Append(" problem(er) / problem(s)\n");
        foreach (var p in problems)
        {
            sb.Append(file.Name).Append(": ").Append(p).Append('\n');
        }

        return sb.ToString().TrimEnd();
    }
}
