using System.Globalization;
using System.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>The gap analysis as HTML fragments for the report: the per-goal Lai tables, the heat-map, the regional view.</summary>
internal static class GapHtml
{
    private static string E(object? text) => Html.Encode(Convert.ToString(text, CultureInfo.InvariantCulture));

    private static string P(PositionShare share) => share == PositionShare.Zero ? "0" : share.ToString();

    /// <summary>Per goal, the table the seed plans write: requirements (krav), capital used and unused (kapital), needs (behov), and phase-out candidates.</summary>
    public static string GoalTables(IEnumerable<GoalTable> tables, PlanGlossary glossary, Language l)
    {
        var sb = new StringBuilder();
        foreach (var table in tables)
        {
            var lines = table.Lines;
            sb.Append("<article class=\"goal\"><h3>").Append(E(table.Goal is { } goal ? goal.Name.In(l) : l.T("Krav uten mål", "Requirements without a goal"))).Append("</h3>");
            if (table.Goal is { Resources: { IsEmpty: false } resources })
            {
                // Non-person capital: listed with the goal, never part of the person-year figures below.
                sb.Append("<p class=\"resources\">").Append(E(l.T("Kapital utenom personer: ", "Capital beyond people: ")))
                    .Append(string.Join("; ", resources.Select(r => E($"{l.Resource(r.Kind)}: {r.Name.In(l)}")))).Append("</p>");
            }

            if (lines.IsEmpty)
            {
                sb.Append("<p>").Append(E(l.T("Ingen krav er knyttet til målet ennå.", "No requirement serves this goal yet."))).Append("</p></article>");
                continue;
            }

            sb.Append("<table class=\"goal-lai\"><thead><tr><th colspan=\"4\">").Append(E(l.T(Terms.Requirement))).Append("</th><th colspan=\"2\">")
                .Append(E(l.T("Kapital", "Capital"))).Append("</th><th colspan=\"3\">").Append(E(l.T("Behov", "Needs"))).Append("</th><th>")
                .Append(E(l.T("Avvikle / dele", "Phase out / share"))).Append("</th></tr><tr>");
            foreach (var h in new[] { l.T(Terms.Unit), l.T(Terms.Competence), l.T(Terms.Level), l.T(Terms.Requirement), l.T(Terms.Used), l.T(Terms.Unused), l.T(Terms.Mobilise), l.T(Terms.Develop), l.T(Terms.Acquire), l.T(Terms.Surplus) })
            {
                sb.Append("<th>").Append(E(h)).Append("</th>");
            }

            sb.Append("</tr></thead><tbody>");
            foreach (var line in lines)
            {
                var f = line.Figures;
                sb.Append("<tr").Append(line.Fragile ? " class=\"fragile\"" : string.Empty).Append("><td>").Append(E(glossary.NodeName(line.Node, l))).Append("</td><td>")
                    .Append(E(glossary.CompetenceName(line.Competence, l))).Append("</td><td class=\"n\">").Append(E(l.Proficiency(glossary.Scale, line.MinLevel))).Append("</td><td class=\"n\">")
                    .Append(E(P(f.Amount))).Append(line.NeededBy is { } d ? $" <small>({E(l.T("innen", "by"))} {d:uuuu-MM-dd})</small>" : string.Empty)
                    .Append("</td><td class=\"n\">").Append(E(P(f.UsedSupply))).Append("</td><td class=\"n\">").Append(E(P(f.UnusedSupply)))
                    .Append("</td><td class=\"n m\">").Append(E(P(f.Mobilise))).Append("</td><td class=\"n d\">").Append(E(P(f.Develop)))
                    .Append("</td><td class=\"n a\">").Append(E(P(f.Acquire))).Append("</td><td class=\"n\">").Append(E(P(f.Surplus))).Append("</td></tr>");
            }

            sb.Append("</tbody></table><p class=\"note\">").Append(E(l.T(
                "Prosent av en hel stilling. Røde rader er sårbare: kravet hviler på færre personer enn minstekravet.",
                "Percent of a full position. Red rows are fragile: the requirement rests on fewer people than the minimum."))).Append("</p></article>");
        }

        return sb.ToString();
    }

    /// <summary>The heat-map: nodes × competences, each cell coloured by its dominant need, with the gap; a withheld
    /// cell (the regional report's map is drawn from the export) shows only that it is withheld and, in its title, its requirement.</summary>
    public static string HeatMap(GapHeatMap map, PlanGlossary glossary, Language l)
    {
        var organisation = glossary.Organisation;
        var sb = new StringBuilder("<table class=\"heat\"><thead><tr><th>");
        sb.Append(E(l.T("Enhet", "Unit"))).Append("</th>");
        foreach (var c in map.Competences)
        {
            sb.Append("<th class=\"rot\"><span>").Append(E(glossary.CompetenceName(c, l))).Append("</span></th>");
        }

        sb.Append("</tr></thead><tbody>");
        for (var row = 0; row < map.Nodes.Length; row++)
        {
            var node = organisation[map.Nodes[row]];
            sb.Append("<tr><th style=\"padding-left:").Append(organisation.DepthOf(node.Id) * 0.8m).Append("em\">").Append(E(node.Name.In(l))).Append("</th>");
            for (var column = 0; column < map.Competences.Length; column++)
            {
                var cell = map.Cell(row, column);
                if (cell.Shade == HeatMapShade.Withheld)
                {
                    // Only the amount, which is about the organisation, is shown; every person-derived figure is withheld.
                    var label = l.Withheld();
                    sb.Append("<td class=\"h-withheld\" title=\"").Append(E(l.T($"krav {P(cell.Amount)}; {label}", $"required {P(cell.Amount)}; {label}")))
                        .Append("\"><small>").Append(E(label)).Append("</small></td>");
                    continue;
                }

                var (mobilise, develop, acquire, surplus, gap) = (cell.Mobilise!.Value, cell.Develop!.Value, cell.Acquire!.Value, cell.Surplus!.Value, cell.Gap!.Value);
                var title = !cell.HasLines ? string.Empty : l.T(
                    $"krav {P(cell.Amount)}, mobilisere {P(mobilise)}, utvikle {P(develop)}, anskaffe {P(acquire)}, overskudd {P(surplus)}",
                    $"required {P(cell.Amount)}, mobilise {P(mobilise)}, develop {P(develop)}, acquire {P(acquire)}, surplus {P(surplus)}");
                sb.Append("<td class=\"h-").Append(ShadeClass(cell.Shade)).Append("\" title=\"").Append(E(title)).Append("\">").Append(gap > PositionShare.Zero ? E(P(gap)) : string.Empty).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table><p class=\"legend\">");
        foreach (var (kind, nb, en) in new[] { ("acquire", "anskaffe", "acquire"), ("develop", "utvikle", "develop"), ("mobilise", "mobilisere", "mobilise"), ("ok", "dekket", "covered"), ("none", "ingen krav", "no requirement") })
        {
            sb.Append("<span class=\"h-").Append(kind).Append("\">").Append(E(l.T(nb, en))).Append("</span> ");
        }

        if (map.AnyWithheld)
        {
            sb.Append("<span class=\"h-withheld\">").Append(E(l.Withheld())).Append("</span> ");
        }

        sb.Append("</p><p class=\"note\">").Append(E(l.T(
            "Tallet er gapet (nettovisning, prosent av en hel stilling, alle nivåer); fargen er det største behovet etter deling i treet.",
            "The number is the gap (net view, percent of a full position, all levels); the colour is the largest need after sharing within the sub-tree."))).Append("</p>");
        return sb.ToString();
    }

    /// <summary>Gets the CSS class suffix of a shade (<c>h-…</c>), shared by the report's table and the fragments' SVG.</summary>
    public static string ShadeClass(HeatMapShade shade) => shade switch
    {
        HeatMapShade.None => "none",
        HeatMapShade.Covered => "ok",
        HeatMapShade.Mobilise => "mobilise",
        HeatMapShade.Develop => "develop",
        HeatMapShade.Acquire => "acquire",
        HeatMapShade.Withheld => "withheld",
        _ => throw new System.Diagnostics.UnreachableException($"Heat-map shade {shade}."),
    };

    /// <summary>The regional view drawn from the export (withheld cells say only that they are withheld), and the suggestions to share across municipalities from its published figures.</summary>
    public static string Regional(RegionalView view, Language l)
    {
        var glossary = view.Glossary;
        var organisation = glossary.Organisation;
        var depth = organisation.DepthOf(view.Scope);
        var sb = new StringBuilder("<p>");
        sb.Append(E(l.T(
            $"Tall om grupper under {view.MinGroupSize} personer er skjermet, og andre celler også der et skjermet tall ellers kunne regnes ut. Kravet (mengden) handler om virksomheten og vises alltid. Mengder i årsverk (hele stillinger), med én desimal; mobilisere, utvikle, anskaffe og overskudd er nettotall.",
            $"Figures about groups under {view.MinGroupSize} people are withheld, and other cells too where a withheld figure could otherwise be worked out. The requirement (amount) is about the organisation and is always shown. Amounts in person-years (full positions), to one decimal; mobilise, develop, acquire and surplus are net."))).Append("</p>");
        sb.Append("<table class=\"regional\"><thead><tr>");
        var columns = GapsText.RegionalColumns(l);
        foreach (var h in columns)
        {
            sb.Append("<th>").Append(E(h)).Append("</th>");
        }

        // The columns and figures of reks gaps --regional (GapsText), here for the scope and the level below it; a
        // withheld cell shows its requirement and then only that it is withheld.
        var classes = new[] { string.Empty, string.Empty, " class=\"n\"", " class=\"n\"", " class=\"n\"", " class=\"n\"", " class=\"n m\"", " class=\"n d\"", " class=\"n a\"", " class=\"n\"" };
        sb.Append("</tr></thead><tbody>");
        foreach (var c in view.Cells.Where(c => organisation.DepthOf(c.Node) <= depth + 1))
        {
            var (shown, figures) = GapsText.RegionalRow(glossary, c, l);
            sb.Append("<tr data-node=\"").Append(E(c.Node.Value)).Append("\" data-key=\"").Append(E(c.Key.Competence.Value)).Append(':').Append(E(c.Key.Level)).Append("\">");
            for (var i = 0; i < shown.Length; i++)
            {
                sb.Append("<td").Append(classes[i]).Append('>').Append(E(shown[i])).Append("</td>");
            }

            if (figures is null)
            {
                sb.Append("<td colspan=\"").Append(columns.Length - shown.Length).Append("\" class=\"withheld\">").Append(E(l.Withheld())).Append("</td>");
            }
            else
            {
                for (var i = 0; i < figures.Length; i++)
                {
                    sb.Append("<td").Append(classes[shown.Length + i]).Append('>').Append(E(figures[i])).Append("</td>");
                }
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        sb.Append("<h3>").Append(E(l.T("Fagpersoner på tvers av kommuner", "Experts used across municipalities"))).Append("</h3>");
        if (view.Sharing.IsEmpty)
        {
            sb.Append("<p>").Append(E(l.T("Ingen publisert kommune har overskudd der en annen har behov.", "No published municipality has a surplus where another has a need."))).Append("</p>");
        }
        else
        {
            sb.Append("<ul class=\"sharing\">");
            foreach (var s in view.Sharing)
            {
                sb.Append("<li>").Append(E(glossary.NodeName(s.From, l))).Append(" → ").Append(E(glossary.NodeName(s.To, l)))
                    .Append(": ").Append(E(glossary.CompetenceName(s.Key.Competence, l))).Append(' ').Append(E(l.T("nivå", "level"))).Append(' ')
                    .Append(E(l.Proficiency(glossary.Scale, s.Key.Level))).Append(", ").Append(E(l.PersonYears(s.Amount))).Append(' ').Append(E(l.T(Terms.PersonYearsUnit))).Append("</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("<p class=\"note\">").Append(E(l.T(
            "Forslagene bygger bare på publiserte tall: en kommune med skjermede tall på en kompetanse er ikke med på den. Kjente begrensninger: et skjermet tall kan avgrenses (men ikke regnes ut), og differanser mellom nivåer av samme kompetanse eller mellom rapporter for ulike datoer beskyttes ikke; publiser den regionale visningen én gang per rapporteringsperiode.",
            "The suggestions use published figures only: a municipality whose figures on a competence are withheld takes no part in it. Known limits: a withheld figure can be bounded (not worked out), and differences across levels of one competence or between reports of different dates are not protected; publish the regional view once per reporting period."))).Append("</p>");
        return sb.ToString();
    }

    /// <summary>The styles the fragments above use, for the report's inline stylesheet.</summary>
    public const string Css = """
        table.goal-lai, table.heat, table.regional { border-collapse: collapse; margin: .5em 0 1em; font-size: .85em; }
        table.goal-lai th, table.goal-lai td, table.regional th, table.regional td { border: 1px solid #ccd; padding: .2em .45em; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.m { background: #e6f0ff; } td.d { background: #fff4d6; } td.a { background: #ffe1e1; }
        tr.fragile td:first-child { border-left: 4px solid #c0392b; }
        table.heat td { width: 2.6em; height: 1.6em; text-align: center; border: 1px solid #fff; font-size: .8em; }
        table.heat th { text-align: left; font-weight: normal; white-space: nowrap; }
        table.heat th.rot { height: 9em; vertical-align: bottom; }
        table.heat th.rot span { writing-mode: vertical-rl; transform: rotate(180deg); }
        .h-acquire { background: #e74c3c; color: #fff; } .h-develop { background: #f5b041; } .h-mobilise { background: #5dade2; }
        .h-ok { background: #58d68d; } .h-none { background: #f2f3f4; }
        .legend span { display: inline-block; padding: .1em .6em; margin-right: .3em; }
        td.withheld { color: #777; font-style: italic; text-align: center; }
        .h-withheld { background: repeating-linear-gradient(45deg, #f2f3f4, #f2f3f4 4px, #dfe3e6 4px, #dfe3e6 8px); color: #555; }
        table.heat td.h-withheld small { font-size: .7em; }
        table.lai-grid { border-collapse: collapse; margin: .5em 0 1em; font-size: .85em; }
        table.lai-grid th, table.lai-grid td { border: 1px solid #ccd; padding: .2em .6em; } table.lai-grid td.empty { background: #f2f3f4; color: #999; }
        p.resources { font-size: .9em; color: #333; }
        """;
}
