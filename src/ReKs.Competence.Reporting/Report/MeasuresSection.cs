using System.Globalization;
using System.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;

namespace ReKs.Competence.Reporting;

/// <summary>Are the planned measures enough? Per need in scope: what the measures cover by the as-of date and the need
/// left (<see cref="Views.ReportView.Measures"/>); each measure with whom it reaches and the seats that reach nobody developable; the
/// needs no measure addresses; and the gap over the next years with and without the measures.</summary>
internal sealed class MeasuresSection : IReportSection
{
    public string Id => "measures";

    public string TitleNb => "Tiltak og dekning";

    public string TitleEn => "Measures and coverage";

    public string Render(ReportContext context)
    {
        var l = context.Language;
        var glossary = context.Glossary;
        var view = context.Measures;
        if (view.Measures.IsEmpty)
        {
            return Note(l.T("Planen har ingen tiltak ennå.", "The plan has no measures yet."));
        }

        var sb = new StringBuilder();
        var lines = view.Lines.Where(x => x.Figures.Need.Hundredths > 0 || !x.Measures.IsEmpty).ToList();
        sb.Append("<table><thead><tr>");
        foreach (var h in new[] { l.T(Terms.Unit), l.T("Kompetanse", "Competence"), l.T("Nivå", "Level"), l.T("Behov", "Needs"), l.T("Dekket", "Covered"), l.T("Igjen", "Left"), l.T("Tiltak", "Measure") })
        {
            sb.Append("<th>").Append(Html.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var x in lines)
        {
            var measures = string.Join(", ", x.Measures.Select(m => $"{context.Text(m.Measure.Name)} {l.PersonYears(m.Covers)}{(m.Late ? l.T(" (for sent)", " (late)") : string.Empty)}"));
            sb.Append("<tr><td>").Append(Html.Encode(glossary.NodeName(x.Node, l))).Append("</td><td>")
                .Append(Html.Encode(glossary.CompetenceName(x.Key.Competence, l))).Append("</td><td>")
                .Append(Html.Encode(l.Proficiency(glossary.Scale, x.Key.Level))).Append("</td><td class=\"n\">")
                .Append(Html.Encode(l.PersonYears(x.Figures.Need))).Append("</td><td class=\"n\">")
                .Append(Html.Encode(l.PersonYears(x.Figures.Covered))).Append("</td><td class=\"n a\">")
                .Append(Html.Encode(l.PersonYears(x.Figures.Left))).Append("</td><td>")
                .Append(Html.Encode(measures.Length == 0 ? "–" : measures)).Append("</td></tr>");
        }

        sb.Append("</tbody></table>");
        sb.Append(Note(l.T(
            $"Årsverk per {context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: det et tiltak gir når det er fullført, regnet med samme analyse som gapet (mobilisere, utvikle, anskaffe, avvikle).",
            $"Person-years on {context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: what a measure yields once completed, computed by the same analysis as the gap (mobilise, develop, acquire, phase out).")));

        sb.Append("<h3>").Append(Html.Encode(l.T("Tiltakene", "The measures"))).Append("</h3><table><thead><tr>");
        foreach (var h in new[] { l.T("Tiltak", "Measure"), l.T("Status", "Status"), l.T("Fullført", "Completes"), l.T("Plasser", "Seats"), l.T("Deltakere", "Reaches"), l.T("Plasser uten behov", "Seats without a need") })
        {
            sb.Append("<th>").Append(Html.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var r in view.Measures.Select(m => m.Reach))
        {
            sb.Append("<tr><td>").Append(Html.Encode(context.Text(r.Measure.Name))).Append("</td><td>")
                .Append(Html.Encode(Status(l, r.Measure.Status))).Append("</td><td>")
                .Append(Html.Encode(r.CompletesOn is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–")).Append("</td><td class=\"n\">")
                .Append(r.Seats is { } seats ? seats.ToString(CultureInfo.InvariantCulture) : "–").Append("</td><td class=\"n\">")
                .Append(r.People.Length.ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"n\">")
                .Append(r.OverCommitted.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        sb.Append("</tbody></table>");
        var unaddressed = view.Unaddressed.Length;
        var noNeed = view.AddressingNoNeed.Select(m => context.Text(m.Name)).ToList();
        sb.Append(Note(l.T(
            $"Behov uten tiltak: {unaddressed}. Tiltak uten behov: {(noNeed.Count == 0 ? "ingen" : string.Join(", ", noNeed))}.",
            $"Needs no measure addresses: {unaddressed}. Measures that address no need: {(noNeed.Count == 0 ? "none" : string.Join(", ", noNeed))}.")));

        // The gap over the coming years, with and without the measures (the plan after the measures at each date).
        sb.Append("<h3>").Append(Html.Encode(l.T("Gapet framover, med og uten tiltakene", "The gap ahead, with and without the measures"))).Append("</h3><table><thead><tr>");
        foreach (var h in new[] { l.T("Dato", "Date"), l.T("Utvikle uten", "Develop without"), l.T("Utvikle med", "Develop with"), l.T("Anskaffe uten", "Acquire without"), l.T("Anskaffe med", "Acquire with") })
        {
            sb.Append("<th>").Append(Html.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in context.View.Outlook)
        {
            sb.Append("<tr><td>").Append(row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</td><td class=\"n\">")
                .Append(Html.Encode(l.PersonYears(row.DevelopWithout))).Append("</td><td class=\"n\">")
                .Append(Html.Encode(l.PersonYears(row.DevelopWith))).Append("</td><td class=\"n\">")
                .Append(Html.Encode(l.PersonYears(row.AcquireWithout))).Append("</td><td class=\"n\">")
                .Append(Html.Encode(l.PersonYears(row.AcquireWith))).Append("</td></tr>");
        }

        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    private static string Status(Language l, MeasureStatus status) => status switch
    {
        MeasureStatus.Planned => l.T("planlagt", "planned"),
        MeasureStatus.Running => l.T("pågår", "running"),
        MeasureStatus.Done => l.T("fullført", "done"),
        MeasureStatus.Cancelled => l.T("avlyst", "cancelled"),
        _ => throw new System.Diagnostics.UnreachableException($"Measure status {status}."),
    };

    private static string Note(string text) => $"<p class=\"note\">{Html.Encode(text)}</p>";
}
