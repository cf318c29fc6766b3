using System.CommandLine;
using ReKs.Competence.Documents;
using ReKs.Competence.Planning;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli;

/// <summary><c>reks plan PLAN</c>: per goal the seeds' own table — the needs, the measures and what they cover, cost and
/// funding, the need left. Wiring only: it builds the <see cref="PlanView"/> and the reporting library writes it.</summary>
internal static class PlanVerb
{
    public static Command Create(CliContext context)
    {
        var h = context.Help;
        var o = new CommonOptions(h, "JSON", OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var series = new Option<FileInfo?>("--series") { Description = h.T("evalueringsdokumentet med indikatorene som måler tiltakene (standard: PLAN.evaluation.json ved siden av planen når den finnes)", "the evaluation document whose indicators measure the measures (default: PLAN.evaluation.json beside the plan when it exists)"), HelpName = h.T("FIL", "FILE") };
        var command = o.Command("plan", HelpPage.Describe(
            h.T("Tiltaksplan per mål: behovene, tiltakene og hva de dekker, kostnad og finansiering, behovet som er igjen; evaluering per tiltak (Kirkpatrick).", "The plan of measures per goal: the needs, the measures and what they cover, cost and funding, the need left; evaluation per measure (Kirkpatrick)."),
            "reks plan docs/examples/bodo-hverdagsrehabilitering.json --as-of 2013-06-30 --lang en"), series);
        command.SetAction(parse =>
        {
            var p = DocumentLoader.Load(parse.GetValue(plan)!, context.Error, o.Read(parse));
            var date = parse.GetValue(asOf) ?? context.Today;
            var scope = InventoryVerb.NodeOf(p, parse.GetValue(node));
            var indicators = EvaluationLoader.Optional(parse.GetValue(plan)!, parse.GetValue(series), p)?.Indicators ?? [];
            var view = PlanView.Create(p, PlanCoverage.Of(p, date), PlanBudget.Of(p), scope, MeasureEvaluationPlan.Of(p, indicators));
            var text = parse.GetValue(format) switch
            {
                OutputFormat.Json => ViewDocument.WriteString(view),
                OutputFormat.Markdown => MarkdownTables.Plan(view, parse.GetValue(lang).Language()),
                _ => TextTables.Plan(view, parse.GetValue(lang).Language()),
            };
            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }
}
