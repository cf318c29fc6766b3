using System.Xml.Linq;
using ReKs.Competence.Cli.Report;

namespace ReKs.Competence.Cli.Tests.Report;

public class ChartSvgTests
{
    [Fact]
    public void Draw_ControlChart_IsWellFormedInlineSvgWithoutExternalReferences()
    {
        var values = new double?[] { 10, 12, 11, 13, null, 12, 18, 19, 20, 21 };
        var chart = new ChartSvg.Chart("Andel med legemiddelkurs", [.. Enumerable.Range(1, 10).Select(i => $"2025-{i:00}")], values,
            [.. values.Select(_ => (double?)12)], [.. values.Select(_ => (double?)8)], [.. values.Select(_ => (double?)16)],
            new HashSet<int> { 6, 7, 8, 9 }, BaselineEnd: 5, Intervention: 6, YLabel: "%");
        var svg = ChartSvg.Draw(chart);
        var root = XElement.Parse(svg);
        Assert.Equal("svg", root.Name.LocalName);
        Assert.StartsWith("0 0 ", (string?)root.Attribute("viewBox"), StringComparison.Ordinal);
        Assert.DoesNotContain(", \"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch("(href|src)=\"(http|//)", svg);
    }

    [Fact]
    public void Draw_Wheel_MarksTodayAndEveryActivityOnItsRing()
    {
        var svg = WheelSvg.Draw(
            2027,
            [new("Okt–des", "#1f77b4", new NodaTime.AnnualDate(10, 1), new NodaTime.AnnualDate(12, 31)), new("Jan–mar", "#2ca02c", new NodaTime.AnnualDate(1, 1), new NodaTime.AnnualDate(3, 31))],
            ["Region", "Kommune"],
            [new(new NodaTime.LocalDate(2027, 9, 15), 0, "Septembermøtet"), new(new NodaTime.LocalDate(2027, 2, 1), 1, "Rapportering")],
            new NodaTime.LocalDate(2027, 5, 1),
            "Årshjul 2027");
        var root = XElement.Parse(svg);
        Assert.Equal(2, root.Descendants().Count(e => (string?)e.Attribute("class") == "wheel-mark"));
        Assert.Single(root.Descendants(), e => (string?)e.Attribute("class") == "wheel-today");
    }
}
