using System.Text;
using NodaTime;
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
        var wheel = context.Wheel;
        var l = context.Language;
        var year = context.AsOf.Year;
        var interval = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var rings = wheel.Rings.ToList();
        var occurrences = wheel.Occurrences(interval);
        var (arcs, activities, marks) = Drawing(wheel, year, occurrences, l);
        var sb = new StringBuilder("<div class=\"wheel-layout\"><div>");
        sb.Append(WheelSvg.Draw(year, arcs, [.. rings.Select(r => l.RingName(wheel, r))], marks, context.AsOf, context.T($"Årshjul {year}", $"Annual wheel {year}"), l));
        sb.Append("<ul class=\"wheel-key\" aria-label=\"").Append(Html.Encode(context.T("Aktivitetstyper", "Kinds of activity"))).Append("\">");
        foreach (var category in activities.Select(g => g[0].Activity.Category).Distinct().Order())
        {
            sb.Append("<li><svg class=\"swatch\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\" aria-hidden=\"true\"><circle cx=\"5\" cy=\"5\" r=\"5\" fill=\"")
                .Append(WheelSvg.Colour(category)).Append("\"/></svg> ").Append(Html.Encode(l.Category(category))).Append("</li>");
        }

        sb.Append("</ul></div>");

        // Renewal reminders name people; a report shown at the regional meeting lists only the organisation's deadlines.
        var deadlines = wheel.Reminders(context.Plan, new DateInterval(context.AsOf, context.AsOf.PlusMonths(6)))
            .Where(o => o.Kind != OccurrenceKind.Renewal);
        var upcoming = occurrences.Concat(deadlines)
            .Where(o => o.Date >= context.AsOf).OrderBy(o => o.Date).ThenBy(o => o.Activity.Id, StringComparer.Ordinal).Take(12).ToList();
        sb.Append("<div><h3>").Append(Html.Encode(l.T(Terms.ComingUp))).Append("</h3>");
        if (upcoming.Count == 0)
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
        if (activities.Count == 0)
        {
            sb.Append("<p class=\"note\">").Append(Html.Encode(context.T($"Hjulet har ingen aktiviteter i {year}.", $"The wheel has no activities in {year}."))).Append("</p>");
        }
        else
        {
            sb.Append("<table class=\"wheel-list\"><thead><tr><th class=\"num\">")
                .Append(Html.Encode(l.T(Terms.Number))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Activity))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Kind)))
                .Append("</th><th>").Append(Html.Encode(l.T(Terms.Ring))).Append("</th><th>").Append(Html.Encode(l.T(Terms.Dates))).Append("</th></tr></thead><tbody>");
            foreach (var g in activities)
            {
                var a = g[0].Activity;
                var dates = g.Count <= 4
                    ? string.Join(", ", g.Select(o => DayMonth(o.Date, l)))
                    : context.T($"{g.Count} ganger, {DayMonth(g[0].Date, l)} til {DayMonth(g[^1].Date, l)}", $"{g.Count} times, {DayMonth(g[0].Date, l)} to {DayMonth(g[^1].Date, l)}");
                sb.Append("<tr data-activity=\"").Append(Html.Encode(a.Id)).Append("\"><td class=\"num\">").Append((activities.IndexOf(g) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>")
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

    /// <summary>What the wheel's drawing shows of a year: the period arcs in the reader's language, and each activity
    /// numbered in the order of its first date (its dots carry that number; the list beside the wheel says what each is).</summary>
    internal static (List<WheelSvg.Arc> Arcs, List<List<WheelOccurrence>> Activities, List<WheelSvg.Mark> Marks) Drawing(AnnualWheel wheel, int year, IEnumerable<WheelOccurrence> occurrences, Language l)
    {
        var periods = wheel.Periods.OrderBy(p => (p.Start.Month, p.Start.Day)).ToList();
        var arcs = periods.Select((p, i) =>
        {
            var next = periods[(i + 1) % periods.Count].Start.InYear(year).PlusDays(-1);
            return new WheelSvg.Arc(p.Name.In(l), p.Colour, p.Start, new AnnualDate(next.Month, next.Day));
        }).ToList();
        var rings = wheel.Rings.ToList();
        var inYear = occurrences.Where(o => o.Date.Year == year).ToList();
        var activities = inYear.GroupBy(o => o.Activity.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(o => o.Date).ToList())
            .OrderBy(g => g[0].Date).ThenBy(g => g[0].Activity.Id, StringComparer.Ordinal).ToList();
        var numbers = activities.Select((g, i) => (g[0].Activity.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);
        var marks = inYear.Select(o => new WheelSvg.Mark(o.Date, rings.IndexOf(o.Ring), o.Activity.Name.In(l), o.Activity.Category, numbers[o.Activity.Id])).ToList();
        return (arcs, activities, marks);
    }

}
