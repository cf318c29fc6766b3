using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace ReKs.Competence.Cli;

/// <summary>The options shared by the verbs, so that each means the same everywhere.</summary>
internal static class Options
{
    public static Argument<FileInfo> Plan() => new("PLAN") { Description = "Plandokumentet (JSON) / the plan document (JSON)" };

    public static Option<LocalDate?> AsOf() => new("--as-of")
    {
        Description = "Dato analysen gjelder (yyyy-MM-dd); standard: i dag / the as-of date; default: today",
        HelpName = "yyyy-MM-dd",
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

    public static Option<string?> Node() => new("--node") { Description = "Vis bare denne noden og det som ligger under / only this node and its sub-tree", HelpName = "ID" };

    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var names = allowed.Select(Name).ToArray();
        return new Option<OutputFormat>("--format")
        {
            Description = $"Utdataformat / output format: {string.Join(", ", names)}",
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

    public static Option<Lang> Language() => new("--lang") { Description = "Språk / language: nb (standard/default) or en", HelpName = "nb|en", DefaultValueFactory = _ => Lang.Nb };

    /// <summary>The largest plan document a verb reads (the library's limit, 64 MiB by default): a national plan is larger.</summary>
    public static Option<long> MaxBytes()
    {
        var option = new Option<long>("--max-bytes")
        {
            Description = $"Største plandokument som leses, i byte (standard {Documents.ReadOptions.Default.MaxBytes} = 64 MiB) / the largest plan document read, in bytes (default {Documents.ReadOptions.Default.MaxBytes} = 64 MiB)",
            HelpName = "N",
            DefaultValueFactory = _ => Documents.ReadOptions.Default.MaxBytes,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 1)
            {
                r.AddError("--max-bytes må være minst 1 / must be at least 1");
            }
        });
        return option;
    }

    public static Option<FileInfo?> Output() => new("--output", "-o") { Description = "Skriv til fil i stedet for standard ut / write to a file instead of standard output", HelpName = "FILE" };
}

/// <summary>The options most verbs share — one plan, an as-of date, a node, a format, a language, an output file — declared once.</summary>
internal sealed class CommonOptions
{
    public CommonOptions(params OutputFormat[] formats)
    {
        Format = Options.Format(formats);
    }

    public Argument<FileInfo> Plan { get; } = Options.Plan();

    public Option<LocalDate?> AsOf { get; } = Options.AsOf();

    public Option<string?> Node { get; } = Options.Node();

    public Option<OutputFormat> Format { get; }

    public Option<Lang> Language { get; } = Options.Language();

    public Option<FileInfo?> Output { get; } = Options.Output();

    public Option<long> MaxBytes { get; } = Options.MaxBytes();

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
