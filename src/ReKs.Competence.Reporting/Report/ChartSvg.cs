using System.Globalization;
using System.Text;

namespace ReKs.Competence.Reporting;

/// <summary>Run and control charts as inline SVG, written by hand like the wheel and the heat map: the picture
/// health-service staff know from qicharts2 — the data, the centre line, the limits (stepped where a phase or the
/// subgroup size changes them), the baseline and the intervention, and the signals marked. The output depends only on
/// the input (no fonts measured, no machine culture, no counters), so the same chart gives the same bytes.</summary>
internal static class ChartSvg
{
    /// <summary>What one chart shows; arrays are per point, <see langword="null"/> where there is nothing to draw.</summary>
    /// <param name="Title">The chart's title (a name, not an id).</param>
    /// <param name="Labels">The period label of each point.</param>
    /// <param name="Values">The measured values.</param>
    /// <param name="Centre">The centre line per point.</param>
    /// <param name="Lower">The lower control limit per point, or <see langword="null"/> for a run chart.</param>
    /// <param name="Upper">The upper control limit per point, or <see langword="null"/> for a run chart.</param>
    /// <param name="Signals">The 0-based positions of the points that are part of a signal.</param>
    /// <param name="BaselineEnd">The 0-based position of the baseline's last point when no intervention splits the series.</param>
    /// <param name="Intervention">The 0-based position of the first point after the intervention.</param>
    /// <param name="YLabel">The unit on the y axis.</param>
    /// <param name="NewLevel">The new level after the intervention, drawn dashed.</param>
    /// <param name="BaselineLabel">The word written at the end of the baseline.</param>
    /// <param name="Language">The reader's language: decimal commas and the words of the text alternative.</param>
    public sealed record Chart(
        string Title,
        IReadOnlyList<string> Labels,
        IReadOnlyList<double?> Values,
        IReadOnlyList<double?> Centre,
        IReadOnlyList<double?>? Lower,
        IReadOnlyList<double?>? Upper,
        IReadOnlySet<int> Signals,
        int? BaselineEnd,
        int? Intervention,
        string YLabel,
        double? NewLevel = null,
        string BaselineLabel = "baseline",
        Language Language = Language.Norwegian);

    /// <summary>The colour of the data line and points (steel blue).</summary>
    public const string DataColour = "#4682B4";

    private const string CentreColour = "#006400", LimitColour = "#808080", SignalColour = "#C0392B", InterventionColour = "#FF8C00";
    private const double Left = 64, Right = 16, Top = 30, Bottom = 44;

    /// <summary>Draws a chart as inline SVG.</summary>
    /// <param name="chart">What to draw.</param>
    /// <param name="id">A prefix unique in the document, for the ids the chart's title and description are referred to by.</param>
    /// <param name="width">The drawing width in SVG units.</param>
    /// <param name="height">The drawing height in SVG units.</param>
    /// <returns>The SVG element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The drawing is too small to hold the axes.</exception>
    public static string Draw(Chart chart, string id, int width = 760, int height = 300)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 120);
        var l = chart.Language;
        var n = chart.Values.Count;
        var plotW = width - Left - Right;
        var plotH = height - Top - Bottom;
        var sb = new StringBuilder();
        sb.Append("<svg class=\"chart\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
          .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">")
          .Append("<title id=\"").Append(id).Append("-title\">").Append(Html.Encode(chart.Title)).Append("</title>")
          .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Html.Encode(Describe(chart))).Append("</desc>");
        sb.Append("<text class=\"chart-title\" x=\"").Append(Html.Svg(Left)).Append("\" y=\"18\">").Append(Html.Encode(chart.Title)).Append("</text>");

        var present = Finite(chart.Values).ToList();
        if (present.Count == 0)
        {
            // Nothing measured yet: say so, rather than an axis around nothing.
            sb.Append("<rect x=\"").Append(Html.Svg(Left)).Append("\" y=\"").Append(Html.Svg(Top)).Append("\" width=\"").Append(Html.Svg(plotW)).Append("\" height=\"").Append(Html.Svg(plotH))
              .Append("\" fill=\"none\" stroke=\"#d5dbe3\"/><text class=\"chart-empty\" x=\"").Append(Html.Svg(Left + (plotW / 2))).Append("\" y=\"").Append(Html.Svg(Top + (plotH / 2)))
              .Append("\" text-anchor=\"middle\">").Append(Html.Encode(l.T(Terms.NoMeasurements))).Append("</text></svg>");
            return sb.ToString();
        }

        var all = present.Concat(Finite(chart.Centre)).Concat(Finite(chart.Lower)).Concat(Finite(chart.Upper));
        if (chart.NewLevel is { } nl && double.IsFinite(nl))
        {
            all = all.Append(nl);
        }

        var ticks = NiceTicks(all.Min(), all.Max());
        var yMin = ticks[0];
        var yMax = ticks[^1];
        double X(double i) => Left + (plotW * (i + 0.5) / Math.Max(1, n));
        double Y(double v) => Top + (plotH * (yMax - v) / (yMax - yMin));

        // Axes, grid and tick labels.
        var decimals = Decimals(ticks);
        sb.Append("<g class=\"chart-axes\">");
        foreach (var t in ticks)
        {
            var y = Y(t);
            sb.Append("<line x1=\"").Append(Html.Svg(Left)).Append("\" y1=\"").Append(Html.Svg(y)).Append("\" x2=\"").Append(Html.Svg(Left + plotW)).Append("\" y2=\"").Append(Html.Svg(y))
              .Append("\" stroke=\"#e5e8ec\"/><text x=\"").Append(Html.Svg(Left - 6)).Append("\" y=\"").Append(Html.Svg(y + 4)).Append("\" text-anchor=\"end\">")
              .Append(Html.Encode(Html.Number((decimal)t, l, decimals))).Append("</text>");
        }

        sb.Append("<line x1=\"").Append(Html.Svg(Left)).Append("\" y1=\"").Append(Html.Svg(Top)).Append("\" x2=\"").Append(Html.Svg(Left)).Append("\" y2=\"").Append(Html.Svg(Top + plotH)).Append("\" stroke=\"#445\"/>")
          .Append("<line x1=\"").Append(Html.Svg(Left)).Append("\" y1=\"").Append(Html.Svg(Top + plotH)).Append("\" x2=\"").Append(Html.Svg(Left + plotW)).Append("\" y2=\"").Append(Html.Svg(Top + plotH)).Append("\" stroke=\"#445\"/>");
        var step = Math.Max(1, (int)Math.Ceiling(n / 7.0));
        for (var i = 0; i < n; i += step)
        {
            var x = X(i);
            sb.Append("<line x1=\"").Append(Html.Svg(x)).Append("\" y1=\"").Append(Html.Svg(Top + plotH)).Append("\" x2=\"").Append(Html.Svg(x)).Append("\" y2=\"").Append(Html.Svg(Top + plotH + 4)).Append("\" stroke=\"#445\"/>")
              .Append("<text x=\"").Append(Html.Svg(x)).Append("\" y=\"").Append(Html.Svg(Top + plotH + 17)).Append("\" text-anchor=\"middle\">").Append(Html.Encode(i < chart.Labels.Count ? chart.Labels[i] : string.Empty)).Append("</text>");
        }

        var midY = Top + (plotH / 2);
        sb.Append("<text x=\"14\" y=\"").Append(Html.Svg(midY)).Append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ").Append(Html.Svg(midY)).Append(")\">").Append(Html.Encode(chart.YLabel)).Append("</text></g>");

        // Phases: the end of a baseline without an intervention, or the intervention itself.
        if (chart.BaselineEnd is { } b && b >= 0 && b < n)
        {
            var x = X(b + 0.5);
            sb.Append("<line class=\"chart-baseline\" x1=\"").Append(Html.Svg(x)).Append("\" y1=\"").Append(Html.Svg(Top)).Append("\" x2=\"").Append(Html.Svg(x)).Append("\" y2=\"").Append(Html.Svg(Top + plotH))
              .Append("\" stroke=\"").Append(LimitColour).Append("\" stroke-dasharray=\"2 3\"/><text x=\"").Append(Html.Svg(x - 4)).Append("\" y=\"").Append(Html.Svg(Top + 10)).Append("\" text-anchor=\"end\" class=\"chart-note\">")
              .Append(Html.Encode(chart.BaselineLabel)).Append("</text>");
        }

        if (chart.Intervention is { } iv && iv > 0 && iv <= n)
        {
            var x = X(iv - 0.5);
            sb.Append("<line class=\"chart-intervention\" x1=\"").Append(Html.Svg(x)).Append("\" y1=\"").Append(Html.Svg(Top)).Append("\" x2=\"").Append(Html.Svg(x)).Append("\" y2=\"").Append(Html.Svg(Top + plotH))
              .Append("\" stroke=\"").Append(InterventionColour).Append("\" stroke-width=\"2\"/><text x=\"").Append(Html.Svg(x + 4)).Append("\" y=\"").Append(Html.Svg(Top + 10)).Append("\" class=\"chart-note\">")
              .Append(Html.Encode(l.T(Terms.Intervention))).Append("</text>");
            if (chart.NewLevel is { } level && double.IsFinite(level) && iv < n)
            {
                sb.Append("<path class=\"chart-new-level\" fill=\"none\" stroke=\"").Append(CentreColour).Append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\" d=\"M").Append(Html.Svg(x)).Append(',').Append(Html.Svg(Y(level)))
                  .Append(" H").Append(Html.Svg(X(n - 0.5))).Append("\"/>");
            }
        }

        // Limits and centre line: a step per point, so a new phase or subgroup size shows as a step, and a gap where a value is missing.
        Steps(sb, "chart-limit", chart.Upper, LimitColour, "1", "5 4", X, Y);
        Steps(sb, "chart-limit", chart.Lower, LimitColour, "1", "5 4", X, Y);
        Steps(sb, "chart-centre", chart.Centre, CentreColour, "1.5", null, X, Y);

        // The data: lines between consecutive present points (a missing point is a gap), then a dot per point.
        foreach (var stretch in Stretches(chart.Values))
        {
            sb.Append("<path fill=\"none\" stroke=\"").Append(DataColour).Append("\" stroke-width=\"1.5\" d=\"");
            for (var k = 0; k < stretch.Count; k++)
            {
                sb.Append(k == 0 ? "M" : " L").Append(Html.Svg(X(stretch[k]))).Append(',').Append(Html.Svg(Y(chart.Values[stretch[k]]!.Value)));
            }

            sb.Append("\"/>");
        }

        for (var i = 0; i < n; i++)
        {
            if (chart.Values[i] is not { } v || !double.IsFinite(v))
            {
                continue;
            }

            var signal = chart.Signals.Contains(i);
            var label = $"{(i < chart.Labels.Count ? chart.Labels[i] : string.Empty)}: {Html.Number((decimal)v, l, DecimalsOf(v))}{(signal ? l.T(" (signal)", " (signal)") : string.Empty)}";
            sb.Append("<circle class=\"").Append(signal ? "chart-point chart-signal" : "chart-point").Append("\" cx=\"").Append(Html.Svg(X(i))).Append("\" cy=\"").Append(Html.Svg(Y(v)))
              .Append("\" r=\"").Append(signal ? "5" : "3").Append("\" fill=\"").Append(signal ? SignalColour : DataColour).Append("\" stroke=\"#fff\" stroke-width=\"1\"><title>")
              .Append(Html.Encode(label)).Append("</title></circle>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The chart in words, for readers who cannot see it: how many points over which periods, the latest value,
    /// the centre line and limits at the last point, and which points are signals.</summary>
    public static string Describe(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var l = chart.Language;
        var measured = Enumerable.Range(0, chart.Values.Count).Where(i => chart.Values[i] is { } v && double.IsFinite(v)).ToList();
        if (measured.Count == 0)
        {
            return l.T(Terms.NoMeasurements) + ".";
        }

        string Label(int i) => i < chart.Labels.Count ? chart.Labels[i] : string.Empty;
        string Num(double v) => Html.Number((decimal)v, l, DecimalsOf(v));
        var last = measured[^1];
        var sb = new StringBuilder();
        sb.Append(l.T($"{measured.Count} målinger, {Label(measured[0])} til {Label(last)}; siste {Num(chart.Values[last]!.Value)} ({chart.YLabel}).",
                      $"{measured.Count} measurements, {Label(measured[0])} to {Label(last)}; latest {Num(chart.Values[last]!.Value)} ({chart.YLabel})."));
        if (last < chart.Centre.Count && chart.Centre[last] is { } c && double.IsFinite(c))
        {
            sb.Append(l.T($" Senterlinje {Num(c)}.", $" Centre line {Num(c)}."));
        }

        if (chart.Lower is { } lo && chart.Upper is { } up && last < lo.Count && last < up.Count && lo[last] is { } a && up[last] is { } b && double.IsFinite(a) && double.IsFinite(b))
        {
            sb.Append(l.T($" Kontrollgrenser {Num(a)} til {Num(b)}.", $" Control limits {Num(a)} to {Num(b)}."));
        }

        var signals = measured.Where(chart.Signals.Contains).Select(Label).ToList();
        sb.Append(signals.Count == 0
            ? l.T(" Ingen signalpunkter.", " No signal points.")
            : l.T($" Signalpunkter: {string.Join(", ", signals)}.", $" Signal points: {string.Join(", ", signals)}."));
        return sb.ToString();
    }

    /// <summary>Ticks at 1, 2 or 5 times a power of ten that cover [<paramref name="min"/>, <paramref name="max"/>]
    /// in about five steps; a flat series gets a range around its value.</summary>
    internal static double[] NiceTicks(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(min), "The range must be finite with min ≤ max.");
        }

        if (max - min < 1e-12 * Math.Max(1, Math.Abs(max)))
        {
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min - pad, max + pad);
        }

        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        var first = Math.Floor(min / step);
        var last = Math.Ceiling(max / step);
        var ticks = new List<double>();
        for (var k = first; k <= last; k++)
        {
            // Rounded to the step's own precision, so 0.30000000000000004 is written 0.3.
            ticks.Add(Math.Round(k * step, Math.Clamp(12 - (int)Math.Floor(Math.Log10(Math.Abs(step))), 0, 15)) + 0.0);
        }

        return [.. ticks];
    }

    private static int Decimals(IEnumerable<double> ticks) => ticks.Max(DecimalsOf);

    private static int DecimalsOf(double v)
    {
        for (var d = 0; d < 4; d++)
        {
            if (Math.Abs(Math.Round(v, d) - v) < 1e-9)
            {
                return d;
            }
        }

        return 4;
    }

    private static IEnumerable<double> Finite(IReadOnlyList<double?>? xs) =>
        xs is null ? [] : xs.Where(x => x is { } v && double.IsFinite(v)).Select(x => x!.Value);

    /// <summary>The runs of consecutive positions that have a finite value.</summary>
    private static List<List<int>> Stretches(IReadOnlyList<double?> ys)
    {
        var stretches = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < ys.Count; i++)
        {
            if (ys[i] is { } y && double.IsFinite(y))
            {
                current ??= [];
                current.Add(i);
            }
            else if (current is not null)
            {
                stretches.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            stretches.Add(current);
        }

        return stretches;
    }

    /// <summary>Draws a per-point line as steps: level across each point's slot, vertical where the next point's level differs.</summary>
    private static void Steps(StringBuilder sb, string cssClass, IReadOnlyList<double?>? ys, string colour, string width, string? dash, Func<double, double> x, Func<double, double> y)
    {
        if (ys is null)
        {
            return;
        }

        foreach (var stretch in Stretches(ys))
        {
            sb.Append("<path class=\"").Append(cssClass).Append("\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"").Append(width).Append('"');
            if (dash is not null)
            {
                sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
            }

            sb.Append(" d=\"");
            string? previous = null;
            for (var k = 0; k < stretch.Count; k++)
            {
                var i = stretch[k];
                var level = Html.Svg(y(ys[i]!.Value));
                if (previous is null)
                {
                    sb.Append('M').Append(Html.Svg(x(i - 0.5))).Append(',').Append(level);
                }
                else if (level != previous)
                {
                    sb.Append(" H").Append(Html.Svg(x(i - 0.5))).Append(" V").Append(level);
                }

                previous = level;
            }

            sb.Append(" H").Append(Html.Svg(x(stretch[^1] + 0.5)));
            sb.Append("\"/>");
        }
    }

    /// <summary>The chart's styles: sans-serif text from the report, small tick labels.</summary>
    public const string Css = """
        svg.chart { width: 100%; height: auto; max-width: 760px; display: block; font-size: 11px; }
        svg.chart text { fill: #333; }
        svg.chart .chart-title { font-size: 13px; font-weight: 600; fill: #1f3a5f; }
        svg.chart .chart-note { font-size: 10px; fill: #555; }
        svg.chart .chart-empty { font-size: 13px; fill: #555; }
        """;
}
