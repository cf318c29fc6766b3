using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace ReKs.Competence.Cli;

/// <summary>
/// The tool's help in one language: <c>reks --help</c> and <c>reks VERB --help</c> write the descriptions, placeholders
/// and defaults in the language of the command line (<c>--lang</c> anywhere on it, bokmål without it, as for every other
/// message), with the section headings in the same words. The parser's own help is bilingual-blind (English headings,
/// <c>[default: Nb]</c> from the enum's member name), so the tool writes its own from the command definitions; the CLI
/// reference (<see cref="CliReference"/>) reads the same definitions.
/// </summary>
internal static class HelpPage
{
    /// <summary>The width the help is wrapped to: fits a standard 100-column terminal and a printed page.</summary>
    public const int Width = 100;

    /// <summary>The widest first column; a longer label gets its description on the next line.</summary>
    private const int MaxLabel = 36;

    /// <summary>The exit codes, one rule for every verb (<see cref="ReksCli"/>), as the help and the reference state them.</summary>
    public static readonly IReadOnlyList<(int Code, Term Meaning)> ExitCodes =
    [
        (ReksCli.Ok, new("alt gikk bra", "success")),
        (ReksCli.Usage, new(
            "kommandolinjen er feil: et ukjent valg eller format, en verdi utenfor gyldig område, en id som ikke finnes i dokumentet (med de nærmeste id-ene), en --output i en mappe som ikke finnes",
            "the command line is wrong: an unknown option or format, an option value out of range, an id that names nothing in the document (with the nearest ids), an --output in a missing folder")),
        (ReksCli.InvalidInput, new(
            "et dokument er ugyldig: problemene på standard feil, med JSON-sti eller fil, linje og kolonne",
            "a document is invalid: the problems on standard error, with their JSON path or file, line and column")),
        (ReksCli.InternalError, new(
            "intern feil: én linje som ber deg melde den, aldri en stakksporing",
            "an internal error: one line asking you to report it, never a stack trace")),
    ];

    /// <summary>Builds a verb's description: one summary, then examples of its use, each a whole command line.</summary>
    public static string Describe(string summary, params string[] examples) =>
        examples.Length == 0 ? summary : summary + "\n\n" + string.Join('\n', examples);

    /// <summary>Gets the summary of a command's description (the part before its examples).</summary>
    public static string Summary(Command command) => (command.Description ?? string.Empty).Split("\n\n")[0];

    /// <summary>Gets the examples in a command's description.</summary>
    public static IReadOnlyList<string> Examples(Command command)
    {
        var parts = (command.Description ?? string.Empty).Split("\n\n", 2);
        return parts.Length < 2 ? [] : [.. parts[1].Split('\n').Select(x => x.Trim()).Where(x => x.Length > 0)];
    }

    /// <summary>Gets the placeholder an argument is shown with.</summary>
    public static string Placeholder(Argument argument) => argument.HelpName ?? argument.Name;

    /// <summary>Gets a verb's name with its arguments' placeholders: <c>gaps PLAN</c>.</summary>
    public static string Synopsis(Command command) => string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(Placeholder).Prepend(command.Name));

    /// <summary>Gets the usage line of a command: <c>reks gaps PLAN [valg]</c>.</summary>
    public static string Usage(Command command, Lang l)
    {
        if (command is RootCommand)
        {
            return l.T("reks KOMMANDO [valg]", "reks COMMAND [options]");
        }

        return $"reks {Synopsis(command)} {l.T("[valg]", "[options]")}";
    }

    /// <summary>Gets the options a command's help lists, in order, ending with help (and, on the root, the version).</summary>
    public static IReadOnlyList<Option> OptionsOf(Command command) =>
        [.. command.Options.Where(o => !o.Hidden && o is not HelpOption && o is not VersionOption)];

    /// <summary>Gets how an option is written in the help: its aliases, short first, and its placeholder unless it is a switch.</summary>
    public static string Label(Option option)
    {
        var names = option.Aliases.Where(a => a.StartsWith('-')).Append(option.Name).Distinct(StringComparer.Ordinal)
            .OrderBy(a => a.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ThenBy(a => a, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        return option.ValueType == typeof(bool) ? label : $"{label} {option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant()}";
    }

    /// <summary>The help option's row.</summary>
    public static (string Label, string Description) HelpRow(Lang l) => ("-h, --help, -?", l.T("vis denne hjelpen", "show this help"));

    /// <summary>The version option's row (on the root only).</summary>
    public static (string Label, string Description) VersionRow(Lang l) => ("--version", l.T("vis versjonen av verktøyet", "show the tool's version"));

    /// <summary>Writes the help of a command (the root or a verb) in a language.</summary>
    public static string Text(Command command, Lang l)
    {
        var sb = new StringBuilder();
        var title = command is RootCommand ? Summary(command) : $"reks {command.Name} — {Summary(command)}";
        foreach (var line in Wrap(title, Width))
        {
            sb.Append(line).Append('\n');
        }

        sb.Append('\n').Append(l.T("Bruk:", "Usage:")).Append("\n  ").Append(Usage(command, l)).Append('\n');
        if (command is RootCommand)
        {
            Section(sb, l.T("Kommandoer:", "Commands:"), command.Subcommands.Where(c => !c.Hidden).Select(c => (Synopsis(c), Summary(c))));
            Section(sb, l.T("Valg:", "Options:"), [HelpRow(l), VersionRow(l)]);
            sb.Append('\n').Append(l.T("Avslutningskoder:", "Exit codes:")).Append('\n');
            Section(sb, null, ExitCodes.Select(e => (e.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Meaning.In(l.Language()))));
            sb.Append('\n').Append(l.T(
                "Se reks KOMMANDO --help for valgene til hver kommando. Teksten er på bokmål; --lang en gir engelsk.",
                "See reks COMMAND --help for each command's options. The text is Norwegian (bokmål) by default; --lang en gives English.")).Append('\n');
            return sb.ToString();
        }

        Section(sb, l.T("Argumenter:", "Arguments:"), command.Arguments.Where(a => !a.Hidden).Select(a => (Placeholder(a), a.Description ?? string.Empty)));
        Section(sb, l.T("Valg:", "Options:"), OptionsOf(command).Select(o => (Label(o), o.Description ?? string.Empty)).Append(HelpRow(l)));
        var examples = Examples(command);
        if (examples.Count > 0)
        {
            sb.Append('\n').Append(l.T("Eksempler:", "Examples:")).Append('\n');
            foreach (var example in examples)
            {
                sb.Append("  ").Append(example).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes a two-column section: a label, then its description wrapped beside it.</summary>
    private static void Section(StringBuilder sb, string? heading, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (heading is not null)
        {
            sb.Append('\n').Append(heading).Append('\n');
        }

        var column = Math.Min(list.Max(r => r.Label.Length), MaxLabel) + 4;
        foreach (var (label, description) in list)
        {
            var lines = Wrap(description, Width - column);
            sb.Append("  ").Append(label);
            if (label.Length + 2 > column - 2)
            {
                sb.Append('\n').Append(' ', column);
            }
            else
            {
                sb.Append(' ', column - 2 - label.Length);
            }

            sb.Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                sb.Append(' ', column).Append(line).Append('\n');
            }
        }
    }

    /// <summary>Wraps text at spaces to lines of at most <paramref name="width"/> characters (a longer word stands alone).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(current.ToString());
        return lines;
    }
}

/// <summary>The help option's action: writes <see cref="HelpPage.Text"/> for the command asked about.</summary>
internal sealed class LocalisedHelpAction(Lang language, TextWriter output) : SynchronousCommandLineAction
{
    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        output.Write(HelpPage.Text(parseResult.CommandResult.Command, language));
        return ReksCli.Ok;
    }
}
