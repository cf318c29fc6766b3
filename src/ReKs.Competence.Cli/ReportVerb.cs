using System.CommandLine;
using ReKs.Competence.Model;

namespace ReKs.Competence.Cli;

/// <summary><c>reks report PLAN --output report.html</c>: one self-contained HTML report (docs/report.md).</summary>
internal static class ReportVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var plan = Options.Plan(h);
        var asOf = Options.AsOf(h);
        asOf.Description = h.T("datoen rapporten gjelder (standard: i dag; bunnteksten sier den)", "the date the report is made for (default: today; the footer says it)");
        var node = Options.Node(h);
        node.Description = h.T("rapporter om denne enhetens undertre (standard: hele organisasjonen)", "report on this node's sub-tree (default: the whole organisation)");
        var lang = Options.Language(h, h.T("rapportens språk: nb (bokmål, standard) eller en (engelsk)", "the report's language: nb (Norwegian bokmål, the default) or en (English)"));
        var output = Options.Output(h);
        var maxBytes = Options.MaxBytes(h);
        output.Description = h.T("HTML-filen som skrives (standard ut uten den)", "the HTML file to write (standard output without it)");
        var wheelFile = new Option<FileInfo?>("--wheel") { Description = h.T("et årshjuldokument som tegnes i stedet for ReKs-malen", "a wheel document to draw instead of the ReKs template"), HelpName = h.T("FIL", "FILE") };
        var series = new Option<FileInfo?>("--series") { Description = h.T("evalueringsdokumentet til indikatordelen (standard: PLAN.evaluation.json når den finnes)", "the evaluation document for the indicator section (default: PLAN.evaluation.json when it exists)"), HelpName = h.T("FIL", "FILE") };
        var minGroup = new Option<int?>("--min-group-size") { Description = h.T("den minste gruppen et publisert tall kan beskrive, som i reks gaps (standard: 3)", "the smallest group a published figure may describe, as in reks gaps (default: 3)"), HelpName = "N" };
        var regional = new Option<bool>("--regional") { Description = h.T("den regionale rapporten: bare det som hentes fra det personvernsikre uttrekket", "the regional report: only what is drawn from the privacy-safe export") };
        var command = new Command("report", HelpPage.Describe(
            h.T("Rapporten som én selvstendig HTML-fil for skjerm og A4: oversikt, Lai-tabeller, varmekart, regional visning, årshjul og indikatorer.", "The report as one self-contained HTML file for the screen and A4: overview, Lai tables, heat map, regional view, annual wheel and indicators."),
            "reks report docs/examples/gjovik-region.json --output report.html --as-of 2026-09-01 --lang nb",
            "reks report docs/examples/gjovik-region.json --series docs/examples/gjovik-region.evaluation.json --output report.html",
            "reks report docs/examples/gjovik-region.json --regional --output regional.html"))
        {
            plan, asOf, node, lang, output, series, wheelFile, regional, minGroup, maxBytes,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(plan)!;
            var m = parse.GetValue(minGroup);
            if (m is < 1)
            {
                throw new CliUsageException(parse.GetValue(lang).T($"--min-group-size: {m} er for lite; en gruppe har minst 1 person", $"--min-group-size: {m} is too small; a group has at least 1 person"));
            }

            var p = DocumentLoader.Load(file, context.Error, new Documents.ReadOptions(parse.GetValue(maxBytes)));
            var scope = InventoryVerb.NodeOf(p, parse.GetValue(node));
            var evaluation = EvaluationLoader.Optional(file, parse.GetValue(series), p);
            var wheel = parse.GetValue(wheelFile) is { } w ? WheelLoader.Load(w, p, evaluation) : null;
            var isRegional = parse.GetValue(regional);
            var request = new ReportRequest(p, parse.GetValue(asOf) ?? context.Today, parse.GetValue(lang).Language(), scope, file.Name, evaluation, wheel, isRegional, m);
            Verbs.Emit(context, parse.GetValue(output), ReportWriter.Write(request));
            return ReksCli.Ok;
        });
        return command;
    }
}
