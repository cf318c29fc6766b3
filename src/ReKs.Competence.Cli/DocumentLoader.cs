using System.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli;

/// <summary>Reads the documents a verb takes (plan, evaluation, wheel), turning a missing file or every document problem into one error report.</summary>
internal static class DocumentLoader
{
    /// <summary>Reads a plan within <paramref name="limits"/> (<c>--max-bytes</c>); a file larger than the limit is an
    /// input error that names the limit and the option that raises it, before a byte is read.</summary>
    public static ReadResult<CompetencePlan> Read(FileInfo file, TextWriter progress, ReadOptions? limits = null)
    {
        limits ??= ReadOptions.Default;
        using var opened = Open(file);
        if (opened.Length > limits.MaxBytes)
        {
            throw new CliInputException(
                $"{file.Name}: plandokumentet er {opened.Length} byte, mer enn grensen på {limits.MaxBytes} byte; hev grensen med --max-bytes {opened.Length} / " +
                $"the plan document is {opened.Length} bytes, more than the limit of {limits.MaxBytes} bytes; raise the limit with --max-bytes {opened.Length}");
        }

        using var bar = ProgressBar.For(progress, "plan");
        using var stream = new ProgressStream(opened, bar.Report);
        return PlanDocument.Read(stream, limits);
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
    public static CompetencePlan Load(FileInfo file, TextWriter progress, ReadOptions? limits = null)
    {
        var result = Read(file, progress, limits);
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
