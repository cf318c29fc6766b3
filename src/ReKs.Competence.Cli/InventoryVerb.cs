using System.CommandLine;
using System.Globalization;
using System.Text;
using ReKs.Competence.Documents;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli;

/// <summary><c>reks inventory PLAN</c>: the competence mapping per node and competence.</summary>
internal static class InventoryVerb
{
    public static Command Create(CliContext context)
    {
        var o = new CommonOptions(OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var command = o.Command("inventory", "Kompetansekartlegging: hvem har hva, på hvilket nivå, formelt eller uformelt / the competence mapping: who holds what, at which level, formal or informal.\n\nEksempel / example:\n  reks inventory docs/examples/gjovik-region.json --node gjovik --as-of 2026-09-01");
        command.SetAction(parse =>
        {
            var p = DocumentLoader.Load(parse.GetValue(plan)!, context.Error);
            var date = parse.GetValue(asOf) ?? context.Today;
            var l = parse.GetValue(lang);
            var report = CompetenceInventory.Compute(p, date);
            var scope = Scope(p, parse.GetValue(node));
            var text = parse.GetValue(format) == OutputFormat.Json ? ViewDocument.Write(InventoryView.Create(p, report, NodeOf(p, parse.GetValue(node)))) : Text(p, report, scope, l, parse.GetValue(format));
            Verbs.Emit(context, parse.GetValue(output), text);
            return ReksCli.Ok;
        });
        return command;
    }

    /// <summary>The node <c>--node</c> names, or the root when it names none.</summary>
    public static NodeId NodeOf(CompetencePlan plan, string? node)
    {
        if (node is null)
        {
            return plan.Organisation.Root.Id;
        }

        return NodeId.TryCreate(node, out var id) && plan.Organisation.Contains(id)
            ? id
            : throw new CliUsageException($"--node {Terminal.Safe(node)}: planen har ingen slik node / the plan has no such node; {Suggestions.For(node, plan.Organisation.Nodes.Select(n => n.Id.Value))}");
    }

    /// <summary>The nodes to show: the sub-tree of <c>--node</c>, or the whole organisation.</summary>
    public static HashSet<NodeId> Scope(CompetencePlan plan, string? node) => [.. plan.Organisation.SubtreeOf(NodeOf(plan, node)).Select(n => n.Id)];

    private static string Text(CompetencePlan plan, InventoryReport report, HashSet<NodeId> scope, Lang l, OutputFormat format)
    {
        var sb = new StringBuilder();
        var heading = format == OutputFormat.Markdown ? "## " : string.Empty;
        sb.Append(heading).Append(l.T($"Kompetansekartlegging per {report.AsOf:uuuu-MM-dd} — {plan.Name.Norwegian}", $"Competence mapping as of {report.AsOf:uuuu-MM-dd} — {plan.Name.In(Language.English)}")).Append("\n\n");
        var staff = new TextTable(l.T("Node", "Node"), l.T("Personer", "People"), l.T("Årsverk", "Person-years"),
            l.Component(LaiComponents.Knowledge), l.Component(LaiComponents.Skills), l.Component(LaiComponents.Abilities), l.Component(LaiComponents.Attitudes)).RightAlign(1, 2, 3, 4, 5, 6);
        foreach (var s in report.Nodes.Where(s => scope.Contains(s.Node)))
        {
            staff.Add(Indent(plan, s.Node), s.Heads, Fte(s.Share), s.Components[0].Heads, s.Components[1].Heads, s.Components[2].Heads, s.Components[3].Heads);
        }

        sb.Append(staff.Render(format)).Append('\n');
        var levels = plan.Scale.Max.Value;
        var headers = new List<string> { "Node", l.T("Kompetanse", "Competence"), l.T("K F E H", "K S Ab At"), l.T("Personer", "People"), l.T("Årsverk", "Person-years") };
        headers.AddRange(Enumerable.Range(1, levels).Select(i => l.T($"Nivå {i}", $"Level {i}")));
        headers.AddRange([l.T("Ukjent", "Unknown"), l.T("Formell", "Formal"), l.T("Uformell", "Informal"), l.T("Brukt", "Used")]);
        var table = new TextTable([.. headers]).RightAlign([.. Enumerable.Range(3, headers.Count - 3)]);
        foreach (var r in report.Rows.Where(r => scope.Contains(r.Node)))
        {
            var c = plan.GetCompetence(r.Competence);
            var cells = new List<object?> { Indent(plan, r.Node), c.Name.In(l.Language()), l.ComponentMarks(c.Components), r.Heads, Fte(r.Share) };
            cells.AddRange(r.HeadsByLevel.Cast<object?>());
            cells.AddRange([r.NotAssessedHeads, r.FormalHeads, r.InformalHeads, r.UsedHeads]);
            table.Add([.. cells]);
        }

        sb.Append(table.Render(format));
        sb.Append('\n').Append(l.T(
            "K F E H: kunnskaper, ferdigheter, evner, holdninger (Lai). Ukjent: nivå ikke vurdert (taus kunnskap er ikke null).",
            "K S Ab At: knowledge, skills, abilities, attitudes (Lai). Unknown: level not assessed (tacit knowledge is not zero).")).Append('\n');
        return sb.ToString();
    }

    // Indentation stops deepening at 40 levels: a 100 000-deep chain would otherwise print gigabytes of spaces.
    private static string Indent(CompetencePlan plan, NodeId node) => new string(' ', 2 * Math.Min(plan.Organisation.DepthOf(node), 40)) + node.Value;

    public static string Fte(Model.PositionShare share) => share.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture);
}
