using System.Text.RegularExpressions;
using ReKs.Competence.Cli.Report;

namespace ReKs.Competence.Cli.Tests.Report;

public partial class ChartSvgTests
{
    private static ChartSvg.Chart Chart(IReadOnlyList<double?> values) => new(
        "gap", [.. values.Select((_, i) => $"2025-{i + 1:00}")], values, [.. values.Select(_ => (double?)2.5)], null, null, new HashSet<int>(), null, null, "per 1 000");

    [Fact]
    public void Draw_MissingPoint_IsAGapNotALineAcrossIt()
    {
        // Vestre Toten's February 2025 (`value: null`, status ".."): the line stops before it and starts again after it.
        var whole = Strokes(ChartSvg.Draw(Chart([1.0, 2.0, 3.0, 4.0, 5.0]), "a"));
        var gap = Strokes(ChartSvg.Draw(Chart([1.0, 2.0, null, 4.0, 5.0]), "b"));

        Assert.Equal(1, whole);
        Assert.Equal(2, gap);
    }

    /// <summary>The number of drawn lines in the data's colour (steel blue).</summary>
    private static int Strokes(string svg) => DataStroke().Count(svg);

    [GeneratedRegex("<path[^>]*stroke=\"#4682B4\"", RegexOptions.IgnoreCase)]
    private static partial Regex DataStroke();
}
