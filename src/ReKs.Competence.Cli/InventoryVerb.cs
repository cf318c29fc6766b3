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
        var staff = new TextTable(l.T(Terms.Unit), l.T("Personer", "People"), l.T("Årsverk", "Person-years"),
            l.Component(LaiComponents.Knowledge), l.Component(LaiComponents.Skills), l.Component(LaiComponents.Abilities), l.Component(LaiComponents.Attitudes)).RightAlign(1, 2, 3, 4, 5, 6);
        foreach (var s in report.Nodes.Where(s => scope.Contains(s.Node)))
        {
            staff.Add(Indent(plan, s.Node, l), s.Heads, l.PersonYears(s.Share), s.Components[0].Heads, s.Components[1].Heads, s.Components[2].Heads, s.Components[3].Heads);
        }

        sb.Append(staff.Render(format)).Append('\n');
        var levels = plan.Scale.Max.Value;
        var headers = new List<string> { l.T(Terms.Unit), l.T("Kompetanse", "Competence"), l.T("K F E H", "K S Ab At"), l.T("Personer", "People"), l.T("Årsverk", "Person-years") };
        headers.AddRange(Enumerable.Range(1, levels).Select(i => l.ProficiencyHeader(plan.Scale, i)));
        headers.AddRange([l.T(Terms.NotAssessed), l.T("Formell", "Formal"), l.T("Uformell", "Informal"), l.T(Terms.Used)]);
        var table = new TextTable([.. headers]).RightAlign([.. Enumerable.Range(3, headers.Count - 3)]);
        foreach (var r in report.Rows.Where(r => scope.Contains(r.Node)))
        {
            var c = plan.GetCompetence(r.Competence);
            var cells = new List<object?> { Indent(plan, r.Node, l), c.Name.In(l.Language()), l.ComponentMarks(c.Components), r.Heads, l.PersonYears(r.Share) };
            cells.AddRange(r.HeadsByLevel.Cast<object?>());
            cells.AddRange([r.NotAssessedHeads, r.FormalHeads, r.InformalHeads, r.UsedHeads]);
            table.Add([.. cells]);
        }

        sb.Append(table.Render(format));
        sb.Append('\n').Append(l.T(
            "K F E H: kunnskaper, ferdigheter, evner, holdninger (Lai). Ikke vurdert: nivået er ikke vurdert (taus kunnskap er ikke null).",
            "K S Ab At: knowledge, skills, abilities, attitudes (Lai). Not assessed: the level is not assessed (tacit knowledge is not zero).")).Append('\n');
        AppendLai(sb, plan, report, scope, l, format);
        return sb.ToString();
    }

    /// <summary>Lai's grid, staffing beside competence (KS step 5) and the evidence disagreements, for the nodes in scope.</summary>
    private static void AppendLai(StringBuilder sb, CompetencePlan plan, InventoryReport report, HashSet<NodeId> scope, Lang l, OutputFormat format)
    {
        var h3 = format == OutputFormat.Markdown ? "### " : string.Empty;
        var top = report.Nodes.First(s => scope.Contains(s.Node));
        sb.Append('\n').Append(h3).Append(l.T($"Lais kompetansebegrep: komponenter × former ({top.Node})", $"Lai's competence model: components × forms ({top.Node})")).Append("\n\n");
        var components = new[] { LaiComponents.Knowledge, LaiComponents.Skills, LaiComponents.Abilities, LaiComponents.Attitudes };
        var grid = new TextTable([l.T("Form", "Form"), .. components.Select(c => l.Component(c))]).RightAlign(1, 2, 3, 4);
        foreach (var form in Enum.GetValues<LaiForm>())
        {
            grid.Add([l.Form(form), .. components.Select(c => (object?)Cell(top.Cell(form, c)))]);
        }

        sb.Append(grid.Render(format)).Append('\n').Append(l.T(
            "Personer som har en kompetanse av formen med komponenten; i parentes: planens kompetanser i ruten (0 = ruten er ikke kartlagt).",
            "People who hold a competence of the form with the component; in brackets: the plan's competences in the cell (0 = the cell is not mapped).")).Append("\n\n");

        sb.Append(h3).Append(l.T("Bemanning ved siden av kompetanse (KS trinn 5)", "Staffing beside competence (KS step 5)")).Append("\n\n");
        var staffing = new TextTable(l.T(Terms.Unit), l.T("Stilling", "Position"), l.T("Utdanning", "Education"), l.T("Personer", "People"), l.T("Årsverk", "Person-years")).RightAlign(3, 4);
        foreach (var c in report.Staffing.Where(c => scope.Contains(c.Node)))
        {
            staffing.Add(Indent(plan, c.Node, l), l.Position(c.PositionType), l.Education(c.Education), c.Heads, l.PersonYears(c.Share));
        }

        sb.Append(staffing.Render(format)).Append('\n');
        var lines = report.StaffingLines.Where(x => scope.Contains(x.Requirement.Node)).ToList();
        if (lines.Count == 0)
        {
            sb.Append(l.T("Planen har ingen bemanningskrav for disse nodene.", "The plan has no staffing requirement for these nodes.")).Append("\n\n");
        }
        else
        {
            var t = new TextTable(l.T(Terms.Unit), l.T("Stilling", "Position"), l.T("Utdanning", "Education"), l.T("Krav (årsverk)", "Required (person-years)"), l.T("Har (årsverk)", "Present (person-years)"),
                l.T("Personer", "People"), l.T("Mangler", "Shortfall"), l.T("Over", "Over")).RightAlign(3, 4, 5, 6, 7);
            foreach (var x in lines)
            {
                var r = x.Requirement;
                t.Add(r.Node, l.Position(r.PositionType), r.Education is { } e ? l.Education(e) : l.T("alle", "any"),
                    x.Applies ? l.PersonYears(r.Amount) : l.T($"fra {r.From:uuuu-MM-dd}", $"from {r.From:uuuu-MM-dd}"), l.PersonYears(x.Present), x.Heads, l.PersonYears(x.Shortfall), l.PersonYears(x.Over));
            }

            sb.Append(t.Render(format)).Append('\n');
        }

        if (plan.Goals.Any(g => !g.Resources.IsEmpty))
        {
            sb.Append(h3).Append(l.T("Kapital utenom personer, per mål (inngår ikke i årsverkene)", "Capital beyond people, per goal (not counted in person-years)")).Append("\n\n");
            var resources = new TextTable(l.T("Mål", "Goals"), l.T("Type", "Category"), l.T("Ressurs", "Resource"));
            foreach (var g in plan.Goals)
            {
                foreach (var r in g.Resources)
                {
                    resources.Add(g.Id, l.Resource(r.Kind), r.Name.In(l.Language()));
                }
            }

            sb.Append(resources.Render(format)).Append('\n');
        }

        sb.Append(h3).Append(l.T("Uenighet mellom kilder (tema for medarbeidersamtalen)", "Sources that disagree (topics for the appraisal interview)")).Append("\n\n");
        var disagreements = report.Disagreements.Where(d => plan.FindPerson(d.Person) is { } p && scope.Contains(p.Node)).ToList();
        if (disagreements.Count == 0)
        {
            sb.Append(l.T("Ingen: der flere kilder har vurdert samme kompetanse, er de enige.", "None: where several sources assessed a competence, they agree.")).Append('\n');
            return;
        }

        foreach (var d in disagreements)
        {
            sb.Append(format == OutputFormat.Markdown ? "- " : "  ").Append(l.Disagreement(plan, d)).Append('\n');
        }

        sb.Append('\n').Append(l.T(
            "Nivået som teller følger planens rangering av kilder (standard: dokumentert, ledervurdert, egenvurdert).",
            "The level that counts follows the plan's precedence of sources (default: documented, leader-assessed, self-declared).")).Append('\n');
    }

    private static string Cell(LaiGridCount c) => $"{c.Heads} ({c.Competences})";

    // Indentation stops deepening at 40 levels: a 100 000-deep chain would otherwise print gigabytes of spaces.
    private static string Indent(CompetencePlan plan, NodeId node, Lang l) => new string(' ', 2 * Math.Min(plan.Organisation.DepthOf(node), 40)) + plan.Organisation[node].Name.In(l.Language());
}
