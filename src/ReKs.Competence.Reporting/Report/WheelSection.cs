using System.Text;
using NodaTime;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Reporting;

/// <summary>The annual wheel drawn as the ReKs plan draws it (periods as arcs, activities on rings, today marked), and the next occurrences.</summary>
internal sealed class WheelSection : IReportSection
{
    public string Id => "wheel";

    public string TitleNb => "Årshjulet";

    public string TitleEn => "The annual wheel";

    public string Render(ReportContext context)
    {
        var drawing = context.View.Drawing;
        var wheel = drawing.Definition;
        var l = context.Language;
        var year = drawing.Year;
        var activities = drawing.Activities;
        var sb = new StringBuilder("<div class=\"wheel-layout\"><div>");
        sb.Append(Svg(drawing, context.AsOf, l));
        sb.Append("<ul class=\"wheel-key\" aria-label=\"").Append(Html.Encode(context.T("Aktivitetstyper", "Kinds of activity"))).Append("\">");
        foreach (var category in activities.Select(g => g.Activity.Category).Distinct().Order())
        {
            sb.Append("<li><svg class=\"swatch\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"5\" fill=\"")
                .Append(WheelSvg.Colour(category)).Append("\"/></svg> ").Append(Html.Encode(l.Category(category))).Append("</li>");
        }

        sb.Append("</ul></div>");

        // The view never lists renewal reminders: they name people, and the report may be shown at the regional meeting.
        var upcoming = context.View.Upcoming;
        sb.Append("<div><h3>").Append(Html.Encode(l.T(Terms.ComingUp))).Append("</h3>");
        if (upcoming.IsEmpty)
        {
            sb.Append("<p class=\"note\">").Append(Html.Encode(context.T("Ingen aktiviteter de neste seks månedene.", "No activities in the next six months."))).Append("</p>");
        }
        else
        {
            sb.Append("<table><thead><tr><th>")
                .Append(Html.Encode(l.T(Terms.Date))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Activity))).Append("</th><th>")
                .Append(Html.Encode(l.T(Terms.Kind))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Ring))).Append("</th></tr></thead><tbody>");
            foreach (var o in upcoming)
            {
                sb.Append("<tr><td class=\"num\">").Append(o.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>")
                    .Append(Html.Encode(context.Text(o.Activity.Name))).Append("</td><td>").Append(Html.Encode(l.Category(o.Activity.Category))).Append("</td><td>").Append(Html.Encode(l.RingName(wheel, o.Ring))).Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        sb.Append("<h3>").Append(Html.Encode(l.T(Terms.ActivitiesOfTheYear))).Append("</h3>");
        if (activities.IsEmpty)
        {
            sb.Append("<p class=\"note\">").Append(Html.Encode(context.T($"Hjulet har ingen aktiviteter i {year}.", $"The wheel has no activities in {year}."))).Append("</p>");
        }
        else
        {
            sb.Append("<table class=\"wheel-list\"><thead><tr><th class=\"num\">")
                .Append(Html.Encode(l.T(Terms.Number))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Activity))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Kind)))
                .Append("</th><th>").Append(Html.Encode(l.T(Terms.Ring))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Dates))).Append("</th></tr></thead><tbody>");
            foreach (var activity in activities)
            {
                var a = activity.Activity;
                var g = activity.Occurrences;
                var dates = g.Length <= 4
                    ? string.Join(", ", g.Select(o => DayMonth(o.Date, l)))
                    : context.T($"{g.Length} ganger, {DayMonth(g[0].Date, l)} til {DayMonth(g[^1].Date, l)}", $"{g.Length} times, {DayMonth(g[0].Date, l)} to {DayMonth(g[^1].Date, l)}");
                sb.Append("<tr data-activity=\"").Append(Html.Encode(a.Id)).Append("\"><td class=\"num\">").Append(activity.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>")
                    .Append(Html.Encode(context.Text(a.Name))).Append("</td><td>").Append(Html.Encode(l.Category(a.Category))).Append("</td><td>").Append(Html.Encode(l.RingName(wheel, a.Ring))).Append("</td><td>")
                    .Append(Html.Encode(dates)).Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        var lead = wheel == AnnualWheel.ReksTemplate
            ? context.T("ReKs-malen (vedlegg 6.1): fire perioder", "The ReKs template (appendix 6.1): four periods")
            : context.T($"{context.Text(wheel.Name)}: {wheel.Periods.Length} perioder", $"{context.Text(wheel.Name)}: {wheel.Periods.Length} periods");
        sb.Append("<p class=\"note\">").Append(Html.Encode(lead + context.T(
            ", aktiviteter flyttet til arbeidsdager; fristene i planen er tatt med (fornyelse av sertifikater, som nevner personer, står i reks wheel).",
            ", activities moved to working days; the plan's needed-by deadlines are included (certificate renewals, which name people, are in reks wheel).")))
            .Append("</p></div></div>");
        return sb.ToString();
    }

    /// <summary>A day and month as a reader writes them: "15. sep" (nb), "15 Sep" (en).</summary>
    private static string DayMonth(LocalDate date, Language l) =>
        l.T($"{date.Day}. {l.Month(date.Month)}", $"{date.Day} {l.Month(date.Month)}");

    /// <summary>Draws a wheel's year as inline SVG: the period arcs in the reader's language, the rings, and a dot per
    /// occurrence carrying its activity's number (the list beside the wheel says what each is).</summary>
    internal static string Svg(WheelDrawing drawing, LocalDate? today, Language l)
    {
        var rings = drawing.Definition.Rings.ToList();
        var arcs = drawing.Arcs.Select(a => new WheelSvg.Arc(a.Name.In(l), a.Colour, a.Start, a.End)).ToList();
        var marks = drawing.Occurrences.Select(o => new WheelSvg.Mark(o.Date, rings.IndexOf(o.Ring), o.Activity.Name.In(l), o.Activity.Category, drawing.NumberOf(o.Activity.Id))).ToList();
        var year = drawing.Year;
        return WheelSvg.Draw(year, arcs, [.. rings.Select(r => l.RingName(drawing.Definition, r))], marks, today, l.T($"Årshjul {year}", $"Annual wheel {year}"), l);
    }
}
