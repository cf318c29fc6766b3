using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace ReKs.Competence.Cli.Report;

/// <summary>Run and control charts as inline SVG, drawn with ScottPlot: the picture health-service staff know from
/// qicharts2 — the data, the centre line, the limits, the baseline and the intervention, and the signals marked.</summary>
internal static partial class ChartSvg
{
    /// <summary>What one chart shows; arrays are per point, <see langword="null"/> where there is nothing to draw.</summary>
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
        string YLabel);

    public static string Draw(Chart chart, int width = 760, int height = 300)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = new Plot();
        var xs = Enumerable.Range(0, chart.Values.Count).Select(i => (double)i).ToArray();
        Line(plot, xs, chart.Centre, Colors.DarkGreen, LinePattern.Solid, 1.5f);
        if (chart.Upper is not null)
        {
            Line(plot, xs, chart.Upper, Colors.Gray, LinePattern.Dashed, 1);
        }

        if (chart.Lower is not null)
        {
            Line(plot, xs, chart.Lower, Colors.Gray, LinePattern.Dashed, 1);
        }

        var points = Line(plot, xs, chart.Values, Colors.SteelBlue, LinePattern.Solid, 1.5f);
        points?.MarkerSize = 5;
        var signalX = chart.Signals.Where(i => i < chart.Values.Count && chart.Values[i] is not null).Select(i => (double)i).ToArray();
        if (signalX.Length > 0)
        {
            var s = plot.Add.ScatterPoints(signalX, signalX.Select(x => chart.Values[(int)x]!.Value).ToArray());
            s.Color = Colors.Red;
            s.MarkerSize = 9;
        }

        if (chart.BaselineEnd is { } b)
        {
            var v = plot.Add.VerticalLine(b + 0.5);
            v.Color = Colors.Gray;
            v.LinePattern = LinePattern.Dotted;
            v.Text = "baseline";
        }

        if (chart.Intervention is { } iv)
        {
            var v = plot.Add.VerticalLine(iv - 0.5);
            v.Color = Colors.DarkOrange;
            v.LineWidth = 2;
        }

        plot.Title(chart.Title, 13);
        plot.YLabel(chart.YLabel, 11);
        var step = Math.Max(1, chart.Labels.Count / 12);
        var ticks = Enumerable.Range(0, chart.Labels.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => chart.Labels[i])]);
        return Clean(plot.GetSvgXml(width, height));
    }

    private static ScottPlot.Plottables.Scatter? Line(Plot plot, double[] xs, IReadOnlyList<double?> ys, Color colour, LinePattern pattern, float width)
    {
        var present = Enumerable.Range(0, Math.Min(xs.Length, ys.Count)).Where(i => ys[i] is { } y && double.IsFinite(y)).ToArray();
        if (present.Length == 0)
        {
            return null;
        }

        var scatter = plot.Add.Scatter(present.Select(i => xs[i]).ToArray(), present.Select(i => ys[i]!.Value).ToArray());
        scatter.Color = colour;
        scatter.LinePattern = pattern;
        scatter.LineWidth = width;
        scatter.MarkerSize = 0;
        return scatter;
    }

    /// <summary>Makes the SVG fit to inline in HTML: no XML declaration, fixed size replaced by a view box, and the
    /// trailing separators ScottPlot leaves in coordinate lists (which browsers report as errors) removed, no namespace URLs.</summary>
    private static string Clean(string svg)
    {
        svg = XmlDeclaration().Replace(svg, string.Empty);
        svg = TrailingSeparator().Replace(svg, "\"");
        svg = SvgSize().Replace(svg, m => $"<svg class=\"chart\" viewBox=\"0 0 {m.Groups[1].Value} {m.Groups[2].Value}\" ", 1);
        svg = Namespace().Replace(svg, string.Empty); // inline SVG in HTML needs no namespace declaration
        if (svg.Contains("xlink:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The chart refers to other resources (xlink), which an inline report cannot have.");
        }
        return svg.Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@",\s*""")]
    private static partial Regex TrailingSeparator();

    [GeneratedRegex(@"\s+xmlns(?::\w+)?=""[^""]*""")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"<svg\s+(?:xmlns(?::\w+)?=""[^""]*""\s+)*width=""(\d+)""\s+height=""(\d+)""\s*")]
    private static partial Regex SvgSize();

    public const string Css = """
        svg.chart { width: 100%; height: auto; max-width: 760px; display: block; }
        """;

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
