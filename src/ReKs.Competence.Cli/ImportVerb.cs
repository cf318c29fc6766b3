using System.CommandLine;
using System.Text;
using ReKs.Competence.Cli.Import;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Cli;

/// <summary><c>reks import FOLDER</c>: a plan document from the CSV tables an HR system exports (docs/import.md).</summary>
internal static class ImportVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var folder = new Argument<DirectoryInfo>("FOLDER") { Description = h.T("mappen med organisation.csv, people.csv, holdings.csv og requirements.csv (og eventuelt competences.csv og goals.csv)", "the folder with organisation.csv, people.csv, holdings.csv and requirements.csv (and optionally competences.csv and goals.csv)"), HelpName = h.T("MAPPE", "FOLDER") };
        var name = new Option<string>("--name") { Description = h.T("planens navn på bokmål (standard: «Importert kompetanseplan»)", "the plan's name in Norwegian (default: \"Importert kompetanseplan\")"), HelpName = h.T("NAVN", "NAME"), DefaultValueFactory = _ => "Importert kompetanseplan" };
        var nameEn = new Option<string?>("--name-en") { Description = h.T("planens navn på engelsk", "the plan's name in English"), HelpName = h.T("NAVN", "NAME") };
        var maxBytes = new Option<long>("--max-bytes") { Description = h.T($"den største samlede størrelsen på CSV-filene, og det største plandokumentet som skrives, i byte (standard: {PlanImporter.DefaultMaxBytes} = 64 MiB, plan-leserens grense; minst 1)", $"the largest total size of the CSV files, and the largest plan document written, in bytes (default: {PlanImporter.DefaultMaxBytes} = 64 MiB, the plan reader's limit; at least 1)"), HelpName = "N", DefaultValueFactory = _ => PlanImporter.DefaultMaxBytes };
        var encoding = new Option<string>("--encoding") { Description = h.T("filenes tegnkoding når den ikke er UTF-8 (en eksport fra et eldre Windows-system); uten valget meldes en annen koding sammen med valget som ville lest den (standard: utf-8)", "the files' text encoding when it is not UTF-8 (an export from an older Windows system); without it, another encoding is reported with the option that would read it (default: utf-8)"), HelpName = "utf-8|windows-1252|utf-16", DefaultValueFactory = _ => "utf-8" };
        var lang = Options.Language(h, h.T("språket i meldingene: nb (bokmål, standard) eller en (engelsk)", "the language of the messages: nb (Norwegian bokmål, the default) or en (English)"));
        var output = Options.Output(h);
        output.Description = h.T("skriv planen til denne filen i stedet for standard ut", "write the plan to this file instead of standard output");
        var command = new Command("import", HelpPage.Describe(
            h.T("Bygg et plandokument fra CSV-filene et HR-system eksporterer; hver feil med fil, linje og kolonne.", "Build a plan document from the CSV files an HR system exports; every problem with its file, line and column."),
            "reks import hr-eksport/ --name \"Kompetanseplan Gjøvik\" --output plan.json"))
        {
            folder, name, nameEn, maxBytes, encoding, lang, output,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var l = parse.GetValue(lang);
            if (parse.GetValue(maxBytes) < 1)
            {
                throw new CliUsageException(l.T("--max-bytes må være minst 1", "--max-bytes must be at least 1"));
            }

            if (ExportTextReader.ParseEncoding(parse.GetValue(encoding)!) is not { } textEncoding)
            {
                throw new CliUsageException(l.T(
                    $"--encoding '{parse.GetValue(encoding)}' er ukjent; bruk utf-8, windows-1252 eller utf-16",
                    $"--encoding '{parse.GetValue(encoding)}' is unknown; use utf-8, windows-1252 or utf-16"));
            }

            if (!dir.Exists)
            {
                throw new CliInputException($"{dir.FullName}: {l.T("mappen finnes ikke", "the folder does not exist")}");
            }

            ImportResult result;
            using (var bar = ProgressBar.For(context.Error, "import"))
            {
                result = PlanImporter.Import(dir, parse.GetValue(name)!, parse.GetValue(nameEn), bar.Report, parse.GetValue(maxBytes), textEncoding);
            }

            foreach (var note in result.Notes)
            {
                context.Error.WriteLine(note);
            }

            if (result.Plan is null)
            {
                var sb = new StringBuilder();
                sb.Append(l.T($"{dir.Name}: {result.Problems.Count} feil; ingen plan skrevet", $"{dir.Name}: {result.Problems.Count} problem(s); no plan written")).Append('\n');
                foreach (var p in result.Problems)
                {
                    sb.Append(p).Append('\n');
                }

                throw new CliInputException(sb.ToString().TrimEnd());
            }

            var json = PlanDocument.WriteString(result.Plan);
            var text = json.EndsWith('\n') ? json : json + "\n";
            var bytes = Encoding.UTF8.GetByteCount(text);
            var limit = parse.GetValue(maxBytes);
            if (bytes > limit)
            {
                // Never write a plan the reader (and so every other verb) will refuse at the same limit: the reading verbs
                // take the same --max-bytes, so the plan written here is read back with the option it was written with.
                throw new CliInputException(l.T(
                    $"{dir.Name}: planen ville blitt {bytes} byte, mer enn grensen på {limit} byte; ingen plan skrevet. Hev grensen med --max-bytes {bytes} (og les planen med samme --max-bytes), eller del eksporten (f.eks. per kommune)",
                    $"{dir.Name}: the plan would be {bytes} bytes, more than the limit of {limit} bytes; no plan written. Raise the limit with --max-bytes {bytes} (and read the plan with the same --max-bytes), or split the export (for example by municipality)"));
            }

            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }
}
