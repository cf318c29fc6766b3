using ReKs.Competence.Inventory;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>The competence mapping as blocks: what <c>reks inventory</c> prints, from the view alone.</summary>
internal static class InventoryText
{
    public static Blocks Of(InventoryView view, Language l)
    {
        var g = view.Glossary;
        var b = new Blocks();
        b.Heading(2, l.T($"Kompetansekartlegging per {view.AsOf:uuuu-MM-dd} — {view.Plan.Norwegian}", $"Competence mapping as of {view.AsOf:uuuu-MM-dd} — {view.Plan.In(Language.English)}"));
        var staff = new TextTable(l.T(Terms.Unit), l.T("Personer", "People"), l.T("Årsverk", "Person-years"),
            l.Component(LaiComponents.Knowledge), l.Component(LaiComponents.Skills), l.Component(LaiComponents.Abilities), l.Component(LaiComponents.Attitudes)).RightAlign(1, 2, 3, 4, 5, 6);
        foreach (var s in view.Nodes)
        {
            staff.Add(Indent(g, s.Node, l), s.Heads, l.PersonYears(s.Share), s.Components[0].Heads, s.Components[1].Heads, s.Components[2].Heads, s.Components[3].Heads);
        }

        b.Table(staff);
        var headers = new List<string> { l.T(Terms.Unit), l.T(Terms.Competence), l.T("K F E H", "K S Ab At"), l.T("Personer", "People"), l.T("Årsverk", "Person-years") };
        headers.AddRange(Enumerable.Range(1, view.Levels).Select(i => l.ProficiencyHeader(g.Scale, i)));
        headers.AddRange([l.T(Terms.NotAssessed), l.T("Formell", "Formal"), l.T("Uformell", "Informal"), l.T(Terms.Used)]);
        var table = new TextTable([.. headers]).RightAlign([.. Enumerable.Range(3, headers.Count - 3)]);
        foreach (var r in view.Rows)
        {
            var c = g.FindCompetence(r.Competence);
            var cells = new List<object?> { Indent(g, r.Node, l), g.CompetenceName(r.Competence, l), c is null ? string.Empty : l.ComponentMarks(c.Components), r.Heads, l.PersonYears(r.Share) };
            cells.AddRange(r.HeadsByLevel.Cast<object?>());
            cells.AddRange([r.NotAssessedHeads, r.FormalHeads, r.InformalHeads, r.UsedHeads]);
            table.Add([.. cells]);
        }

        b.Table(table);
        b.Paragraph(l.T(
            "K F E H: kunnskaper, ferdigheter, evner, holdninger (Lai). Ikke vurdert: nivået er ikke vurdert (taus kunnskap er ikke null).",
            "K S Ab At: knowledge, skills, abilities, attitudes (Lai). Not assessed: the level is not assessed (tacit knowledge is not zero)."));
        Lai(b, view, l);
        return b;
    }

    /// <summary>Lai's grid, staffing beside competence (KS step 5) and the evidence disagreements, for the nodes in scope.</summary>
    private static void Lai(Blocks b, InventoryView view, Language l)
    {
        var g = view.Glossary;
        var top = view.Nodes[0];
        b.Heading(3, l.T($"Lais kompetansebegrep: komponenter × former ({top.Node})", $"Lai's competence model: components × forms ({top.Node})"));
        var components = new[] { LaiComponents.Knowledge, LaiComponents.Skills, LaiComponents.Abilities, LaiComponents.Attitudes };
        var grid = new TextTable([l.T("Form", "Form"), .. components.Select(c => l.Component(c))]).RightAlign(1, 2, 3, 4);
        foreach (var form in Enum.GetValues<LaiForm>())
        {
            grid.Add([l.Form(form), .. components.Select(c => (object?)Cell(top.Cell(form, c)))]);
        }

        b.Table(grid).Paragraph(l.T(
            "Personer som har en kompetanse av formen med komponenten; i parentes: planens kompetanser i ruten (0 = ruten er ikke kartlagt).",
            "People who hold a competence of the form with the component; in brackets: the plan's competences in the cell (0 = the cell is not mapped)."));

        b.Heading(3, l.T("Bemanning ved siden av kompetanse (KS trinn 5)", "Staffing beside competence (KS step 5)"));
        var staffing = new TextTable(l.T(Terms.Unit), l.T("Stilling", "Position"), l.T("Utdanning", "Education"), l.T("Personer", "People"), l.T("Årsverk", "Person-years")).RightAlign(3, 4);
        foreach (var c in view.Staffing)
        {
            staffing.Add(Indent(g, c.Node, l), l.Position(c.PositionType), l.Education(c.Education), c.Heads, l.PersonYears(c.Share));
        }

        b.Table(staffing);
        if (view.StaffingLines.IsEmpty)
        {
            b.Paragraph(l.T("Planen har ingen bemanningskrav for disse nodene.", "The plan has no staffing requirement for these nodes."));
        }
        else
        {
            var t = new TextTable(l.T(Terms.Unit), l.T("Stilling", "Position"), l.T("Utdanning", "Education"), l.T("Krav (årsverk)", "Required (person-years)"), l.T("Har (årsverk)", "Present (person-years)"),
                l.T("Personer", "People"), l.T("Mangler", "Shortfall"), l.T("Over", "Over")).RightAlign(3, 4, 5, 6, 7);
            foreach (var x in view.StaffingLines)
            {
                var r = x.Requirement;
                t.Add(r.Node, l.Position(r.PositionType), r.Education is { } e ? l.Education(e) : l.T("alle", "any"),
                    x.Applies ? l.PersonYears(r.Amount) : l.T($"fra {r.From:uuuu-MM-dd}", $"from {r.From:uuuu-MM-dd}"), l.PersonYears(x.Present), x.Heads, l.PersonYears(x.Shortfall), l.PersonYears(x.Over));
            }

            b.Table(t);
        }

        if (g.Goals.Any(goal => !goal.Resources.IsEmpty))
        {
            b.Heading(3, l.T("Kapital utenom personer, per mål (inngår ikke i årsverkene)", "Capital beyond people, per goal (not counted in person-years)"));
            var resources = new TextTable(l.T("Mål", "Goals"), l.T("Type", "Category"), l.T("Ressurs", "Resource"));
            foreach (var goal in g.Goals)
            {
                foreach (var r in goal.Resources)
                {
                    resources.Add(goal.Id, l.Resource(r.Kind), r.Name.In(l));
                }
            }

            b.Table(resources);
        }

        b.Heading(3, l.T("Uenighet mellom kilder (tema for medarbeidersamtalen)", "Sources that disagree (topics for the appraisal interview)"));
        if (view.Disagreements.IsEmpty)
        {
            b.Paragraph(l.T("Ingen: der flere kilder har vurdert samme kompetanse, er de enige.", "None: where several sources assessed a competence, they agree."));
            return;
        }

        b.List(null, view.Disagreements.Select(d => l.Disagreement(g, d)), "  ");
        b.Paragraph(l.T(
            "Nivået som teller følger planens rangering av kilder (standard: dokumentert, ledervurdert, egenvurdert).",
            "The level that counts follows the plan's precedence of sources (default: documented, leader-assessed, self-declared)."));
    }

    private static string Cell(LaiGridCount c) => $"{c.Heads} ({c.Competences})";

    // Indentation stops deepening at 40 levels: a 100 000-deep chain would otherwise print gigabytes of spaces.
    private static string Indent(PlanGlossary g, NodeId node, Language l) => new string(' ', 2 * Math.Min(g.Organisation.DepthOf(node), 40)) + g.NodeName(node, l);
}
