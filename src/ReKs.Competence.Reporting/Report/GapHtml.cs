using System.Globalization;
using System.Text;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Reporting;

/// <summary>The gap analysis as HTML fragments for the report: the per-goal Lai tables, the heat-map, the regional view.</summary>
internal static class GapHtml
{
    private static string E(object? text) => Html.Encode(Convert.ToString(text, CultureInfo.InvariantCulture));

    private static string P(PositionShare share) => share == PositionShare.Zero ? "0" : share.ToString();

    /// <summary>Per goal, the table the seed plans write: requirements (krav), capital used and unused (kapital), needs (behov), and phase-out candidates.</summary>
    public static string GoalTables(CompetencePlan plan, GapAnalysis analysis, NodeId scope, Language l)
    {
        var inScope = analysis.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        var sb = new StringBuilder();
        var goals = plan.Goals.Select(g => (Id: (GoalId?)g.Id, Title: g.Name.In(l))).ToList();
        if (analysis.Lines.Any(x => inScope.Contains(x.Node) && x.Goals.IsEmpty && x.Figures.Amount > PositionShare.Zero))
        {
            goals.Add((null, l.T("Krav uten mål", "Requirements without a goal")));
        }

        foreach (var (id, title) in goals)
        {
            var lines = analysis.Lines.Where(x => inScope.Contains(x.Node) && x.Figures.Amount > PositionShare.Zero && (id is { } g ? x.Goals.Contains(g) : x.Goals.IsEmpty)).ToList();
            sb.Append("<article class=\"goal\"><h3>").Append(E(title)).Append("</h3>");
            if (id is { } gid && plan.Goals.First(x => x.Id == gid).Resources is { IsEmpty: false } resources)
            {
                // Non-person capital: listed with the goal, never part of the person-year figures below.
                sb.Append("<p class=\"resources\">").Append(E(l.T("Kapital utenom personer: ", "Capital beyond people: ")))
                    .Append(string.Join("; ", resources.Select(r => E($"{l.Resource(r.Kind)}: {r.Name.In(l)}")))).Append("</p>");
            }

            if (lines.Count == 0)
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
                sb.Append("<tr").Append(line.Fragile ? " class=\"fragile\"" : string.Empty).Append("><td>").Append(E(plan.Organisation[line.Node].Name.In(l))).Append("</td><td>")
                    .Append(E(plan.GetCompetence(line.Competence).Name.In(l))).Append("</td><td class=\"n\">").Append(E(l.Proficiency(plan.Scale, line.MinLevel))).Append("</td><td class=\"n\">")
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

    /// <summary>The heat-map: nodes × competences, each cell coloured by the dominant need of the node's net view, with the amounts.</summary>
    public static string HeatMap(CompetencePlan plan, GapAnalysis analysis, NodeId scope, Language l) =>
        HeatMap(plan, analysis.Organisation, analysis.LevelSets, analysis.Organisation.SubtreeOf(scope).Select(n => n.Id), l, node =>
        {
            var net = analysis.NetOf(node);
            return c => (net.Where(kv => kv.Key.Competence == c).Select(kv => kv.Value).ToList(), false, 0L);
        });

    /// <summary>The heat-map of the regional report: drawn from the export only; a node and competence with a withheld cell at any level shows as withheld.</summary>
    public static string HeatMap(CompetencePlan plan, RegionalExport export, Organisation organisation, GapLevelSets levels, Language l)
    {
        var byNode = export.Cells.ToLookup(x => x.Node);
        return HeatMap(plan, organisation, levels, organisation.SubtreeOf(export.Root).Select(n => n.Id), l, node =>
        {
            var cells = byNode[node].ToList();
            return c =>
            {
                var mine = cells.Where(x => x.Key.Competence == c).ToList();
                return (mine.Where(x => x.Net is not null).Select(x => x.Net!.Value).ToList(), mine.Any(x => x.Withheld), mine.Sum(x => x.Amount.Hundredths));
            };
        });
    }

    private static string HeatMap(
        CompetencePlan plan,
        Organisation organisation,
        GapLevelSets levels,
        IEnumerable<NodeId> nodes,
        Language l,
        Func<NodeId, Func<CompetenceId, (List<NetFigures> Nets, bool Withheld, long Amount)>> cellsOf)
    {
        var competences = plan.Competences.Where(c => !levels.LevelsOf(c.Id).IsEmpty).ToList();
        var sb = new StringBuilder("<table class=\"heat\"><thead><tr><th>");
        sb.Append(E(l.T("Enhet", "Unit"))).Append("</th>");
        foreach (var c in competences)
        {
            sb.Append("<th class=\"rot\"><span>").Append(E(c.Name.In(l))).Append("</span></th>");
        }

        sb.Append("</tr></thead><tbody>");
        var anyWithheld = false;
        foreach (var id in nodes)
        {
            var node = organisation[id];
            var of = cellsOf(id);
            sb.Append("<tr><th style=\"padding-left:").Append(organisation.DepthOf(node.Id) * 0.8m).Append("em\">").Append(E(node.Name.In(l))).Append("</th>");
            foreach (var c in competences)
            {
                var (cells, withheld, withheldAmount) = of(c.Id);
                if (withheld)
                {
                    // Only the amount, which is about the organisation, is shown; every person-derived figure is withheld.
                    anyWithheld = true;
                    var label = l.Withheld();
                    sb.Append("<td class=\"h-withheld\" title=\"").Append(E(l.T($"krav {P(PositionShare.FromHundredths(withheldAmount))}; {label}", $"required {P(PositionShare.FromHundredths(withheldAmount))}; {label}")))
                        .Append("\"><small>").Append(E(label)).Append("</small></td>");
                    continue;
                }

                long Sum(Func<NetFigures, PositionShare> f) => cells.Sum(x => f(x).Hundredths);
                var (mobilise, develop, acquire, surplus, amount) = (Sum(x => x.Mobilise), Sum(x => x.Develop), Sum(x => x.Acquire), Sum(x => x.Surplus), Sum(x => x.Amount));
                var gap = mobilise + develop + acquire;
                var kind = cells.Count == 0 ? "none" : gap == 0 ? (amount > 0 ? "ok" : "none") : acquire >= develop && acquire >= mobilise ? "acquire" : develop >= mobilise ? "develop" : "mobilise";
                var title = cells.Count == 0 ? string.Empty : l.T(
                    $"krav {P(PositionShare.FromHundredths(amount))}, mobilisere {P(PositionShare.FromHundredths(mobilise))}, utvikle {P(PositionShare.FromHundredths(develop))}, anskaffe {P(PositionShare.FromHundredths(acquire))}, overskudd {P(PositionShare.FromHundredths(surplus))}",
                    $"required {P(PositionShare.FromHundredths(amount))}, mobilise {P(PositionShare.FromHundredths(mobilise))}, develop {P(PositionShare.FromHundredths(develop))}, acquire {P(PositionShare.FromHundredths(acquire))}, surplus {P(PositionShare.FromHundredths(surplus))}");
                sb.Append("<td class=\"h-").Append(kind).Append("\" title=\"").Append(E(title)).Append("\">").Append(gap > 0 ? E(P(PositionShare.FromHundredths(gap))) : string.Empty).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table><p class=\"legend\">");
        foreach (var (kind, nb, en) in new[] { ("acquire", "anskaffe", "acquire"), ("develop", "utvikle", "develop"), ("mobilise", "mobilisere", "mobilise"), ("ok", "dekket", "covered"), ("none", "ingen krav", "no requirement") })
        {
            sb.Append("<span class=\"h-").Append(kind).Append("\">").Append(E(l.T(nb, en))).Append("</span> ");
        }

        if (anyWithheld)
        {
            sb.Append("<span class=\"h-withheld\">").Append(E(l.Withheld())).Append("</span> ");
        }

        sb.Append("</p><p class=\"note\">").Append(E(l.T(
            "Tallet er gapet (nettovisning, prosent av en hel stilling, alle nivåer); fargen er det største behovet etter deling i treet.",
            "The number is the gap (net view, percent of a full position, all levels); the colour is the largest need after sharing within the sub-tree."))).Append("</p>");
        return sb.ToString();
    }

    /// <summary>The regional view drawn from the export (withheld cells say only that they are withheld), and the suggestions to share across municipalities from its published figures.</summary>
    public static string Regional(CompetencePlan plan, RegionalExport export, Organisation organisation, Language l)
    {
        var depth = organisation.DepthOf(export.Root);
        var sb = new StringBuilder("<p>");
        sb.Append(E(l.T(
            $"Tall om grupper under {export.MinGroupSize} personer er skjermet, og andre celler også der et skjermet tall ellers kunne regnes ut. Kravet (mengden) handler om virksomheten og vises alltid.",
            $"Figures about groups under {export.MinGroupSize} people are withheld, and other cells too where a withheld figure could otherwise be worked out. The requirement (amount) is about the organisation and is always shown."))).Append("</p>");
        sb.Append("<table class=\"regional\"><thead><tr>");
        foreach (var h in new[] { l.T("Enhet", "Unit"), l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T(Terms.Requirement), l.T("Personer", "People"), "Gap", l.T("Mobilisere", "Mobilise"), l.T("Utvikle", "Develop"), l.T("Anskaffe", "Acquire") })
        {
            sb.Append("<th>").Append(E(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var c in export.Cells.Where(c => organisation.DepthOf(c.Node) <= depth + 1))
        {
            sb.Append("<tr data-node=\"").Append(E(c.Node.Value)).Append("\" data-key=\"").Append(E(c.Key.Competence.Value)).Append(':').Append(E(c.Key.Level)).Append("\"><td>")
                .Append(E(plan.Organisation[c.Node].Name.In(l))).Append("</td><td>").Append(E(plan.GetCompetence(c.Key.Competence).Name.In(l)))
                .Append("</td><td class=\"n\">").Append(E(l.Proficiency(plan.Scale, c.Key.Level))).Append("</td><td class=\"n\">").Append(E(P(c.Amount))).Append("</td>");
            if (c.Figures is { } f && c.Net is { } n)
            {
                sb.Append("<td class=\"n\">").Append(f.People).Append("</td><td class=\"n\">").Append(E(P(f.Gap))).Append("</td><td class=\"n m\">").Append(E(P(n.Mobilise)))
                    .Append("</td><td class=\"n d\">").Append(E(P(n.Develop))).Append("</td><td class=\"n a\">").Append(E(P(n.Acquire))).Append("</td>");
            }
            else
            {
                sb.Append("<td colspan=\"5\" class=\"withheld\">").Append(E(l.Withheld())).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        var sharing = export.SharingSuggestions(export.Root);
        sb.Append("<h3>").Append(E(l.T("Fagpersoner på tvers av kommuner", "Experts used across municipalities"))).Append("</h3>");
        if (sharing.IsEmpty)
        {
            sb.Append("<p>").Append(E(l.T("Ingen publisert kommune har overskudd der en annen har behov.", "No published municipality has a surplus where another has a need."))).Append("</p>");
        }
        else
        {
            sb.Append("<ul class=\"sharing\">");
            foreach (var s in sharing)
            {
                sb.Append("<li>").Append(E(plan.Organisation[s.From].Name.In(l))).Append(" → ").Append(E(plan.Organisation[s.To].Name.In(l)))
                    .Append(": ").Append(E(plan.GetCompetence(s.Key.Competence).Name.In(l))).Append(' ').Append(E(l.T("nivå", "level"))).Append(' ')
                    .Append(E(l.Proficiency(plan.Scale, s.Key.Level))).Append(", ").Append(E(P(s.Amount))).Append(" %</li>");
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
