using System.Globalization;
using System.Text;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Cli.Report;

/// <summary>The gap analysis as HTML fragments for the report: the per-goal Lai tables, the heat-map, the regional view.</summary>
internal static class GapHtml
{
    private static string E(object? text) => Html.Encode(Convert.ToString(text, CultureInfo.InvariantCulture));

    private static string P(PositionShare share) => share == PositionShare.Zero ? "0" : share.ToString();

    /// <summary>Per goal, the table the seed plans write: requirements (krav), capital used and unused (kapital), needs (behov), and phase-out candidates.</summary>
    public static string GoalTables(CompetencePlan plan, GapAnalysis analysis, NodeId scope, Lang l)
    {
        var inScope = analysis.Organisation.SubtreeOf(scope).Select(n => n.Id).ToHashSet();
        var sb = new StringBuilder();
        var goals = plan.Goals.Select(g => (Id: (GoalId?)g.Id, Title: g.Name.In(l.Language()))).ToList();
        if (analysis.Lines.Any(x => inScope.Contains(x.Node) && x.Goals.IsEmpty && x.Figures.Amount > PositionShare.Zero))
        {
            goals.Add((null, l.T("Krav uten mål", "Requirements without a goal")));
        }

        foreach (var (id, title) in goals)
        {
            var lines = analysis.Lines.Where(x => inScope.Contains(x.Node) && x.Figures.Amount > PositionShare.Zero && (id is { } g ? x.Goals.Contains(g) : x.Goals.IsEmpty)).ToList();
            sb.Append("<article class=\"goal\"><h3>").Append(E(title)).Append("</h3>");
            if (lines.Count == 0)
            {
                sb.Append("<p>").Append(E(l.T("Ingen krav er knyttet til målet ennå.", "No requirement serves this goal yet."))).Append("</p></article>");
                continue;
            }

            sb.Append("<table class=\"goal-lai\"><thead><tr><th colspan=\"4\">").Append(E(l.T("Krav", "Requirements"))).Append("</th><th colspan=\"2\">")
                .Append(E(l.T("Kapital", "Capital"))).Append("</th><th colspan=\"3\">").Append(E(l.T("Behov", "Needs"))).Append("</th><th>")
                .Append(E(l.T("Avvikle / dele", "Phase out / share"))).Append("</th></tr><tr>");
            foreach (var h in new[] { l.T("Enhet", "Unit"), l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T("Mengde", "Amount"), l.T("Brukt", "Used"), l.T("Ubrukt", "Unused"), l.T("Mobilisere", "Mobilise"), l.T("Utvikle", "Develop"), l.T("Anskaffe", "Acquire"), l.T("Overskudd", "Surplus") })
            {
                sb.Append("<th>").Append(E(h)).Append("</th>");
            }

            sb.Append("</tr></thead><tbody>");
            foreach (var line in lines)
            {
                var f = line.Figures;
                sb.Append("<tr").Append(line.Fragile ? " class=\"fragile\"" : string.Empty).Append("><td>").Append(E(plan.Organisation[line.Node].Name.In(l.Language()))).Append("</td><td>")
                    .Append(E(plan.GetCompetence(line.Competence).Name.In(l.Language()))).Append("</td><td class=\"n\">").Append(E(line.MinLevel)).Append("</td><td class=\"n\">")
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
    public static string HeatMap(CompetencePlan plan, GapAnalysis analysis, NodeId scope, Lang l)
    {
        var competences = plan.Competences.Where(c => !analysis.LevelSets.LevelsOf(c.Id).IsEmpty).ToList();
        var sb = new StringBuilder("<table class=\"heat\"><thead><tr><th>");
        sb.Append(E(l.T("Enhet", "Unit"))).Append("</th>");
        foreach (var c in competences)
        {
            sb.Append("<th class=\"rot\"><span>").Append(E(c.Name.In(l.Language()))).Append("</span></th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var node in analysis.Organisation.SubtreeOf(scope))
        {
            var net = analysis.NetOf(node.Id);
            sb.Append("<tr><th style=\"padding-left:").Append(analysis.Organisation.DepthOf(node.Id) * 0.8m).Append("em\">").Append(E(node.Name.In(l.Language()))).Append("</th>");
            foreach (var c in competences)
            {
                var cells = net.Where(kv => kv.Key.Competence == c.Id).Select(kv => kv.Value).ToList();
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

        sb.Append("</p><p class=\"note\">").Append(E(l.T(
            "Tallet er gapet (nettovisning, prosent av en hel stilling, alle nivåer); fargen er det største behovet etter deling i treet.",
            "The number is the gap (net view, percent of a full position, all levels); the colour is the largest need after sharing within the sub-tree."))).Append("</p>");
        return sb.ToString();
    }

    /// <summary>The regional view with small groups withheld, and the suggestions to share across municipalities.</summary>
    public static string Regional(CompetencePlan plan, GapAnalysis analysis, NodeId scope, Lang l)
    {
        var export = RegionalExport.Create(analysis, scope);
        var depth = analysis.Organisation.DepthOf(scope);
        var sb = new StringBuilder("<p>");
        sb.Append(E(l.T($"Grupper under {export.MinGroupSize} personer er skjult, og naboceller skjules der et skjult tall ellers kunne regnes ut.", $"Groups under {export.MinGroupSize} people are withheld, and neighbouring cells too where a withheld figure could otherwise be worked out."))).Append("</p>");
        sb.Append("<table class=\"regional\"><thead><tr>");
        foreach (var h in new[] { l.T("Enhet", "Unit"), l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T("Krav", "Required"), l.T("Personer", "People"), "Gap", l.T("Mobilisere", "Mobilise"), l.T("Utvikle", "Develop"), l.T("Anskaffe", "Acquire") })
        {
            sb.Append("<th>").Append(E(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var c in export.Cells.Where(c => analysis.Organisation.DepthOf(c.Node) <= depth + 1))
        {
            sb.Append("<tr><td>").Append(E(plan.Organisation[c.Node].Name.In(l.Language()))).Append("</td><td>").Append(E(plan.GetCompetence(c.Key.Competence).Name.In(l.Language())))
                .Append("</td><td class=\"n\">").Append(E(c.Key.Level)).Append("</td><td class=\"n\">").Append(E(P(c.Amount))).Append("</td>");
            if (c.Figures is { } f && c.Net is { } n)
            {
                sb.Append("<td class=\"n\">").Append(f.People).Append("</td><td class=\"n\">").Append(E(P(f.Gap))).Append("</td><td class=\"n m\">").Append(E(P(n.Mobilise)))
                    .Append("</td><td class=\"n d\">").Append(E(P(n.Develop))).Append("</td><td class=\"n a\">").Append(E(P(n.Acquire))).Append("</td>");
            }
            else
            {
                var why = l.Suppression(c.Reason);
                sb.Append("<td colspan=\"5\" class=\"suppressed\">").Append(E(why)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        var sharing = analysis.SharingSuggestions(scope);
        sb.Append("<h3>").Append(E(l.T("Fagpersoner på tvers av kommuner", "Experts used across municipalities"))).Append("</h3>");
        if (sharing.IsEmpty)
        {
            sb.Append("<p>").Append(E(l.T("Ingen kommune har overskudd der en annen har behov.", "No municipality has a surplus where another has a need."))).Append("</p>");
        }
        else
        {
            sb.Append("<ul class=\"sharing\">");
            foreach (var s in sharing)
            {
                sb.Append("<li>").Append(E(plan.Organisation[s.From].Name.In(l.Language()))).Append(" → ").Append(E(plan.Organisation[s.To].Name.In(l.Language())))
                    .Append(": ").Append(E(plan.GetCompetence(s.Key.Competence).Name.In(l.Language()))).Append(' ').Append(E(l.T("nivå", "level"))).Append(' ')
                    .Append(E(s.Key.Level)).Append(", ").Append(E(P(s.Amount))).Append(" %</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("<p class=\"note\">").Append(E(l.T(
            "Kjent begrensning: differanser mellom nivåer av samme kompetanse beskyttes ikke av regelen.",
            "Known limit: differences across levels of one competence are not protected by the rule."))).Append("</p>");
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
        td.suppressed { color: #777; font-style: italic; text-align: center; }
        """;
}
