using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace ReKs.Competence.Cli;

/// <summary>The options shared by the verbs, so that each means the same everywhere.</summary>
internal static class Options
{
    public static Argument<FileInfo> Plan(Lang l) => new("PLAN") { Description = l.T("plandokumentet (JSON)", "the plan document (JSON)") };

    public static Option<LocalDate?> AsOf(Lang l) => new("--as-of")
    {
        Description = l.T("datoen analysen gjelder (standard: i dag)", "the date the analysis is made for (default: today)"),
        HelpName = l.T("åååå-mm-dd", "yyyy-mm-dd"),
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            r.AddError($"--as-of: '{text}' is not a date (yyyy-MM-dd)");
            return null;
        },
    };

    public static Option<string?> Node(Lang l) => new("--node")
    {
        Description = l.T("bare denne enheten og det som ligger under den (en ukjent id gir de nærmeste id-ene)", "only this node and its sub-tree (an unknown id lists the nearest ids)"),
        HelpName = "ID",
    };

    /// <summary>The <c>--format</c> option, offering only the formats the verb writes, named in lowercase.</summary>
    /// <param name="l">The language of the help text.</param>
    /// <param name="json">What the verb's JSON is, in the help text's language (e.g. "the documented reks.gaps JSON"); unused without <see cref="OutputFormat.Json"/>.</param>
    /// <param name="allowed">The formats, the default first.</param>
    public static Option<OutputFormat> Format(Lang l, string json, params OutputFormat[] allowed)
    {
        var names = allowed.Select(Name).ToArray();
        var meanings = allowed.Select(f => f switch
        {
            OutputFormat.Table => l.T("tabell i terminalen", "terminal table"),
            OutputFormat.Markdown => "Markdown",
            OutputFormat.Json => json,
            _ => l.T("iCalendar (Outlook, Google, Apple)", "iCalendar (Outlook, Google, Apple)"),
        }).ToArray();
        return new Option<OutputFormat>("--format")
        {
            Description = l.T($"utdataformat: {string.Join(", ", meanings)} (standard: {names[0]})", $"output format: {string.Join(", ", meanings)} (default: {names[0]})"),
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => OutputFormat.Table,
            CustomParser = r =>
            {
                var text = r.Tokens.Single().Value;
                foreach (var format in allowed)
                {
                    if (string.Equals(Name(format), text, StringComparison.OrdinalIgnoreCase))
                    {
                        return format;
                    }
                }

                r.AddError($"--format {Terminal.Safe(text)}: ukjent her / not available here; bruk / use one of {string.Join(", ", names)}");
                return OutputFormat.Table;
            },
        };

        static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
    }

    /// <summary>The <c>--lang</c> option; <paramref name="what"/> says what it changes, in the help text's language.</summary>
    public static Option<Lang> Language(Lang l, string? what = null) => new("--lang")
    {
        Description = what ?? l.T("språket i teksten: nb (bokmål, standard) eller en (engelsk)", "the language of the text: nb (Norwegian bokmål, the default) or en (English)"),
        HelpName = "nb|en",
        DefaultValueFactory = _ => Lang.Nb,
    };

    /// <summary>The largest plan document a verb reads (the library's limit, 64 MiB by default): a national plan is larger.</summary>
    public static Option<long> MaxBytes(Lang l)
    {
        var option = new Option<long>("--max-bytes")
        {
            Description = l.T(
                $"det største plandokumentet som leses, i byte (standard: {Documents.ReadOptions.Default.MaxBytes} = 64 MiB)",
                $"the largest plan document read, in bytes (default: {Documents.ReadOptions.Default.MaxBytes} = 64 MiB)"),
            HelpName = "N",
            DefaultValueFactory = _ => Documents.ReadOptions.Default.MaxBytes,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 1)
            {
                r.AddError(l.T("--max-bytes må være minst 1", "--max-bytes must be at least 1"));
            }
        });
        return option;
    }

    public static Option<FileInfo?> Output(Lang l) => new("--output", "-o")
    {
        Description = l.T("skriv til denne filen i stedet for standard ut", "write to this file instead of standard output"),
        HelpName = l.T("FIL", "FILE"),
    };
}

/// <summary>The options most verbs share — one plan, an as-of date, a node, a format, a language, an output file — declared once,
/// described in the language of the help (<see cref="CliContext.Help"/>).</summary>
internal sealed class CommonOptions
{
    public CommonOptions(Lang help, string json, params OutputFormat[] formats)
    {
        Plan = Options.Plan(help);
        AsOf = Options.AsOf(help);
        Node = Options.Node(help);
        Format = Options.Format(help, json, formats);
        Language = Options.Language(help);
        Output = Options.Output(help);
        MaxBytes = Options.MaxBytes(help);
    }

    public Argument<FileInfo> Plan { get; }

    public Option<LocalDate?> AsOf { get; }

    public Option<string?> Node { get; }

    public Option<OutputFormat> Format { get; }

    public Option<Lang> Language { get; }

    public Option<FileInfo?> Output { get; }

    public Option<long> MaxBytes { get; }

    /// <summary>Gets whether the verb takes <c>--as-of</c> and <c>--node</c> (a verb that would ignore them must not offer them).</summary>
    public bool DatedAndScoped { get; init; } = true;

    /// <summary>Creates a command with these options, and any of its own.</summary>
    public Command Command(string name, string description, params Option[] extra)
    {
        var command = DatedAndScoped
            ? new Command(name, description) { Plan, AsOf, Node, Format, Language, Output, MaxBytes }
            : new Command(name, description) { Plan, Format, Language, Output, MaxBytes };
        foreach (var option in extra)
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <summary>The reader's limits the command line asks for (<c>--max-bytes</c>).</summary>
    public Documents.ReadOptions Read(ParseResult parse) => new(parse.GetValue(MaxBytes));
}

/// <summary>The output formats a verb may offer.</summary>
internal enum OutputFormat
{
    Table,
    Markdown,
    Json,
    Ics,
}

/// <summary>The languages of the tool's text.</summary>
internal enum Lang
{
    Nb,
    En,
}
