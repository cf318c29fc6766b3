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
        string YLabel,
        double? NewLevel = null,
        string BaselineLabel = "baseline");

    // ScottPlot measures text a little differently on its very first plot in a process (its font cache is cold), which
    // would make the first chart of a process differ from later ones by a fraction of a pixel. One throw-away plot
    // before the first real one makes every chart the same, so the same input gives the same bytes.
    private static readonly Lazy<bool> WarmedUp = new(() =>
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });
        plot.Title("warm-up", 13);
        plot.YLabel("warm-up", 11);
        _ = plot.GetSvgXml(100, 100);
        return true;
    });

    /// <summary>Draws a chart as inline SVG.</summary>
    /// <param name="chart">What to draw.</param>
    /// <param name="id">A prefix unique in the document, for the chart's clip paths.</param>
    /// <param name="width">The drawing width in SVG units.</param>
    /// <param name="height">The drawing height in SVG units.</param>
    /// <returns>The SVG element.</returns>
    public static string Draw(Chart chart, string id, int width = 760, int height = 300)
    {
        ArgumentNullException.ThrowIfNull(chart);
        _ = WarmedUp.Value;
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

        foreach (var stretch in Line(plot, xs, chart.Values, Colors.SteelBlue, LinePattern.Solid, 1.5f))
        {
            stretch.MarkerSize = 5;
        }
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
            v.Text = chart.BaselineLabel;
        }

        if (chart.Intervention is { } iv)
        {
            var v = plot.Add.VerticalLine(iv - 0.5);
            v.Color = Colors.DarkOrange;
            v.LineWidth = 2;
            if (chart.NewLevel is { } level && iv < chart.Values.Count)
            {
                var after = plot.Add.Line(iv - 0.5, level, chart.Values.Count - 1, level);
                after.Color = Colors.DarkGreen;
                after.LinePattern = LinePattern.Dashed;
                after.LineWidth = 2;
            }
        }

        plot.Title(chart.Title, 13);
        plot.YLabel(chart.YLabel, 11);
        var step = Math.Max(1, (int)Math.Ceiling(chart.Labels.Count / 7.0));
        var ticks = Enumerable.Range(0, chart.Labels.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => chart.Labels[i])]);
        return Clean(plot.GetSvgXml(width, height), id);
    }

    /// <summary>Draws a series as lines between consecutive points that have a value: a missing point (null or not finite)
    /// is a gap, never a line straight across it. Returns one scatter per unbroken stretch.</summary>
    private static List<ScottPlot.Plottables.Scatter> Line(Plot plot, double[] xs, IReadOnlyList<double?> ys, Color colour, LinePattern pattern, float width)
    {
        var stretches = new List<ScottPlot.Plottables.Scatter>();
        var present = new List<int>();
        void Flush()
        {
            if (present.Count == 0)
            {
                return;
            }

            var scatter = plot.Add.Scatter(present.Select(i => xs[i]).ToArray(), present.Select(i => ys[i]!.Value).ToArray());
            scatter.Color = colour;
            scatter.LinePattern = pattern;
            scatter.LineWidth = width;
            scatter.MarkerSize = 0;
            stretches.Add(scatter);
            present.Clear();
        }

        for (var i = 0; i < Math.Min(xs.Length, ys.Count); i++)
        {
            if (ys[i] is { } y && double.IsFinite(y))
            {
                present.Add(i);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return stretches;
    }

    /// <summary>Makes the SVG fit to inline in HTML: no XML declaration, fixed size replaced by a view box, and the
    /// trailing separators ScottPlot leaves in coordinate lists (which browsers report as errors) removed, no namespace URLs.</summary>
    private static string Clean(string svg, string id)
    {
        // ScottPlot numbers clip paths with a process-wide counter; number them per chart instead.
        var clips = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = ClipId().Replace(svg, m =>
        {
            if (!clips.TryGetValue(m.Value, out var name))
            {
                name = $"{id}-clip{clips.Count + 1}";
                clips.Add(m.Value, name);
            }

            return name;
        });
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

    [GeneratedRegex(@"\bcl_[0-9A-Za-z]+\b")]
    private static partial Regex ClipId();

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
}
