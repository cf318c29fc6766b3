using System.CommandLine;
using ReKs.Competence.Gaps;
using ReKs.Competence.Documents;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli;

/// <summary><c>reks gaps PLAN</c>: what we have, what we need, and what to do about the difference.</summary>
internal static class GapsVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var o = new CommonOptions(h, h.T("JSON (reks.gaps, eller reks.gaps.regional med --regional)", "JSON (reks.gaps, or reks.gaps.regional with --regional)"), OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var regional = new Option<bool>("--regional") { Description = h.T("den personvernsikre regionale visningen: små grupper skjermes, også mot regning baklengs", "the privacy-safe regional view: small groups withheld, also against subtraction") };
        var minGroup = new Option<int?>("--min-group-size") { Description = h.T("den minste gruppen et publisert tall kan beskrive (standard: 3; minst 1)", "the smallest group a published figure may describe (default: 3; at least 1)"), HelpName = "N" };
        var command = o.Command("gaps", HelpPage.Describe(
            h.T("Gapanalyse: krav mot kapital, og behovet for å mobilisere, utvikle og anskaffe.", "Gap analysis: requirements against capital, and what to mobilise, develop and acquire."),
            "reks gaps docs/examples/gjovik-region.json --node gjovik --as-of 2026-09-01",
            "reks gaps docs/examples/gjovik-region.json --regional --format json"), regional, minGroup);
        command.SetAction(parse =>
        {
            var p = DocumentLoader.Load(parse.GetValue(plan)!, context.Error, o.Read(parse));
            var date = parse.GetValue(asOf) ?? context.Today;
            var l = parse.GetValue(lang);
            var m = parse.GetValue(minGroup);
            if (m is < 1)
            {
                throw new CliUsageException($"--min-group-size: {m} is too small; a group has at least 1 person");
            }

            GapAnalysis analysis;
            using (var bar = ProgressBar.For(context.Error, "gaps"))
            {
                bar.Phase(l.T("analyserer", "analysing"));
                analysis = GapAnalyzer.Analyse(p, date, new GapOptions(minGroupSize: m ?? GapOptions.Default.MinGroupSize));
            }

            var scopeNode = InventoryVerb.NodeOf(p, parse.GetValue(node));
            var (f, language) = (parse.GetValue(format), l.Language());
            string text;
            if (parse.GetValue(regional))
            {
                var view = RegionalView.Create(analysis, RegionalExport.Create(analysis, scopeNode));
                text = f switch
                {
                    OutputFormat.Json => ViewDocument.WriteString(view),
                    OutputFormat.Markdown => MarkdownTables.Regional(view, language),
                    _ => TextTables.Regional(view, language),
                };
            }
            else
            {
                var view = GapsView.Create(analysis, scopeNode);
                text = f switch
                {
                    OutputFormat.Json => ViewDocument.WriteString(view),
                    OutputFormat.Markdown => MarkdownTables.Gaps(view, language),
                    _ => TextTables.Gaps(view, language),
                };
            }

            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }
}
