using System.Text;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

namespace ReKs.Competence.Reporting;

/// <summary>The figures of the HTML fragments, drawn by hand as inline SVG like the report's wheel and charts: the gap
/// heat map (nodes × competences, coloured by the dominant need, with the report's colours), the needs per competence as
/// stacked bars, and the mapping's coverage per competence.</summary>
/// <remarks>Every figure is an <c>svg</c> with <c>role="img"</c>, an <c>aria-label</c> and a <c>title</c>; every mark
/// carries its own <c>title</c> in words. A withheld heat-map cell says only that it is withheld and its requirement
/// (which is about the organisation): a figure drawn from the regional view shows nothing the export withholds.
/// Coordinates are invariant with at most two decimals, so the same view gives the same bytes.</remarks>
internal static class FigureSvg
{
    /// <summary>The colours of the needs, as the report's heat map (<c>GapHtml.Css</c>) paints them.</summary>
    private const string AcquireColour = "#e74c3c", DevelopColour = "#f5b041", MobiliseColour = "#5dade2", CoveredColour = "#58d68d", NoneColour = "#f2f3f4", WithheldColour = "#dfe3e6";

    private const string UsedColour = "#2f855a", UnusedColour = "#d08a2e";

    /// <summary>The approximate width of one character of 10 px text, to size the label columns.</summary>
    private const double CharWidth = 6.2;

    private const int MaxLabel = 28;

    private static string Colour(HeatMapShade shade) => shade switch
    {
        HeatMapShade.None => NoneColour,
        HeatMapShade.Covered => CoveredColour,
        HeatMapShade.Mobilise => MobiliseColour,
        HeatMapShade.Develop => DevelopColour,
        HeatMapShade.Acquire => AcquireColour,
        HeatMapShade.Withheld => WithheldColour,
        _ => throw new System.Diagnostics.UnreachableException($"Heat-map shade {shade}."),
    };

    /// <summary>A label cut to fit its column, with an ellipsis (the full text is in the mark's title).</summary>
    private static string Cut(string text) => text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)].TrimEnd() + "…";

    private static string E(string text) => Html.Encode(text);

    private static string N(double value) => Html.Svg(value);

    /// <summary>Draws the heat map: a row per node (indented by depth), a column per competence, each cell in the colour
    /// of its dominant need with its gap in person-years; withheld cells hatched.</summary>
    public static string HeatMap(GapHeatMap map, PlanGlossary glossary, Language l)
    {
        const double cellW = 30, cellH = 20;
        var organisation = glossary.Organisation;
        var baseDepth = map.Nodes.IsEmpty ? 0 : organisation.DepthOf(map.Nodes[0]);
        var rows = map.Nodes.Select(n => (Name: glossary.NodeName(n, l), Indent: 10.0 * (organisation.DepthOf(n) - baseDepth))).ToList();
        var columns = map.Competences.Select(c => glossary.CompetenceName(c, l)).ToList();
        var left = Math.Ceiling(rows.Select(r => r.Indent + (Cut(r.Name).Length * CharWidth)).DefaultIfEmpty(0).Max()) + 12;
        var top = Math.Ceiling(columns.Select(c => Cut(c).Length * CharWidth).DefaultIfEmpty(0).Max()) + 12;
        var legendY = top + (rows.Count * cellH) + 18;
        var width = Math.Max(left + (columns.Count * cellW) + 8, 560);
        var height = legendY + 22;
        var title = l.T(Terms.HeatMap);
        var sb = new StringBuilder();
        sb.Append("<svg class=\"reks-figure reks-heatmap\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-label=\"").Append(E(title)).Append("\"><title>").Append(E(title)).Append("</title>");
        for (var c = 0; c < columns.Count; c++)
        {
            var x = left + (c * cellW) + (cellW / 2) + 3;
            sb.Append("<text class=\"col\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(top - 6)).Append("\" transform=\"rotate(-90 ").Append(N(x)).Append(' ').Append(N(top - 6)).Append(")\"><title>")
                .Append(E(columns[c])).Append("</title>").Append(E(Cut(columns[c]))).Append("</text>");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + (r * cellH);
            sb.Append("<text class=\"row\" x=\"").Append(N(rows[r].Indent + 4)).Append("\" y=\"").Append(N(y + (cellH / 2) + 3.5)).Append("\"><title>").Append(E(rows[r].Name)).Append("</title>")
                .Append(E(Cut(rows[r].Name))).Append("</text>");
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = map.Cell(r, c);
                var x = left + (c * cellW);
                sb.Append("<g class=\"h-").Append(GapHtml.ShadeClass(cell.Shade)).Append("\" data-node=\"").Append(E(cell.Node.Value)).Append("\" data-competence=\"").Append(E(cell.Competence.Value))
                    .Append("\"><title>").Append(E($"{rows[r].Name}, {columns[c]}: {CellText(cell, l)}")).Append("</title><rect x=\"").Append(N(x + 1)).Append("\" y=\"").Append(N(y + 1))
                    .Append("\" width=\"").Append(N(cellW - 2)).Append("\" height=\"").Append(N(cellH - 2)).Append("\" fill=\"").Append(Colour(cell.Shade)).Append("\"/>");
                if (cell.Shade == HeatMapShade.Withheld)
                {
                    sb.Append("<path d=\"M").Append(N(x + 1)).Append(',').Append(N(y + cellH - 1)).Append(" L").Append(N(x + cellW - 1)).Append(',').Append(N(y + 1))
                        .Append("\" stroke=\"#9aa3ab\" stroke-width=\"1\"/>");
                }
                else if (cell.Gap is { } gap && gap > PositionShare.Zero)
                {
                    sb.Append("<text class=\"value\" x=\"").Append(N(x + (cellW / 2))).Append("\" y=\"").Append(N(y + (cellH / 2) + 3)).Append("\" text-anchor=\"middle\">")
                        .Append(E(l.PersonYears(gap))).Append("</text>");
                }

                sb.Append("</g>");
            }
        }

        var legend = new List<(string Colour, string Label)>
        {
            (AcquireColour, l.T(Terms.Acquire)), (DevelopColour, l.T(Terms.Develop)), (MobiliseColour, l.T(Terms.Mobilise)), (CoveredColour, l.T(Terms.Covered)), (NoneColour, l.T(Terms.NoRequirement)),
        };
        if (map.AnyWithheld)
        {
            legend.Add((WithheldColour, l.Withheld()));
        }

        Legend(sb, legend, 4, legendY);
        return sb.Append("</svg>").ToString();
    }

    /// <summary>A heat-map cell in words, for its title: a withheld cell names only its requirement.</summary>
    private static string CellText(HeatMapCell cell, Language l)
    {
        var py = l.T(Terms.PersonYearsUnit);
        if (cell.Shade == HeatMapShade.Withheld)
        {
            return $"{l.T(Terms.Requirement).ToLowerInvariant()} {l.PersonYears(cell.Amount)} {py}; {l.Withheld()}";
        }

        if (!cell.HasLines)
        {
            return l.T(Terms.NoRequirement).ToLowerInvariant();
        }

        return $"{l.T(Terms.Requirement).ToLowerInvariant()} {l.PersonYears(cell.Amount)}, {l.T(Terms.Mobilise).ToLowerInvariant()} {l.PersonYears(cell.Mobilise!.Value)}, "
            + $"{l.T(Terms.Develop).ToLowerInvariant()} {l.PersonYears(cell.Develop!.Value)}, {l.T(Terms.Acquire).ToLowerInvariant()} {l.PersonYears(cell.Acquire!.Value)}, "
            + $"{l.T(Terms.Surplus).ToLowerInvariant()} {l.PersonYears(cell.Surplus!.Value)} {py}";
    }

    /// <summary>Draws the needs of one row of the heat map (the view's scope) per competence with a requirement: a
    /// stacked bar of mobilise, develop and acquire on a common scale, the gap written after it.</summary>
    public static string Needs(GapHeatMap map, int row, PlanGlossary glossary, Language l)
    {
        var bars = new List<Bar>();
        for (var c = 0; c < map.Competences.Length; c++)
        {
            var cell = map.Cell(row, c);
            if (!cell.HasLines || cell.Shade == HeatMapShade.Withheld)
            {
                continue;
            }

            var name = glossary.CompetenceName(cell.Competence, l);
            bars.Add(new Bar(name, l.PersonYears(cell.Gap!.Value), $"{name}: {CellText(cell, l)}",
            [
                ((double)cell.Mobilise!.Value.FullTimeEquivalents, MobiliseColour), ((double)cell.Develop!.Value.FullTimeEquivalents, DevelopColour), ((double)cell.Acquire!.Value.FullTimeEquivalents, AcquireColour),
            ]));
        }

        return Bars("reks-needs", $"{l.T(Terms.NeedsPerCompetence)} ({glossary.NodeName(map.Nodes[row], l)}, {l.T(Terms.PersonYearsUnit)})", bars,
            [(MobiliseColour, l.T(Terms.Mobilise)), (DevelopColour, l.T(Terms.Develop)), (AcquireColour, l.T(Terms.Acquire))]);
    }

    /// <summary>Draws the mapping's coverage of the scope per competence of the plan: the people who hold it, used and
    /// unused, against the people in post.</summary>
    public static string Coverage(InventoryView view, Language l)
    {
        var glossary = view.Glossary;
        var staff = view.Nodes.First(n => n.Node == view.Scope).Heads;
        var rows = view.Rows.Where(r => r.Node == view.Scope).ToDictionary(r => r.Competence);
        var bars = new List<Bar>();
        foreach (var competence in glossary.Competences)
        {
            rows.TryGetValue(competence.Id, out var r);
            var (heads, used) = (r?.Heads ?? 0, r?.UsedHeads ?? 0);
            var name = competence.Name.In(l);
            var people = l.T(Terms.People).ToLowerInvariant();
            bars.Add(new Bar(name, $"{heads} / {staff}",
                $"{name}: {heads} / {staff} {people}; {l.T(Terms.Used).ToLowerInvariant()} {used}, {l.T(Terms.Unused).ToLowerInvariant()} {heads - used}",
                [(used, UsedColour), (heads - used, UnusedColour)]));
        }

        return Bars("reks-coverage", $"{l.T(Terms.CoveragePerCompetence)} ({glossary.NodeName(view.Scope, l)}, {l.T(Terms.People).ToLowerInvariant()})", bars,
            [(UsedColour, l.T(Terms.Used)), (UnusedColour, l.T(Terms.Unused))], staff);
    }

    /// <summary>One bar of a bar figure: its label, the value written after it, its title, and its segments in order.</summary>
    private sealed record Bar(string Label, string Value, string Title, IReadOnlyList<(double Amount, string Colour)> Segments);

    /// <summary>Horizontal stacked bars, one per row, on a common scale (the largest bar, or <paramref name="scale"/>).</summary>
    private static string Bars(string cssClass, string title, IReadOnlyList<Bar> bars, IReadOnlyList<(string Colour, string Label)> legend, double? scale = null)
    {
        const double rowH = 18, barW = 260, barH = 12;
        var left = Math.Ceiling(bars.Select(b => Cut(b.Label).Length * CharWidth).DefaultIfEmpty(0).Max()) + 12;
        var max = scale ?? bars.Select(b => b.Segments.Sum(s => s.Amount)).DefaultIfEmpty(0).Max();
        var top = 20.0;
        var legendY = top + (bars.Count * rowH) + 16;
        var width = left + barW + 70;
        var height = legendY + 22;
        var sb = new StringBuilder();
        sb.Append("<svg class=\"reks-figure ").Append(cssClass).Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-label=\"").Append(E(title)).Append("\"><title>").Append(E(title)).Append("</title>");
        sb.Append("<text class=\"caption\" x=\"4\" y=\"13\">").Append(E(title)).Append("</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + (i * rowH);
            sb.Append("<g class=\"bar\"><title>").Append(E(bar.Title)).Append("</title><text class=\"row\" x=\"4\" y=\"").Append(N(y + barH - 2)).Append("\">").Append(E(Cut(bar.Label))).Append("</text>");
            sb.Append("<rect x=\"").Append(N(left)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(barW)).Append("\" height=\"").Append(N(barH)).Append("\" fill=\"#e8ecf0\"/>");
            var x = left;
            foreach (var (amount, colour) in bar.Segments.Where(s => s.Amount > 0))
            {
                var w = max <= 0 ? 0 : barW * amount / max;
                sb.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(w)).Append("\" height=\"").Append(N(barH)).Append("\" fill=\"").Append(colour).Append("\"/>");
                x += w;
            }

            sb.Append("<text class=\"value\" x=\"").Append(N(left + barW + 6)).Append("\" y=\"").Append(N(y + barH - 2)).Append("\">").Append(E(bar.Value)).Append("</text></g>");
        }

        Legend(sb, legend, 4, legendY);
        return sb.Append("</svg>").ToString();
    }

    private static void Legend(StringBuilder sb, IEnumerable<(string Colour, string Label)> items, double x, double y)
    {
        sb.Append("<g class=\"legend\">");
        foreach (var (colour, label) in items)
        {
            sb.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"10\" height=\"10\" fill=\"").Append(colour).Append("\"/><text x=\"").Append(N(x + 14))
                .Append("\" y=\"").Append(N(y + 9)).Append("\">").Append(E(label)).Append("</text>");
            x += 14 + (label.Length * CharWidth) + 14;
        }

        sb.Append("</g>");
    }

    /// <summary>The figures' style, scoped with the rest of a fragment's.</summary>
    public const string Css = """
        svg.reks-figure { display: block; max-width: 100%; height: auto; margin: .4rem 0 1rem; font-family: inherit; }
        svg.reks-figure text { font-size: 10px; fill: #1d2733; }
        svg.reks-figure text.value { font-size: 9px; }
        svg.reks-figure text.caption { font-size: 11px; font-weight: 600; }
        svg.reks-heatmap g.h-acquire text.value { fill: #fff; }
        """;
}
