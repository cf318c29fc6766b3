using System.Xml.Linq;
using ReKs.Competence.Cli.Report;

namespace ReKs.Competence.Cli.Tests.Report;

public class WheelSvgTests
{
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
