using System.CommandLine;
using ReKs.Competence.Model;

namespace ReKs.Competence.Cli;

/// <summary><c>reks report PLAN --output report.html</c>: one self-contained HTML report (docs/report.md).</summary>
internal static class ReportVerb
{
    public static Command Create(CliContext context)
    {
        var plan = Options.Plan();
        var asOf = Options.AsOf();
        var node = Options.Node();
        var lang = Options.Language();
        var output = Options.Output();
        var wheelFile = new Option<FileInfo?>("--wheel") { Description = "Et årshjul som JSON (se docs/wheel.md) i stedet for ReKs-malen / an annual wheel as JSON (see docs/wheel.md) instead of the ReKs template", HelpName = "FILE" };
        var series = new Option<FileInfo?>("--series") { Description = "Evalueringsdokumentet (JSON) for indikatorseksjonen; standard: PLAN.evaluation.json hvis den finnes / the evaluation document (JSON) for the indicator section; default: PLAN.evaluation.json when it exists", HelpName = "FILE" };
        var minGroup = new Option<int?>("--min-group-size") { Description = "Minste gruppe som kan publiseres (standard 3), som i reks gaps / smallest group a published figure may describe (default 3), as in reks gaps", HelpName = "N" };
        var regional = new Option<bool>("--regional") { Description = "Regional rapport: alt som forlater kommunen hentes fra det personvernsikre uttrekket (varmekart, regional visning, deling, årshjul) / the regional report: everything that leaves the municipality is drawn from the privacy-safe export (heat map, regional view, sharing, wheel)" };
        var command = new Command("report", "Skriv rapporten som én selvstendig HTML-fil (skjerm og A4-utskrift) / write the report as one self-contained HTML file (screen and A4 print).\n\nEksempel / example:\n  reks report docs/examples/gjovik-region.json --output report.html --as-of 2026-09-01 --lang nb\n  reks report docs/examples/gjovik-region.json --series docs/examples/gjovik-region.evaluation.json --output report.html\n  reks report docs/examples/gjovik-region.json --regional --output regional.html")
        {
            plan, asOf, node, lang, output, series, wheelFile, regional, minGroup,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(plan)!;
            var m = parse.GetValue(minGroup);
            if (m is < 1)
            {
                throw new CliUsageException(parse.GetValue(lang).T($"--min-group-size: {m} er for lite; en gruppe har minst 1 person", $"--min-group-size: {m} is too small; a group has at least 1 person"));
            }

            var p = DocumentLoader.Load(file, context.Error);
            var scope = InventoryVerb.NodeOf(p, parse.GetValue(node));
            var evaluationFile = EvaluationLoader.Locate(file, parse.GetValue(series));
            var evaluation = parse.GetValue(series) is not null || evaluationFile.Exists ? EvaluationLoader.Load(evaluationFile, p) : null;
            var wheel = parse.GetValue(wheelFile) is { } w ? WheelVerb.LoadWheel(w) : null;
            var isRegional = parse.GetValue(regional);
            var request = new ReportRequest(p, parse.GetValue(asOf) ?? context.Today, parse.GetValue(lang).Language(), scope, file.Name, evaluation, wheel, isRegional, m);
            Verbs.Emit(context, parse.GetValue(output), ReportWriter.Write(request));
            return ReksCli.Ok;
        });
        return command;
    }
}
