using System.Text;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Cli.Report;

/// <summary>The annual wheel drawn as the ReKs plan draws it (periods as arcs, activities on rings, today marked), and the next occurrences.</summary>
internal sealed class WheelSection : IReportSection
{
    public string Id => "wheel";

    public string TitleNb => "Årshjulet";

    public string TitleEn => "The annual wheel";

    public string Render(ReportContext context)
    {
        var wheel = context.Wheel;
        var year = context.AsOf.Year;
        var interval = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var periods = wheel.Periods.OrderBy(p => (p.Start.Month, p.Start.Day)).ToList();
        var arcs = periods.Select((p, i) =>
        {
            var next = periods[(i + 1) % periods.Count].Start.InYear(year).PlusDays(-1);
            return new WheelSvg.Arc(context.Text(p.Name), p.Colour, p.Start, new AnnualDate(next.Month, next.Day));
        }).ToList();
        var rings = wheel.Rings.ToList();
        var occurrences = wheel.Occurrences(interval);
        var marks = occurrences.Select(o => new WheelSvg.Mark(o.Date, rings.IndexOf(o.Ring), context.Text(o.Activity.Name))).ToList();
        var sb = new StringBuilder("<div class=\"wheel-layout\">");
        sb.Append(WheelSvg.Draw(year, arcs, rings, marks, context.AsOf, context.T($"Årshjul {year}", $"Annual wheel {year}")));
        // Renewal reminders name people; a report shown at the regional meeting lists only the organisation's deadlines.
        var deadlines = wheel.Reminders(context.Plan, new DateInterval(context.AsOf, context.AsOf.PlusMonths(6)))
            .Where(o => !o.Activity.Id.StartsWith("renew-", StringComparison.Ordinal));
        var upcoming = occurrences.Concat(deadlines)
            .Where(o => o.Date >= context.AsOf).OrderBy(o => o.Date).ThenBy(o => o.Activity.Id, StringComparer.Ordinal).Take(12).ToList();
        sb.Append("<div><h3>").Append(Html.Encode(context.T("Det som kommer", "Coming up"))).Append("</h3><table><thead><tr><th>")
            .Append(Html.Encode(context.T("Dato", "Date"))).Append("</th><th>").Append(Html.Encode(context.T("Aktivitet", "Activity"))).Append("</th><th>")
            .Append(Html.Encode(context.T("Ring", "Ring"))).Append("</th></tr></thead><tbody>");
        foreach (var o in upcoming)
        {
            sb.Append("<tr><td class=\"num\">").Append(o.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(Html.Encode(context.Text(o.Activity.Name))).Append("</td><td>").Append(Html.Encode(o.Ring)).Append("</td></tr>");
        }

        var lead = wheel == AnnualWheel.ReksTemplate
            ? context.T("ReKs-malen (vedlegg 6.1): fire perioder", "The ReKs template (appendix 6.1): four periods")
            : context.T($"{context.Text(wheel.Name)}: {wheel.Periods.Length} perioder", $"{context.Text(wheel.Name)}: {wheel.Periods.Length} periods");
        sb.Append("</tbody></table><p class=\"note\">").Append(Html.Encode(lead + context.T(
            ", aktiviteter flyttet til arbeidsdager; fristene i planen er tatt med (fornyelse av sertifikater, som nevner personer, står i reks wheel).",
            ", activities moved to working days; the plan's needed-by deadlines are included (certificate renewals, which name people, are in reks wheel).")))
            .Append("</p></div></div>");
        return sb.ToString();
    }
}
