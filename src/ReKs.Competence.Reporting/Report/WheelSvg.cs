using System.Globalization;
using System.Text;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Reporting;

/// <summary>Draws an annual wheel (årshjul) as inline SVG, the way the ReKs plan draws it: the year as a circle starting
/// at the top with the months around it, periods as coloured arcs with their names along the arc, one ring per audience
/// with a numbered dot per activity coloured by its kind, and today marked.</summary>
internal static class WheelSvg
{
    /// <summary>A period of the wheel: an arc from its first to its last day, in a colour.</summary>
    public sealed record Arc(string Label, string Colour, AnnualDate Start, AnnualDate End);

    /// <summary>One dated activity on a ring, drawn as a dot with the activity's number in the accessible list.</summary>
    public sealed record Mark(LocalDate Date, int Ring, string Label, ActivityCategory Category = ActivityCategory.Meeting, int Number = 0);

    private const double Size = 600, Centre = Size / 2, MonthOuter = 290, Outer = 266, PeriodWidth = 34;

    /// <summary>The approximate width of one character of the period labels (10 px text), to decide whether a name fits its arc.</summary>
    private const double CharWidth = 6;

    /// <summary>Gets the colour of an activity kind: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.</summary>
    public static string Colour(ActivityCategory category) => category switch
    {
        ActivityCategory.Reporting => "#0072B2",
        ActivityCategory.Planning => "#009E73",
        ActivityCategory.Evaluation => "#CC79A7",
        ActivityCategory.Meeting => "#E69F00",
        ActivityCategory.Deadline => "#D55E00",
        _ => "#56B4E9",
    };

    /// <summary>Draws the wheel.</summary>
    /// <param name="year">The year drawn.</param>
    /// <param name="periods">The periods, as arcs.</param>
    /// <param name="rings">The rings' names, outermost first.</param>
    /// <param name="marks">The activities' occurrences.</param>
    /// <param name="today">The day marked, if it falls in <paramref name="year"/>.</param>
    /// <param name="title">The accessible title.</param>
    /// <param name="lang">The language of the month names.</param>
    /// <returns>The SVG element.</returns>
    public static string Draw(int year, IReadOnlyList<Arc> periods, IReadOnlyList<string> rings, IReadOnlyList<Mark> marks, LocalDate? today, string title, Language lang = Language.Norwegian)
    {
        var days = CalendarSystem.Iso.GetDaysInYear(year);
        double Angle(LocalDate d) => 2 * Math.PI * (d.DayOfYear - 1) / days - Math.PI / 2;
        (double X, double Y) At(double angle, double radius) => (Centre + (radius * Math.Cos(angle)), Centre + (radius * Math.Sin(angle)));

        var sb = new StringBuilder();
        sb.Append("<svg class=\"wheel\" viewBox=\"0 0 ").Append(Html.Svg(Size)).Append(' ').Append(Html.Svg(Size))
            .Append("\" role=\"img\" aria-label=\"").Append(Html.Encode(title)).Append("\"><title>").Append(Html.Encode(title)).Append("</title>");

        // The months: a band of alternating shades around the outside, each with its name in the middle of its arc.
        for (var m = 1; m <= 12; m++)
        {
            var first = new LocalDate(year, m, 1);
            var last = first.PlusMonths(1).PlusDays(-1);
            var a0 = Angle(first);
            var a1 = Angle(last) + (2 * Math.PI / days);
            sb.Append("<path class=\"wheel-month-band\" fill=\"").Append(m % 2 == 0 ? "#eef1f5" : "#e1e6ed").Append("\" d=\"").Append(Band(a0, a1, MonthOuter, Outer + 2)).Append("\"/>");
            var (mx, my) = At((a0 + a1) / 2, (MonthOuter + Outer + 2) / 2);
            sb.Append("<text x=\"").Append(Html.Svg(mx)).Append("\" y=\"").Append(Html.Svg(my)).Append("\" class=\"wheel-month\" text-anchor=\"middle\" dominant-baseline=\"central\">")
                .Append(Html.Encode(lang.Month(m))).Append("</text>");
        }

        // Periods: arcs on the band inside the months (a period may wrap New Year, as okt–des → the next does not).
        foreach (var p in periods)
        {
            var start = p.Start.InYear(year);
            var end = p.End.InYear(year);
            var spans = end >= start ? new[] { (start, end) } : [(start, new LocalDate(year, 12, 31)), (new LocalDate(year, 1, 1), end)];
            foreach (var (s, e) in spans)
            {
                sb.Append("<path fill=\"").Append(Html.Encode(p.Colour)).Append("\" stroke=\"#fff\" stroke-width=\"2\" d=\"").Append(Band(Angle(s), Angle(e) + (2 * Math.PI / days), Outer, Outer - PeriodWidth))
                    .Append("\"><title>").Append(Html.Encode(p.Label)).Append("</title></path>");
            }

            // The name along the middle of the arc, turned so it reads upright; shortened with an ellipsis when the arc
            // is too short for it (the full name is in the arc's title and in the list beside the wheel).
            var length = Period.Between(start, end >= start ? end : end.PlusYears(1), PeriodUnits.Days).Days + 1;
            var mid = start.PlusDays((length - 1) / 2);
            var angle = Angle(mid.Year == year ? mid : mid.PlusYears(-1));
            var radius = Outer - (PeriodWidth / 2);
            var room = (int)Math.Floor(2 * Math.PI * radius * length / days / CharWidth) - 1;
            var label = p.Label.Length <= room ? p.Label : room >= 2 ? p.Label[..(room - 1)].TrimEnd() + "…" : string.Empty;
            var (lx, ly) = At(angle, radius);
            var degrees = (angle * 180 / Math.PI) + 90;
            if (Math.Sin(angle) > 0.0001)
            {
                degrees += 180; // the lower half: turn the text so it is not upside down
            }

            sb.Append("<text x=\"").Append(Html.Svg(lx)).Append("\" y=\"").Append(Html.Svg(ly)).Append("\" class=\"wheel-period\" text-anchor=\"middle\" dominant-baseline=\"central\" transform=\"rotate(")
                .Append(Html.Svg(degrees)).Append(' ').Append(Html.Svg(lx)).Append(' ').Append(Html.Svg(ly)).Append(")\">").Append(Html.Encode(label)).Append("</text>");
        }

        // Rings, innermost last; month dividers across them.
        var ringWidth = (Outer - PeriodWidth - 60) / Math.Max(1, rings.Count);
        double RingRadius(int ring) => Outer - PeriodWidth - (ringWidth * (ring + 0.5));
        for (var r = 0; r < rings.Count; r++)
        {
            sb.Append("<circle cx=\"").Append(Html.Svg(Centre)).Append("\" cy=\"").Append(Html.Svg(Centre)).Append("\" r=\"").Append(Html.Svg(RingRadius(r)))
                .Append("\" fill=\"none\" stroke=\"#d5dbe3\" stroke-width=\"").Append(Html.Svg(ringWidth - 4)).Append("\" stroke-opacity=\".45\"><title>")
                .Append(Html.Encode(rings[r])).Append("</title></circle>");
            var (tx, ty) = At(-Math.PI / 2, RingRadius(r));
            sb.Append("<text x=\"").Append(Html.Svg(tx + 4)).Append("\" y=\"").Append(Html.Svg(ty)).Append("\" class=\"wheel-ring\" dominant-baseline=\"central\">").Append(Html.Encode(rings[r])).Append("</text>");
        }

        for (var m = 1; m <= 12; m++)
        {
            var a = Angle(new LocalDate(year, m, 1));
            var (x0, y0) = At(a, MonthOuter);
            var (x1, y1) = At(a, 60);
            sb.Append("<line x1=\"").Append(Html.Svg(x0)).Append("\" y1=\"").Append(Html.Svg(y0)).Append("\" x2=\"").Append(Html.Svg(x1)).Append("\" y2=\"").Append(Html.Svg(y1)).Append("\" stroke=\"#fff\" stroke-width=\"1\"/>");
        }

        foreach (var mark in marks.Where(k => k.Date.Year == year && k.Ring >= 0 && k.Ring < rings.Count))
        {
            var (x, y) = At(Angle(mark.Date), RingRadius(mark.Ring));
            sb.Append("<g class=\"wheel-mark\" data-category=\"").Append(mark.Category.ToString().ToLowerInvariant()).Append("\"><title>")
                .Append(Html.Encode($"{mark.Date:uuuu-MM-dd} {mark.Label}")).Append("</title><circle cx=\"").Append(Html.Svg(x)).Append("\" cy=\"").Append(Html.Svg(y))
                .Append("\" r=\"7\" fill=\"").Append(Colour(mark.Category)).Append("\"/>");
            if (mark.Number > 0)
            {
                sb.Append("<text x=\"").Append(Html.Svg(x)).Append("\" y=\"").Append(Html.Svg(y)).Append("\" text-anchor=\"middle\" dominant-baseline=\"central\">")
                    .Append(mark.Number.ToString(CultureInfo.InvariantCulture)).Append("</text>");
            }

            sb.Append("</g>");
        }

        if (today is { } t && t.Year == year)
        {
            var (x0, y0) = At(Angle(t), 50);
            var (x1, y1) = At(Angle(t), MonthOuter + 4);
            sb.Append("<line class=\"wheel-today\" x1=\"").Append(Html.Svg(x0)).Append("\" y1=\"").Append(Html.Svg(y0)).Append("\" x2=\"").Append(Html.Svg(x1)).Append("\" y2=\"").Append(Html.Svg(y1))
                .Append("\"><title>").Append(Html.Encode(t.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))).Append("</title></line>");
        }

        sb.Append("<text x=\"").Append(Html.Svg(Centre)).Append("\" y=\"").Append(Html.Svg(Centre)).Append("\" class=\"wheel-year\" text-anchor=\"middle\" dominant-baseline=\"central\">")
            .Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text></svg>");
        return sb.ToString();

        // A band between two radii from one angle to another, as a path's data.
        string Band(double a0, double a1, double outer, double inner)
        {
            var large = a1 - a0 > Math.PI ? 1 : 0;
            var (x0, y0) = At(a0, outer);
            var (x1, y1) = At(a1, outer);
            var (x2, y2) = At(a1, inner);
            var (x3, y3) = At(a0, inner);
            return new StringBuilder("M").Append(Html.Svg(x0)).Append(',').Append(Html.Svg(y0))
                .Append(" A").Append(Html.Svg(outer)).Append(',').Append(Html.Svg(outer)).Append(" 0 ").Append(large).Append(" 1 ").Append(Html.Svg(x1)).Append(',').Append(Html.Svg(y1))
                .Append(" L").Append(Html.Svg(x2)).Append(',').Append(Html.Svg(y2)).Append(" A").Append(Html.Svg(inner)).Append(',').Append(Html.Svg(inner))
                .Append(" 0 ").Append(large).Append(" 0 ").Append(Html.Svg(x3)).Append(',').Append(Html.Svg(y3)).Append(" Z").ToString();
        }
    }

    public const string Css = """
        svg.wheel { width: 100%; max-width: 600px; height: auto; display: block; margin: 0 auto; }
        svg.wheel .wheel-period { font-size: 10px; fill: #fff; font-weight: 600; }
        svg.wheel .wheel-month { font-size: 10px; fill: #333; }
        svg.wheel .wheel-ring { font-size: 9px; fill: #445; }
        svg.wheel .wheel-year { font-size: 28px; font-weight: 700; fill: #1f3a5f; }
        svg.wheel .wheel-mark circle { stroke: #fff; stroke-width: 1.5; }
        svg.wheel .wheel-mark text { font-size: 8px; font-weight: 700; fill: #fff; }
        svg.wheel .wheel-today { stroke: #c0392b; stroke-width: 3; }
        .wheel-key { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: .85rem; }
        .wheel-key .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .3em; vertical-align: -.05em; }
        """;
}
