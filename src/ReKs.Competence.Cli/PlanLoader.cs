using System.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Serialization;

namespace ReKs.Competence.Cli;

/// <summary>Reads a plan file for a verb, turning every document problem into one error report.</summary>
internal static class PlanLoader
{
    public static PlanReadResult Read(FileInfo file, TextWriter? progress = null)
    {
        if (!file.Exists)
        {
            throw new CliInputException($"{file.FullName}: the file does not exist / filen finnes ikke");
        }

        using var bar = progress is null ? null : ProgressBar.For(progress, "plan");
        using var stream = bar is null ? (Stream)file.OpenRead() : new ProgressStream(file.OpenRead(), bar.Report);
        return PlanDocument.Read(stream);
    }

    /// <summary>Reads a plan, drawing a progress bar on <paramref name="progress"/> when reading takes more than a second (a national plan).</summary>
    public static CompetencePlan Load(FileInfo file, TextWriter? progress = null)
    {
        var result = Read(file, progress);
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
