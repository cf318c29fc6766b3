using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Reporting;

using ReKs.Competence.Model;

namespace ReKs.Competence.Cli.Tests.Report;

public partial class ChartSvgTests
{
    private static ChartSvg.Chart Chart(IReadOnlyList<double?> values, Language lang = Language.Norwegian) => new(
        "gap", [.. values.Select((_, i) => $"2025-{i + 1:00}")], values, [.. values.Select(_ => (double?)2.5)], null, null, new HashSet<int>(), null, null, "per 1 000", Language: lang);

    [Fact]
    public void Draw_MissingPoint_IsAGapNotALineAcrossIt()
    {
        // Vestre Toten's February 2025 (`value: null`, status ".."): the line stops before it and starts again after it.
        var whole = Strokes(ChartSvg.Draw(Chart([1.0, 2.0, 3.0, 4.0, 5.0]), "a"));
        var gap = Strokes(ChartSvg.Draw(Chart([1.0, 2.0, null, 4.0, 5.0]), "b"));

        Assert.Equal(1, whole);
        Assert.Equal(2, gap);
    }

    [Fact]
    public void Draw_Chart_IsWellFormedWithTitleAndDescriptionReferredTo()
    {
        var root = XElement.Parse(ChartSvg.Draw(Chart([1.0, 2.0, 3.0]), "c1"));

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("gap", root.Element("title")!.Value);
        Assert.Contains("3 målinger, 2025-01 til 2025-03", root.Element("desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_Norwegian_WritesDecimalCommasAndEnglishDecimalPoints()
    {
        var values = new double?[] { 0.5, 1.25, 2.75 };
        var nb = ChartSvg.Draw(Chart(values, Language.Norwegian), "nb");
        var en = ChartSvg.Draw(Chart(values, Language.English), "en");

        Assert.Contains(">0,5<", nb, StringComparison.Ordinal);
        Assert.DoesNotMatch(">[0-9]+\\.[0-9]+<", nb);
        Assert.Contains(">0.5<", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_NoMeasurements_SaysSoInsteadOfAnEmptyAxis()
    {
        var svg = ChartSvg.Draw(Chart([null, null, null], Language.English), "e");

        Assert.Contains("No measurements yet", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<circle", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("%", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_LimitsThatChangeWithAPhase_AreDrawnAsSteps()
    {
        // A control chart whose limits are recomputed after the intervention: one limit line per side, with a vertical step.
        var chart = new ChartSvg.Chart(
            "p", ["1", "2", "3", "4"], [5.0, 6.0, 3.0, 2.0], [5.5, 5.5, 2.5, 2.5], [3.0, 3.0, 1.0, 1.0], [8.0, 8.0, 4.0, 4.0],
            new HashSet<int> { 2 }, null, 2, "n", Language: Language.English);
        var svg = ChartSvg.Draw(chart, "s");

        var limits = LimitPaths().Matches(svg).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, limits.Count);
        Assert.All(limits, d => Assert.Contains(" V", d, StringComparison.Ordinal));
        Assert.Single(SignalPoints().Matches(svg));
        Assert.Contains("class=\"chart-intervention\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_SameChart_GivesTheSameBytesWhateverTheMachineCulture()
    {
        var chart = Chart([1.5, 2.25, null, 4.0]);
        var first = ChartSvg.Draw(chart, "d");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A machine whose culture writes decimal commas and groups with points (the tests run globalisation-invariant,
            // so the culture is built by hand).
            var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            german.NumberFormat.NumberDecimalSeparator = ",";
            german.NumberFormat.NumberGroupSeparator = ".";
            german.NumberFormat.NegativeSign = "\u2212";
            CultureInfo.CurrentCulture = german;
            Assert.Equal(first, ChartSvg.Draw(chart, "d"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("nb", "chart-example.nb.svg")]
    [InlineData("en", "chart-example.en.svg")]
    public void Draw_ExampleControlChart_MatchesGolden(string language, string golden)
    {
        var lang = language == "en" ? Language.English : Language.Norwegian;
        // An I chart shaped like the seed evaluation's medication-error series: a baseline, an intervention, a missing
        // month, one point outside the limits, and the new level.
        var chart = new ChartSvg.Chart(
            lang == Language.English ? "Gjøvik nursing home" : "Gjøvik sykehjem",
            ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"],
            [4.2, 3.9, null, 4.4, 4.0, 2.1, 0.4, 1.9],
            [4.1, 4.1, 4.1, 4.1, 4.1, 4.1, 4.1, 4.1],
            [3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0],
            [5.2, 5.2, 5.2, 5.2, 5.2, 5.2, 5.2, 5.2],
            new HashSet<int> { 5, 6, 7 },
            null,
            5,
            lang == Language.English ? "per 1,000 doses" : "per 1 000 doser",
            1.47,
            lang == Language.English ? "baseline" : "grunnlag",
            lang);
        CliRunner.AssertGolden(golden, ChartSvg.Draw(chart, "golden") + "\n");
    }

    [Property(MaxTest = 500)]
    public Property NiceTicks_AnyRange_CoverItInEvenStepsOfOneTwoOrFive(int a, int b, byte scale)
    {
        // Indicator values as they come: rates, percentages and counts from 10⁻³ to 10⁶.
        var unit = Math.Pow(10, (scale % 10) - 3);
        var (min, max) = (Math.Min(a, b) * unit, Math.Max(a, b) * unit);
        var ticks = ChartSvg.NiceTicks(min, max);
        var step = ticks[1] - ticks[0];
        var evenly = ticks.Zip(ticks.Skip(1), (x, y) => y - x).All(d => Math.Abs(d - step) <= 1e-9 * Math.Max(1, Math.Abs(step) * 1e3));
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        var nice = new[] { 1.0, 2, 2.5, 5, 10 }.Any(m => Math.Abs(m - mantissa) < 1e-6);
        var tolerance = step * 1e-9; // the ticks are rounded to their step's precision; the values are not
        return (ticks[0] <= min + tolerance && ticks[^1] >= max - tolerance && ticks.Length is >= 2 and <= 13 && evenly && nice)
            .Label($"[{min}, {max}] → {string.Join(" ", ticks)}");
    }

    /// <summary>The number of drawn lines in the data's colour (steel blue).</summary>
    private static int Strokes(string svg) => DataStroke().Count(svg);

    [GeneratedRegex("<path[^>]*stroke=\"#4682B4\"", RegexOptions.IgnoreCase)]
    private static partial Regex DataStroke();

    [GeneratedRegex("<path class=\"chart-limit\"[^>]* d=\"([^\"]*)\"")]
    private static partial Regex LimitPaths();

    [GeneratedRegex("<circle class=\"chart-point chart-signal\"")]
    private static partial Regex SignalPoints();
}
