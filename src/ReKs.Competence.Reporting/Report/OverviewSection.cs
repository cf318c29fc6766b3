using System.Text;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;

namespace ReKs.Competence.Reporting;

/// <summary>The overview: people, person-years and competences by node; formal against informal competence; and
/// Lai's four components side by side, attitudes drawn as large as knowledge (the seed plans say attitudes are
/// under-focused, so the report must not hide them).</summary>
internal sealed class OverviewSection : IReportSection
{
    private static readonly (LaiComponents Flag, string Css)[] Components =
    [
        (LaiComponents.Knowledge, "knowledge"),
        (LaiComponents.Skills, "skills"),
        (LaiComponents.Abilities, "abilities"),
        (LaiComponents.Attitudes, "attitudes"),
    ];

    public string Id => "overview";

    public string TitleNb => "Oversikt";

    public string TitleEn => "Overview";

    public string Render(ReportContext context)
    {
        var sb = new StringBuilder();
        var inventory = context.Inventory;
        // The inventory view is built for the report's scope, so it summarises the scope's node; without it the views disagree (a bug).
        var summary = inventory.Nodes.FirstOrDefault(n => n.Node == context.Scope)
            ?? throw new InvalidOperationException($"The report's inventory view has no summary of its scope node '{context.Scope}': the views were built for different scopes.");
        var rows = inventory.Rows.Where(r => r.Node == context.Scope).ToDictionary(r => r.Competence);
        Figures(sb, context, summary, rows.Count);
        LaiPanel(sb, context, summary);
        ByNode(sb, context);
        FormalInformal(sb, context, rows);
        return sb.ToString();
    }

    private static void Figures(StringBuilder sb, ReportContext c, NodeStaffSummary summary, int held)
    {
        var v = c.View;
        sb.Append("<div class=\"figures\">\n");
        Figure(sb, Html.Number(summary.Heads, c.Language), c.T("personer i stilling", "people in post"));
        Figure(sb, c.Language.PersonYears(summary.Share), c.T("årsverk", "person-years"));
        Figure(sb, $"{Html.Number(held, c.Language)} / {Html.Number(c.Glossary.Competences.Length, c.Language)}", c.T("kompetanser i bruk / i planen", "competences held / in the plan"));
        Figure(sb, Html.Number(v.Nodes.Length, c.Language), c.T("enheter", "units"));
        Figure(sb, Html.Number(v.Requirements, c.Language), c.T("krav", "requirements"));
        Figure(sb, Html.Number(c.Glossary.Goals.Length, c.Language), c.T("mål", "goals"));
        sb.Append("</div>\n");
    }

    private static void Figure(StringBuilder sb, string value, string label) =>
        sb.Append("<div class=\"figure\"><span class=\"value\">").Append(Html.Encode(value)).Append("</span><span class=\"label\">").Append(Html.Encode(label)).Append("</span></div>\n");

    private static void LaiPanel(StringBuilder sb, ReportContext c, NodeStaffSummary summary)
    {
        sb.Append("<h3>").Append(Html.Encode(c.T("Lais fire komponenter side om side", "Lai's four components side by side"))).Append("</h3>\n");
        sb.Append("<p class=\"note\">").Append(Html.Encode(c.T(
            "Antall personer som har minst én kompetanse med komponenten. Holdninger vises like stort som kunnskaper: planene peker på at de får for lite oppmerksomhet.",
            "People who hold at least one competence with the component. Attitudes are shown as large as knowledge: the plans point out that they get too little attention."))).Append("</p>\n");
        sb.Append("<div class=\"lai\">\n");
        for (var k = 0; k < Components.Length; k++)
        {
            var (flag, css) = Components[k];
            var name = c.Language.Component(flag);
            var count = summary.Components[k];
            var percent = summary.Heads == 0 ? 0m : 100m * count.Heads / summary.Heads;
            sb.Append("<div class=\"component c-").Append(css).Append("\" data-component=\"").Append(css).Append("\">\n");
            sb.Append("<h4>").Append(Html.Encode(name)).Append("</h4>\n");
            sb.Append("<div class=\"value\">").Append(Html.Encode(Html.Number(count.Heads, c.Language))).Append("</div>\n");
            sb.Append("<div>").Append(Html.Bar((double)count.Heads, summary.Heads, css, $"{name}: {count.Heads} / {summary.Heads}", 200, 14)).Append("</div>\n");
            sb.Append("<div class=\"note\">").Append(Html.Encode(c.T(
                $"{Html.Number(percent, c.Language)} % av de ansatte · {c.Language.PersonYears(count.Share)} årsverk",
                $"{Html.Number(percent, c.Language)} % of staff · {c.Language.PersonYears(count.Share)} person-years"))).Append("</div>\n<ul>\n");
            foreach (var competence in c.Glossary.Competences.Where(x => x.Components.HasFlag(flag)))
            {
                sb.Append("<li>").Append(Html.Encode(c.Text(competence.Name))).Append("</li>\n");
            }

            sb.Append("</ul>\n</div>\n");
        }

        sb.Append("</div>\n");
    }

    private static void ByNode(StringBuilder sb, ReportContext c)
    {
        sb.Append("<h3>").Append(Html.Encode(c.T("Personer, årsverk og kompetanser per enhet", "People, person-years and competences by node"))).Append("</h3>\n");
        sb.Append("<table class=\"by-node\">\n<thead><tr><th>").Append(Html.Encode(c.Language.T(Terms.Unit))).Append("</th>");
        sb.Append("<th class=\"num\">").Append(Html.Encode(c.T("Personer", "People"))).Append("</th>");
        sb.Append("<th class=\"num\">").Append(Html.Encode(c.T("Årsverk", "Person-years"))).Append("</th>");
        sb.Append("<th class=\"num\">").Append(Html.Encode(c.T("Kompetanser", "Competences"))).Append("</th>");
        foreach (var (flag, _) in Components)
        {
            sb.Append("<th class=\"num\">").Append(Html.Encode(c.Language.Component(flag))).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        var organisation = c.Glossary.Organisation;
        var baseDepth = organisation.DepthOf(c.Scope);
        var summaries = c.Inventory.Nodes.ToDictionary(n => n.Node);
        var held = c.Inventory.Rows.CountBy(r => r.Node).ToDictionary();
        foreach (var node in c.View.Nodes.Select(n => organisation[n]))
        {
            var s = summaries[node.Id];
            var depth = organisation.DepthOf(node.Id) - baseDepth;
            sb.Append("<tr class=\"depth-").Append(Math.Min(depth, 3)).Append("\"><td style=\"padding-left:").Append(8 + (16 * depth)).Append("px\">").Append(Html.Encode(c.Text(node.Name))).Append("</td>");
            sb.Append("<td class=\"num\">").Append(Html.Encode(Html.Number(s.Heads, c.Language))).Append("</td>");
            sb.Append("<td class=\"num\">").Append(Html.Encode(c.Language.PersonYears(s.Share))).Append("</td>");
            sb.Append("<td class=\"num\">").Append(Html.Encode(Html.Number(held.GetValueOrDefault(node.Id), c.Language))).Append("</td>");
            for (var k = 0; k < Components.Length; k++)
            {
                var heads = s.Components[k].Heads;
                sb.Append("<td class=\"num\">").Append(Html.Encode(Html.Number(heads, c.Language))).Append(' ')
                    .Append(Html.Bar(heads, s.Heads, Components[k].Css, $"{c.Language.Component(Components[k].Flag)}: {heads} / {s.Heads}", 48, 10)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void FormalInformal(StringBuilder sb, ReportContext c, Dictionary<CompetenceId, InventoryRow> rows)
    {
        sb.Append("<h3>").Append(Html.Encode(c.T("Formell og uformell kompetanse", "Formal and informal competence"))).Append("</h3>\n");
        sb.Append("<p class=\"note\">").Append(Html.Encode(c.T(
            "Formell kompetanse er dokumentert med utdanning eller sertifisering; uformell er tilegnet gjennom erfaring. Realkompetansen er begge. En person med begge telles i begge søylene. «Ikke brukt» er kompetanse som finnes, men ikke tas i bruk (et mobiliseringsbehov); «ikke vurdert» er nivå som ikke er kartlagt (taus kunnskap er ikke null).",
            "Formal competence is documented by education or certification; informal is gained through experience. Real competence is both. A person with both counts in both bars. 'Unused' is competence held but not put to use (a mobilisation need); 'not assessed' is a level not yet mapped (tacit knowledge is not zero)."))).Append("</p>\n");
        sb.Append("<div class=\"legend\"><span><span class=\"swatch\" style=\"background:var(--formal)\"></span>").Append(Html.Encode(c.T("formell", "formal")))
            .Append("</span><span><span class=\"swatch\" style=\"background:var(--informal)\"></span>").Append(Html.Encode(c.T("uformell", "informal"))).Append("</span></div>\n");
        sb.Append("<table class=\"formal-informal\">\n<thead><tr><th>").Append(Html.Encode(c.T("Kompetanse", "Competence"))).Append("</th><th>")
            .Append(Html.Encode(c.T("K F E H", "K S Ab At"))).Append("</th>");
        foreach (var h in new[] { c.T("Personer", "People"), c.T("Årsverk", "Person-years"), c.T("Formell", "Formal"), c.T("Uformell", "Informal") })
        {
            sb.Append("<th class=\"num\">").Append(Html.Encode(h)).Append("</th>");
        }

        sb.Append("<th>").Append(Html.Encode(c.T("Formell / uformell", "Formal / informal"))).Append("</th>");
        foreach (var h in new[] { c.Language.T(Terms.Used), c.Language.T(Terms.Unused), c.Language.T(Terms.NotAssessed) })
        {
            sb.Append("<th class=\"num\">").Append(Html.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        var max = Math.Max(1, rows.Values.Select(r => r.Heads).DefaultIfEmpty(0).Max());
        foreach (var competence in c.Glossary.Competences)
        {
            rows.TryGetValue(competence.Id, out var r);
            var heads = r?.Heads ?? 0;
            var formal = r?.FormalHeads ?? 0;
            var informal = r?.InformalHeads ?? 0;
            sb.Append("<tr><td>").Append(Html.Encode(c.Text(competence.Name))).Append("</td><td class=\"marks\">").Append(Html.Encode(c.Language.ComponentMarks(competence.Components))).Append("</td>");
            Cell(sb, Html.Number(heads, c.Language));
            Cell(sb, c.Language.PersonYears(r?.Share ?? PositionShare.Zero));
            Cell(sb, Html.Number(formal, c.Language));
            Cell(sb, Html.Number(informal, c.Language));
            sb.Append("<td>").Append(Pair(formal, informal, max, $"{c.T("formell", "formal")} {formal}, {c.T("uformell", "informal")} {informal}")).Append("</td>");
            Cell(sb, Html.Number(r?.UsedHeads ?? 0, c.Language));
            Cell(sb, Html.Number(heads - (r?.UsedHeads ?? 0), c.Language));
            Cell(sb, Html.Number(r?.NotAssessedHeads ?? 0, c.Language));
            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void Cell(StringBuilder sb, string text) => sb.Append("<td class=\"num\">").Append(Html.Encode(text)).Append("</td>");

    /// <summary>Two bars, formal above informal, on a common scale.</summary>
    private static string Pair(int formal, int informal, int max, string label)
    {
        const int width = 160;
        var f = width * (double)formal / max;
        var i = width * (double)informal / max;
        return $"<svg class=\"bar\" width=\"{width}\" height=\"16\" viewBox=\"0 0 {width} 16\" role=\"img\" aria-label=\"{Html.Encode(label)}\"><rect class=\"track\" x=\"0\" y=\"0\" width=\"{width}\" height=\"16\"/><rect class=\"formal\" x=\"0\" y=\"1\" width=\"{Html.Svg(f)}\" height=\"6\"/><rect class=\"informal\" x=\"0\" y=\"9\" width=\"{Html.Svg(i)}\" height=\"6\"/></svg>";
    }

}
