using System.CommandLine;
using System.CommandLine.Help;
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

    /// <summary>An internal error (sysexits' EX_SOFTWARE): a bug of the tool, reported in one line with a hint to report it.</summary>
    public const int InternalError = 70;

    /// <summary>
    /// Runs the tool. Every user mistake is one line (or one list of problems) and exit code 1 (usage) or 2 (input);
    /// anything unexpected is one line and exit code 70, never a stack trace. Text from documents reaches the terminal
    /// with its control characters made visible.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, LocalDate today)
    {
        output = new SafeTextWriter(output);
        error = new SafeTextWriter(error);
        try
        {
            return RunVerb(args, output, error, today);
        }
        catch (CliUsageException e)
        {
            error.WriteLine(e.Message);
            return Usage;
        }
        catch (CliInputException e)
        {
            error.WriteLine(e.Message);
            return InvalidInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"reks: intern feil / internal error ({e.GetType().Name}): {Terminal.Safe(e.Message)}");
            error.WriteLine("Dette er en feil i verktøyet; meld den gjerne med kommandoen du kjørte / this is a bug in the tool; please report it with the command you ran.");
            return InternalError;
        }
    }

    private static int RunVerb(string[] args, TextWriter output, TextWriter error, LocalDate today)
    {
        var context = new CliContext(output, error, today) { Help = ParseErrors.LanguageOf(args) };
        var root = Root(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var l = ParseErrors.LanguageOf(args);
            foreach (var e in parse.Errors)
            {
                error.WriteLine(ParseErrors.Translate(e.Message, l));
            }

            error.WriteLine(l.T("Se reks --help", "See reks --help"));
            return Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Builds the command tree, described in the context's help language, with the help option writing
    /// <see cref="HelpPage"/> to the context's output.</summary>
    public static RootCommand Root(CliContext context)
    {
        var l = context.Help;
        var root = new RootCommand(l.T(
            "reks — strategisk kompetanseplanlegging i kommunale helse- og omsorgstjenester (ReKs.Competence)",
            "reks — strategic competence planning in Norwegian municipal health and care (ReKs.Competence)"));
        foreach (var verb in Verbs.All(context))
        {
            root.Subcommands.Add(verb);
        }

        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = HelpPage.HelpRow(l).Description;
                help.Action = new LocalisedHelpAction(l, context.Output);
            }
            else if (option is VersionOption version)
            {
                version.Description = HelpPage.VersionRow(l).Description;
            }
        }

        return root;
    }
}

/// <summary>What every verb needs from the edge: where to write, and today's date.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, LocalDate Today)
{
    /// <summary>Gets the language the commands and options are described in (<c>--help</c>, the CLI reference): the
    /// language of the command line, bokmål unless it says <c>--lang en</c>.</summary>
    public Lang Help { get; init; } = Lang.Nb;
}

/// <summary>Invalid input the tool reports on standard error with exit code 2.</summary>
internal sealed class CliInputException(string message) : Exception(message);

/// <summary>A mistake in the command line (an option's value, an output path) the tool reports on standard error with exit code 1.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
