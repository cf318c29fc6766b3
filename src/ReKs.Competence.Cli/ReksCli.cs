using System.CommandLine;
using NodaTime;

namespace ReKs.Competence.Cli;

/// <summary>The <c>reks</c> command line: verbs, shared options and exit codes.</summary>
internal static class ReksCli
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 1;

    /// <summary>The input (a plan, a CSV file) is invalid.</summary>
    public const int InvalidInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, LocalDate today)
    {
        var context = new CliContext(output, error, today);
        var root = new RootCommand("reks — strategisk kompetanseplanlegging / strategic competence planning (ReKs.Competence)");
        foreach (var verb in Verbs.All(context))
        {
            root.Subcommands.Add(verb);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine(e.Message);
            }

            error.WriteLine("Se / see: reks --help");
            return Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException e)
        {
            error.WriteLine(e.Message);
            return InvalidInput;
        }
    }
}

/// <summary>What every verb needs from the edge: where to write, and today's date.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, LocalDate Today);

/// <summary>Invalid input the tool reports on standard error with exit code 2.</summary>
internal sealed class CliInputException(string message) : Exception(message);
