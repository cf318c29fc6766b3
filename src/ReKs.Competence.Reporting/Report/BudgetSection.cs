using System.Globalization;
using System.Text;
using ReKs.Competence.Planning;

namespace ReKs.Competence.Reporting;

/// <summary>The plan's budget (<see cref="Views.ReportView.Budget"/>): cost, granted, applied for and shortfall per budget year, per
/// funding source and per goal, in exact kroner.</summary>
internal sealed class BudgetSection : IReportSection
{
    public string Id => "budget";

    public string TitleNb => "Budsjett";

    public string TitleEn => "Budget";

    public string Render(ReportContext context)
    {
        var l = context.Language;
        var budget = context.View.Budget ?? throw new InvalidOperationException("The regional report's view has no budget: only the sections drawn from the export belong in the regional report.");
        if (budget.Lines.IsEmpty)
        {
            return $"<p class=\"note\">{Html.Encode(l.T("Ingen tiltak i planen har kostnader eller finansiering ennå.", "No measure of the plan has costs or funding yet."))}</p>";
        }

        var sb = new StringBuilder();
        Table(sb, l, l.T("År", "Year"), budget.ByYear.Select(kv => (kv.Key.ToString(CultureInfo.InvariantCulture), kv.Value)).Append((l.T("Sum", "Total"), budget.Total)));
        sb.Append("<h3>").Append(Html.Encode(l.T("Per mål", "Per goal"))).Append("</h3>");
        Table(sb, l, l.T("Mål", "Goals"), budget.ByGoal.Select(kv => (context.Glossary.Goals.FirstOrDefault(g => g.Id == kv.Key) is { } goal ? context.Text(goal.Name) : kv.Key.Value, kv.Value))
            .Append((l.T("Uten mål", "No goal"), budget.WithoutGoal)));
        sb.Append("<h3>").Append(Html.Encode(l.T("Per finansieringskilde", "Per funding source"))).Append("</h3>");
        Table(sb, l, l.T("Kilde", "Source"), budget.BySource.Select(kv => (kv.Key, kv.Value)));
        sb.Append("<p class=\"note\">").Append(Html.Encode(l.T(
            "Kroner. Mangler = kostnad minus innvilget, per tiltak og år. Et tiltak som tjener flere mål, telles helt under hvert av dem.",
            "NOK. Shortfall = cost minus granted, per measure and year. A measure serving several goals counts in full under each."))).Append("</p>");
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, Language l, string first, IEnumerable<(string Label, BudgetFigures Figures)> rows)
    {
        sb.Append("<table><thead><tr>");
        foreach (var h in new[] { first, l.T("Kostnad", "Cost"), l.T("Innvilget", "Granted"), l.T("Søkt", "Applied"), l.T("Avslått", "Refused"), l.T("Mangler", "Shortfall") })
        {
            sb.Append("<th>").Append(Html.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var (label, f) in rows)
        {
            sb.Append("<tr><td>").Append(Html.Encode(label)).Append("</td>");
            foreach (var amount in new[] { f.Cost, f.Granted, f.Applied, f.Refused, f.Shortfall })
            {
                sb.Append("<td class=\"n\">").Append(Html.Encode(l.Kroner(amount))).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
    }
}
