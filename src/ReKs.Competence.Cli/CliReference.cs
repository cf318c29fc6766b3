using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace ReKs.Competence.Cli;

/// <summary>
/// The CLI reference (<c>docs/cli.md</c> in English, <c>docs/cli.nb.md</c> in bokmål) and the README's option tables,
/// written from the same command definitions <c>--help</c> prints (<see cref="HelpPage"/>), so that the documents cannot
/// say something the tool does not do. A test compares the committed files with these and rewrites them with
/// <c>REKS_UPDATE_GOLDEN=1</c>.
/// </summary>
internal static partial class CliReference
{
    /// <summary>Builds the command tree described in a language (nothing is run: the writers are null and the date is fixed).</summary>
    public static RootCommand Commands(Lang l) => ReksCli.Root(new CliContext(TextWriter.Null, TextWriter.Null, new LocalDate(2026, 1, 1)) { Help = l });

    /// <summary>Writes the whole reference in a language: every verb, every option, the exit codes and examples.</summary>
    public static string Markdown(Lang l)
    {
        var root = Commands(l);
        var sb = new StringBuilder();
        sb.Append(l.T("# Kommandolinjen `reks`", "# The `reks` command line")).Append("\n\n");
        sb.Append(l.T(
            "<!-- Skrevet fra kommandodefinisjonene (CliReference); en test feiler når filen er utdatert, og REKS_UPDATE_GOLDEN=1 skriver den på nytt. Ikke rediger for hånd. -->",
            "<!-- Written from the command definitions (CliReference); a test fails when this file is stale, and REKS_UPDATE_GOLDEN=1 rewrites it. Do not edit by hand. -->")).Append("\n\n");
        sb.Append(l.T(
            "Dette er det `reks --help` og `reks KOMMANDO --help` skriver, samlet på ett sted. Verktøyet skriver bokmål som standard; `--lang en` gir engelsk, også i hjelpen. [English: cli.md](cli.md).",
            "This is what `reks --help --lang en` and `reks COMMAND --help --lang en` print, in one place. The tool writes Norwegian (bokmål) by default and English with `--lang en`, its help included; the Norwegian help is in [cli.nb.md](cli.nb.md).")).Append("\n\n");
        sb.Append(l.T(
            "Fra en klone av depotet er `dotnet run --project src/ReKs.Competence.Cli --` det samme som `reks`; som .NET-verktøy installeres det med `dotnet tool install ReKs.Competence.Tool` fra en mappe med pakkede pakker (se [getting-started.md](getting-started.md)).",
            "From a clone of the repository, `dotnet run --project src/ReKs.Competence.Cli --` is `reks`; as a .NET tool it is installed with `dotnet tool install ReKs.Competence.Tool` from a folder of packed packages (see [getting-started.md](getting-started.md)).")).Append("\n\n");
        sb.Append(l.T("| kommando | hva den gjør |", "| command | what it does |")).Append('\n').Append("|---|---|\n");
        foreach (var verb in root.Subcommands)
        {
            sb.Append("| [`reks ").Append(Cell(HelpPage.Synopsis(verb))).Append("`](#").Append(Anchor(verb)).Append(") | ").Append(Cell(HelpPage.Summary(verb))).Append(" |\n");
        }

        sb.Append('\n').Append(l.T("## Avslutningskoder", "## Exit codes")).Append("\n\n");
        sb.Append(l.T("Én regel for alle kommandoer:", "One rule for every command:")).Append("\n\n");
        sb.Append(l.T("| kode | betydning |", "| code | meaning |")).Append('\n').Append("|---|---|\n");
        foreach (var (code, meaning) in HelpPage.ExitCodes)
        {
            sb.Append("| ").Append(code.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" | ").Append(Cell(meaning.In(l.Language()))).Append(" |\n");
        }

        sb.Append('\n').Append(l.T(
            "Kontrolltegn i et dokuments tekst vises som symboler (␛), de sendes aldri rått til terminalen.",
            "Control characters in a document's text are shown as symbols (␛), never sent raw to the terminal.")).Append('\n');

        foreach (var verb in root.Subcommands)
        {
            sb.Append("\n## `reks ").Append(HelpPage.Synopsis(verb)).Append("`\n\n");
            sb.Append(Linked(HelpPage.Summary(verb), "")).Append("\n\n");
            sb.Append(Table(verb, l, "")).Append('\n');
            sb.Append(l.T("Eksempler:", "Examples:")).Append("\n\n```sh\n");
            foreach (var example in HelpPage.Examples(verb))
            {
                sb.Append(example).Append('\n');
            }

            sb.Append("```\n");
        }

        return sb.ToString();
    }

    /// <summary>Writes the README's "Every option of every verb" section, in English (the README is the newcomer's page,
    /// written in English with a Norwegian summary at its top).</summary>
    public static string ReadmeOptions()
    {
        var root = Commands(Lang.En);
        var sb = new StringBuilder();
        foreach (var verb in root.Subcommands)
        {
            sb.Append("**`reks ").Append(HelpPage.Synopsis(verb)).Append("`**\n\n");
            sb.Append(Table(verb, Lang.En, "docs/")).Append('\n');
        }

        sb.Append("Every verb also takes `-h`, `--help` (or `-?`).\n");
        return sb.ToString();
    }

    /// <summary>A verb's arguments and options as a table: the label as <c>--help</c> writes it, and its description.</summary>
    private static string Table(Command verb, Lang l, string docs)
    {
        var sb = new StringBuilder();
        sb.Append(l.T("| valg | betydning |", "| option | meaning |")).Append('\n').Append("|---|---|\n");
        foreach (var argument in verb.Arguments.Where(a => !a.Hidden))
        {
            sb.Append("| `").Append(Cell(HelpPage.Placeholder(argument))).Append("` | ").Append(Cell(Linked(argument.Description ?? string.Empty, docs))).Append(" |\n");
        }

        foreach (var option in HelpPage.OptionsOf(verb))
        {
            sb.Append("| `").Append(Cell(HelpPage.Label(option))).Append("` | ").Append(Cell(Linked(option.Description ?? string.Empty, docs))).Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>Makes a reference to another page (<c>docs/wheel.md</c>) a link, relative to where the text is written.</summary>
    private static string Linked(string text, string docs) => DocPage().Replace(text, m => $"[docs/{m.Groups[1].Value}]({docs}{m.Groups[1].Value})");

    /// <summary>Escapes a table cell's pipes.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>The anchor GitHub gives a verb's heading (<c>## `reks gaps PLAN`</c> → <c>reks-gaps-plan</c>).</summary>
    private static string Anchor(Command verb) => ("reks " + HelpPage.Synopsis(verb)).ToLowerInvariant().Replace(' ', '-');

    [GeneratedRegex(@"(?<![\[/])docs/([a-z-]+\.md)")]
    private static partial Regex DocPage();
}
