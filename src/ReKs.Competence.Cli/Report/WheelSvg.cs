using System.Globalization;
using System.Text;
using NodaTime;

namespace ReKs.Competence.Cli.Report;

/// <summary>Draws an annual wheel (årshjul) as inline SVG, the way the ReKs plan draws it: the year as a circle
/// starting at the top, periods as coloured arcs, one ring per audience with a dot per activity, month ticks, and today marked.</summary>
internal static class WheelSvg
{
    /// <summary>A period of the wheel: an arc from its first to its last day, in a colour.</summary>
    public sealed record Arc(string Label, string Colour, AnnualDate Start, AnnualDate End);

    /// <summary>One dated activity on a ring.</summary>
    public sealed record Mark(LocalDate Date, int Ring, string Label);

    private const double Size = 560, Centre = Size / 2, Outer = 250, PeriodWidth = 34;

    public static string Draw(int year, IReadOnlyList<Arc> periods, IReadOnlyList<string> rings, IReadOnlyList<Mark> marks, LocalDate? today, string title)
    {
        var days = CalendarSystem.Iso.GetDaysInYear(year);
        double Angle(LocalDate d) => 2 * Math.PI * (d.DayOfYear - 1) / days - Math.PI / 2;
        (double X, double Y) At(double angle, double radius) => (Centre + (radius * Math.Cos(angle)), Centre + (radius * Math.Sin(angle)));

        var sb = new StringBuilder();
        sb.Append("<svg class=\"wheel\" viewBox=\"0 0 ").Append(Html.Svg(Size)).Append(' ').Append(Html.Svg(Size))
            .Append("\" role=\"img\" aria-label=\"").Append(Html.Encode(title)).Append("\"><title>").Append(Html.Encode(title)).Append("</title>");

        // Periods: arcs on the outer band (a period may wrap New Year, as okt–des → the next does not).
        foreach (var p in periods)
        {
            var start = p.Start.InYear(year);
            var end = p.End.InYear(year);
            var spans = end >= start ? new[] { (start, end) } : [(start, new LocalDate(year, 12, 31)), (new LocalDate(year, 1, 1), end)];
            foreach (var (s, e) in spans)
            {
                var a0 = Angle(s);
                var a1 = Angle(e) + (2 * Math.PI / days);
                var large = a1 - a0 > Math.PI ? 1 : 0;
                var (x0, y0) = At(a0, Outer);
                var (x1, y1) = At(a1, Outer);
                var (x2, y2) = At(a1, Outer - PeriodWidth);
                var (x3, y3) = At(a0, Outer - PeriodWidth);
                sb.Append("<path fill=\"").Append(Html.Encode(p.Colour)).Append("\" stroke=\"#fff\" stroke-width=\"2\" d=\"M").Append(Html.Svg(x0)).Append(',').Append(Html.Svg(y0))
                    .Append(" A").Append(Html.Svg(Outer)).Append(',').Append(Html.Svg(Outer)).Append(" 0 ").Append(large).Append(" 1 ").Append(Html.Svg(x1)).Append(',').Append(Html.Svg(y1))
                    .Append(" L").Append(Html.Svg(x2)).Append(',').Append(Html.Svg(y2)).Append(" A").Append(Html.Svg(Outer - PeriodWidth)).Append(',').Append(Html.Svg(Outer - PeriodWidth))
                    .Append(" 0 ").Append(large).Append(" 0 ").Append(Html.Svg(x3)).Append(',').Append(Html.Svg(y3)).Append(" Z\"><title>").Append(Html.Encode(p.Label)).Append("</title></path>");
            }

            var mid = start.PlusDays(Period.Between(start, end >= start ? end : end.PlusYears(1), PeriodUnits.Days).Days / 2);
            var (lx, ly) = At(Angle(mid.Year == year ? mid : mid.PlusYears(-1)), Outer - (PeriodWidth / 2));
            sb.Append("<text x=\"").Append(Html.Svg(lx)).Append("\" y=\"").Append(Html.Svg(ly)).Append("\" class=\"wheel-period\" text-anchor=\"middle\" dominant-baseline=\"middle\">")
                .Append(Html.Encode(p.Label)).Append("</text>");
        }

        // Rings, innermost last; month ticks and initials.
        var ringWidth = (Outer - PeriodWidth - 60) / Math.Max(1, rings.Count);
        double RingRadius(int ring) => Outer - PeriodWidth - (ringWidth * (ring + 0.5));
        for (var r = 0; r < rings.Count; r++)
        {
            sb.Append("<circle cx=\"").Append(Html.Svg(Centre)).Append("\" cy=\"").Append(Html.Svg(Centre)).Append("\" r=\"").Append(Html.Svg(RingRadius(r)))
                .Append("\" fill=\"none\" stroke=\"#d5dbe3\" stroke-width=\"").Append(Html.Svg(ringWidth - 4)).Append("\" stroke-opacity=\".45\"><title>")
                .Append(Html.Encode(rings[r])).Append("</title></circle>");
            var (tx, ty) = At(-Math.PI / 2, RingRadius(r));
            sb.Append("<text x=\"").Append(Html.Svg(tx + 4)).Append("\" y=\"").Append(Html.Svg(ty)).Append("\" class=\"wheel-ring\" dominant-baseline=\"middle\">").Append(Html.Encode(rings[r])).Append("</text>");
        }

        for (var m = 1; m <= 12; m++)
        {
            var a = Angle(new LocalDate(year, m, 1));
            var (x0, y0) = At(a, Outer);
            var (x1, y1) = At(a, 60);
            sb.Append("<line x1=\"").Append(Html.Svg(x0)).Append("\" y1=\"").Append(Html.Svg(y0)).Append("\" x2=\"").Append(Html.Svg(x1)).Append("\" y2=\"").Append(Html.Svg(y1)).Append("\" stroke=\"#fff\" stroke-width=\"1\"/>");
            var (mx, my) = At(a + (Math.PI / 12), Outer + 14);
            sb.Append("<text x=\"").Append(Html.Svg(mx)).Append("\" y=\"").Append(Html.Svg(my)).Append("\" class=\"wheel-month\" text-anchor=\"middle\" dominant-baseline=\"middle\">")
                .Append(new LocalDate(year, m, 1).ToString("MMM", CultureInfo.InvariantCulture)).Append("</text>");
        }

        foreach (var mark in marks.Where(k => k.Date.Year == year && k.Ring >= 0 && k.Ring < rings.Count))
        {
            var (x, y) = At(Angle(mark.Date), RingRadius(mark.Ring));
            sb.Append("<circle class=\"wheel-mark\" cx=\"").Append(Html.Svg(x)).Append("\" cy=\"").Append(Html.Svg(y)).Append("\" r=\"5\"><title>")
                .Append(Html.Encode($"{mark.Date:uuuu-MM-dd} {mark.Label}")).Append("</title></circle>");
        }

        if (today is { } t && t.Year == year)
        {
            var (x0, y0) = At(Angle(t), 50);
            var (x1, y1) = At(Angle(t), Outer + 6);
            sb.Append("<line class=\"wheel-today\" x1=\"").Append(Html.Svg(x0)).Append("\" y1=\"").Append(Html.Svg(y0)).Append("\" x2=\"").Append(Html.Svg(x1)).Append("\" y2=\"").Append(Html.Svg(y1))
                .Append("\"><title>").Append(Html.Encode(t.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))).Append("</title></line>");
        }

        sb.Append("<text x=\"").Append(Html.Svg(Centre)).Append("\" y=\"").Append(Html.Svg(Centre)).Append("\" class=\"wheel-year\" text-anchor=\"middle\" dominant-baseline=\"middle\">")
            .Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text></svg>");
        return sb.ToString();
    }

    public const string Css = """
        svg.wheel { width: 100%; max-width: 560px; height: auto; display: block; margin: 0 auto; }
        svg.wheel .wheel-period { font-size: 8.5px; fill: #fff; font-weight: 600; }
        svg.wheel .wheel-month { font-size: 10px; fill: #555; }
        svg.wheel .wheel-ring { font-size: 9px; fill: #445; }
        svg.wheel .wheel-year { font-size: 28px; font-weight: 700; fill: #1f3a5f; }
        svg.wheel .wheel-mark { fill: #1f3a5f; stroke: #fff; stroke-width: 1.5; }
        svg.wheel .wheel-today { stroke: #c0392b; stroke-width: 3; }
        """;
}
