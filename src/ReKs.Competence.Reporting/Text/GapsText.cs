using ReKs.Competence.Gaps;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>The gap analysis and its regional view as blocks: what <c>reks gaps</c> prints, from the view alone.</summary>
internal static class GapsText
{
    public static Blocks Of(GapsView view, Language l)
    {
        var g = view.Glossary;
        var b = new Blocks();
        b.Heading(2, l.T($"Gapanalyse per {view.AsOf:uuuu-MM-dd} — {view.Plan.Norwegian}", $"Gap analysis as of {view.AsOf:uuuu-MM-dd} — {view.Plan.In(Language.English)}"));
        b.Paragraph(l.T("Alle mengder i årsverk (1,0 = én hel stilling), med én desimal.", "All amounts in person-years (1.0 = one full position), to one decimal."));
        b.Heading(3, l.T("Linjer (krav, kapital, behov)", "Lines (requirements, capital, needs)"));
        var lines = new TextTable(l.T(Terms.Unit), l.T(Terms.Competence), l.T(Terms.Level), l.T(Terms.Requirement), l.T(Terms.Used), l.T(Terms.Unused),
            l.T("Utviklbar", "Developable"), l.T("Kvalif.", "Qualified"), l.T(Terms.Gap), l.T(Terms.Mobilise), l.T(Terms.Develop), l.T(Terms.Acquire),
            l.T(Terms.Surplus), l.T("Sårbar", "Fragile"), l.T("Mål", "Goals")).RightAlign(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        foreach (var line in view.Lines)
        {
            var x = line.Figures;
            lines.Add(g.NodeName(line.Node, l), g.CompetenceName(line.Competence, l), l.Proficiency(g.Scale, line.MinLevel), Py(l, x.Amount), Py(l, x.UsedSupply), Py(l, x.UnusedSupply), Py(l, x.Developable),
                x.Heads, Py(l, x.Gap), Py(l, x.Mobilise), Py(l, x.Develop), Py(l, x.Acquire), Py(l, x.Surplus), line.Fragile ? l.T("ja", "yes") : string.Empty, string.Join("; ", line.Goals.Select(goal => g.GoalName(goal, l))));
        }

        b.Table(lines);
        b.Heading(3, l.T($"Nettovisning for {g.NodeName(view.Scope, l)} (overskudd deles i hele treet før noen rekrutteres)", $"Net view of {g.NodeName(view.Scope, l)} (surplus is shared across the sub-tree before anyone is recruited)"));
        var net = new TextTable(l.T(Terms.Competence), l.T(Terms.Level), l.T(Terms.Requirement), l.T("Kvalif.", "Qualified"), l.T(Terms.Gap), l.T(Terms.Mobilise),
            l.T(Terms.Develop), l.T(Terms.Acquire), l.T(Terms.Surplus), l.T("Delt", "Shared")).RightAlign(1, 2, 3, 4, 5, 6, 7, 8, 9);
        foreach (var n in view.Net.Where(n => n.Node == view.Scope))
        {
            var v = n.Figures;
            net.Add(g.CompetenceName(n.Key.Competence, l), l.Proficiency(g.Scale, n.Key.Level), Py(l, v.Amount), v.Heads, Py(l, v.Gap), Py(l, v.Mobilise), Py(l, v.Develop), Py(l, v.Acquire), Py(l, v.Surplus), Py(l, v.Shared));
        }

        b.Table(net);
        b.Heading(3, l.T("Forslag til deling på tvers", "Suggestions to share across"));
        Sharing(b, g, view.Sharing, l, l.T("Ingen: ingen enhet har overskudd der en annen har behov.", "None: no unit has a surplus where another has a need."));
        b.Heading(3, l.T("Kompetanse ingen krav etterspør (mobilisere andre steder eller avvikle)", "Competence no requirement asks for (mobilise elsewhere or phase out)"));
        var ut = new TextTable(l.T(Terms.Unit), l.T(Terms.Competence), l.T("Personer", "People"), l.T("Årsverk", "Person-years")).RightAlign(2, 3);
        foreach (var u in view.Unrequired)
        {
            ut.Add(g.NodeName(u.Node, l), g.CompetenceName(u.Competence, l), u.Holders.Length, Py(l, u.Share));
        }

        return view.Unrequired.IsEmpty ? b.Paragraph(l.T("Ingen.", "None.")) : b.Table(ut);
    }

    /// <summary>The regional view: only what the privacy-safe export publishes, withheld cells marked, never explained.</summary>
    public static Blocks Of(RegionalView view, Language l)
    {
        var g = view.Glossary;
        var b = new Blocks();
        b.Heading(2, l.T($"Regional visning per {view.AsOf:uuuu-MM-dd} — grupper under {view.MinGroupSize} personer er skjult", $"Regional view as of {view.AsOf:uuuu-MM-dd} — groups under {view.MinGroupSize} people are withheld"));
        var t = new TextTable([.. RegionalColumns(l), l.T("Merknad", "Note")]).RightAlign(2, 3, 4, 5, 6, 7, 8, 9);
        foreach (var c in view.Cells)
        {
            var (shown, figures) = RegionalRow(g, c, l);
            t.Add([.. shown, .. figures ?? Dashes, figures is null ? l.Withheld() : string.Empty]);
        }

        b.Table(t);
        b.Heading(3, l.T("Forslag til deling på tvers (bare publiserte tall)", "Suggestions to share across (published figures only)"));
        Sharing(b, g, view.Sharing, l, l.T("Ingen: ingen publisert enhet har overskudd der en annen publisert enhet har behov.", "None: no published unit has a surplus where another published unit has a need."));
        return b.Paragraph(l.T(
            "Mobilisere/utvikle/anskaffe/overskudd er nettotall: overskudd i treet deles før rekruttering. Kjente begrensninger: et skjermet tall kan avgrenses (men ikke regnes ut), og differanser mellom nivåer av samme kompetanse eller mellom uttrekk for ulike datoer beskyttes ikke; publiser den regionale visningen én gang per rapporteringsperiode.",
            "Mobilise/develop/acquire/surplus are net: surplus in the sub-tree is shared before recruiting. Known limits: a withheld figure can be bounded (not worked out), and differences across levels of one competence or between exports of different dates are not protected; publish the regional view once per reporting period."));
    }

    /// <summary>What a withheld cell shows in text and Markdown under the person-derived columns.</summary>
    private static readonly string[] Dashes = ["–", "–", "–", "–", "–", "–"];

    /// <summary>The regional table's columns, the same in every format (text, Markdown, the fragments and the report): the
    /// cell and its requirement, which every cell shows, then the person-derived figures of a published cell (people, gap,
    /// and the net needs and surplus the export publishes), amounts in person-years.</summary>
    public static string[] RegionalColumns(Language l) =>
        [l.T(Terms.Unit), l.T(Terms.Competence), l.T(Terms.Level), l.T(Terms.Requirement), l.T(Terms.People), l.T(Terms.Gap), l.T(Terms.Mobilise), l.T(Terms.Develop), l.T(Terms.Acquire), l.T(Terms.Surplus)];

    /// <summary>A regional cell under <see cref="RegionalColumns"/>: the four columns every cell shows, and the six
    /// person-derived ones, or <see langword="null"/> for a withheld cell (whose format then says only that it is withheld).</summary>
    public static (string[] Shown, string[]? Figures) RegionalRow(PlanGlossary g, RegionalCell c, Language l)
    {
        string[] shown = [g.NodeName(c.Node, l), g.CompetenceName(c.Key.Competence, l), l.Proficiency(g.Scale, c.Key.Level), Py(l, c.Amount)];
        return c.Figures is { } f && c.Net is { } n
            ? (shown, [f.People.ToString(System.Globalization.CultureInfo.InvariantCulture), Py(l, f.Gap), Py(l, n.Mobilise), Py(l, n.Develop), Py(l, n.Acquire), Py(l, n.Surplus)])
            : (shown, null);
    }

    /// <summary>The sharing suggestions as a table, or the sentence that says there are none.</summary>
    private static void Sharing(Blocks b, PlanGlossary g, IReadOnlyCollection<SharingSuggestion> sharing, Language l, string none)
    {
        if (sharing.Count == 0)
        {
            b.Paragraph(none);
            return;
        }

        var t = new TextTable(l.T("Fra", "From"), l.T("Til", "To"), l.T(Terms.Competence), l.T(Terms.Level), l.T("Mengde", "Amount")).RightAlign(3, 4);
        foreach (var s in sharing)
        {
            t.Add(g.NodeName(s.From, l), g.NodeName(s.To, l), g.CompetenceName(s.Key.Competence, l), l.Proficiency(g.Scale, s.Key.Level), Py(l, s.Amount));
        }

        b.Table(t);
    }

    /// <summary>A share of positions as person-years with one decimal, in the reader's notation ("0,4" / "0.4"); a need
    /// too small to show at one decimal is written "&lt;0,1", never rounded away to zero.</summary>
    private static string Py(Language l, PositionShare s) => l.PersonYears(s);
}
