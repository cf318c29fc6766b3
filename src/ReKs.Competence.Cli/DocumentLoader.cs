using System.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli;

/// <summary>Reads the documents a verb takes (plan, evaluation, wheel), turning a missing file or every document problem into one error report.</summary>
internal static class DocumentLoader
{
    public static ReadResult<CompetencePlan> Read(FileInfo file, TextWriter progress)
    {
        using var bar = ProgressBar.For(progress, "plan");
        using var stream = new ProgressStream(Open(file), bar.Report);
        return PlanDocument.Read(stream);
    }

    /// <summary>Reads another document kind; <paramref name="hint"/> says how to name the file when it is missing.</summary>
    public static T Load<T>(FileInfo file, Func<Stream, ReadResult<T>> read, string? hint = null)
        where T : class
    {
        using var stream = Open(file, hint);
        var result = read(stream);
        return result.Value ?? throw new CliInputException(Describe(file, result.Problems));
    }

    private static FileStream Open(FileInfo file, string? hint = null) => file.Exists
        ? file.OpenRead()
        : throw new CliInputException($"{file.FullName}: the file does not exist / filen finnes ikke{hint}");

    /// <summary>Reads a plan, drawing a progress bar on <paramref name="progress"/> when reading takes more than a second (a national plan).</summary>
    public static CompetencePlan Load(FileInfo file, TextWriter progress)
    {
        var result = Read(file, progress);
        return result.Value ?? throw new CliInputException(Describe(file, result));
    }

    public static string Describe(FileInfo file, ReadResult<CompetencePlan> result) => Describe(file, result.Problems);

    public static string Describe(FileInfo file, IReadOnlyCollection<Problem> problems)
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
