using System.CommandLine;
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
        var h = context.Help;
        var o = new CommonOptions(h, h.T("den dokumenterte reks.inventory-JSON-en", "the documented reks.inventory JSON"), OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Json);
        var (plan, asOf, node, format, lang, output) = (o.Plan, o.AsOf, o.Node, o.Format, o.Language, o.Output);
        var command = o.Command("inventory", HelpPage.Describe(
            h.T("Kompetansekartlegging: hvem har hva, på hvilket nivå, formelt eller uformelt.", "The competence mapping: who holds what, at which level, formal or informal."),
            "reks inventory docs/examples/gjovik-region.json --node gjovik --as-of 2026-09-01"));
        command.SetAction(parse =>
        {
            var p = DocumentLoader.Load(parse.GetValue(plan)!, context.Error, o.Read(parse));
            var date = parse.GetValue(asOf) ?? context.Today;
            var l = parse.GetValue(lang);
            var report = CompetenceInventory.Compute(p, date);
            var view = InventoryView.Create(p, report, NodeOf(p, parse.GetValue(node)));
            var text = parse.GetValue(format) switch
            {
                OutputFormat.Json => ViewDocument.WriteString(view),
                OutputFormat.Markdown => MarkdownTables.Inventory(view, l.Language()),
                _ => TextTables.Inventory(view, l.Language()),
            };
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
}
