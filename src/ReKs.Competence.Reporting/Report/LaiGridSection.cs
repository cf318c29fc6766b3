using System.Text;
using ReKs.Competence.Model;

namespace ReKs.Competence.Reporting;

/// <summary>Lai's grid (components × forms) of the scope, so that an empty row — no managerial or social competence
/// mapped — shows as plainly as a full one; and the staffing requirements (KS step 5) against the staff present.</summary>
internal sealed class LaiGridSection : IReportSection
{
    public string Id => "lai-grid";

    public string TitleNb => "Komponenter × former, og bemanning";

    public string TitleEn => "Components × forms, and staffing";

    public string Render(ReportContext context)
    {
        var l = context.Language;
        var summary = context.Inventory.Nodes.First(s => s.Node == context.Scope);
        var components = new[] { LaiComponents.Knowledge, LaiComponents.Skills, LaiComponents.Abilities, LaiComponents.Attitudes };
        var sb = new StringBuilder("<table class=\"lai-grid\"><thead><tr><th>");
        sb.Append(Html.Encode(l.T("Form", "Form"))).Append("</th>");
        foreach (var c in components)
        {
            sb.Append("<th>").Append(Html.Encode(l.Component(c))).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var form in Enum.GetValues<LaiForm>())
        {
            sb.Append("<tr><th>").Append(Html.Encode(l.Form(form))).Append("</th>");
            foreach (var c in components)
            {
                var cell = summary.Cell(form, c);
                sb.Append("<td class=\"n").Append(cell.Competences == 0 ? " empty" : string.Empty).Append("\">").Append(cell.Heads)
                    .Append(" <small>(").Append(cell.Competences).Append(")</small></td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table><p class=\"note\">").Append(Html.Encode(l.T(
            "Personer som har en kompetanse av formen med komponenten; i parentes planens kompetanser i ruten. Grå ruter er ikke kartlagt.",
            "People who hold a competence of the form with the component; in brackets the plan's competences in the cell. Grey cells are not mapped."))).Append("</p>");

        var lines = context.Inventory.StaffingLines;
        if (!lines.IsEmpty)
        {
            sb.Append("<h3>").Append(Html.Encode(l.T("Bemanningskrav (KS trinn 5)", "Staffing requirements (KS step 5)"))).Append("</h3><table class=\"goal-lai\"><thead><tr>");
            foreach (var h in new[] { l.T("Enhet", "Unit"), l.T("Stilling", "Position"), l.T("Utdanning", "Education"), l.T("Krav", "Requirement"), l.T("Har", "Present"), l.T("Mangler", "Shortfall") })
            {
                sb.Append("<th>").Append(Html.Encode(h)).Append("</th>");
            }

            sb.Append("</tr></thead><tbody>");
            foreach (var x in lines)
            {
                var r = x.Requirement;
                sb.Append("<tr><td>").Append(Html.Encode(context.Glossary.NodeName(r.Node, l))).Append("</td><td>").Append(Html.Encode(l.Position(r.PositionType)))
                    .Append("</td><td>").Append(Html.Encode(r.Education is { } e ? l.Education(e) : l.T("alle", "any"))).Append("</td><td class=\"n\">")
                    .Append(Html.Encode(x.Applies ? l.PersonYears(r.Amount) : "–")).Append("</td><td class=\"n\">").Append(Html.Encode(l.PersonYears(x.Present)))
                    .Append("</td><td class=\"n a\">").Append(Html.Encode(l.PersonYears(x.Shortfall))).Append("</td></tr>");
            }

            sb.Append("</tbody></table><p class=\"note\">").Append(Html.Encode(l.T("Årsverk; kravet telles mot alle ansatte i enhetens undertre.", "Person-years; a requirement counts every employee in the unit's sub-tree."))).Append("</p>");
        }

        return sb.ToString();
    }
}
