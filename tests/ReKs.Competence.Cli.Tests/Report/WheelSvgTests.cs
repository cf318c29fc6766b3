using System.Xml.Linq;
using ReKs.Competence.Reporting;
using ReKs.Competence.Wheel;

using ReKs.Competence.Model;

namespace ReKs.Competence.Cli.Tests.Report;

public class WheelSvgTests
{
    private static string Wheel(Language lang) => WheelSvg.Draw(
        2027,
        [new("Okt–des", "#1f77b4", new NodaTime.AnnualDate(10, 1), new NodaTime.AnnualDate(12, 31)), new("Jan–mar", "#2ca02c", new NodaTime.AnnualDate(1, 1), new NodaTime.AnnualDate(3, 31))],
        ["Region", "Kommune"],
        [new(new NodaTime.LocalDate(2027, 9, 15), 0, "Septembermøtet", ActivityCategory.Meeting, 2), new(new NodaTime.LocalDate(2027, 2, 1), 1, "Rapportering", ActivityCategory.Reporting, 1)],
        new NodaTime.LocalDate(2027, 5, 1),
        "Årshjul 2027",
        lang);

    [Fact]
    public void Draw_Wheel_MarksTodayAndEveryActivityOnItsRing()
    {
        var root = XElement.Parse(Wheel(Language.Norwegian));
        Assert.Equal(2, root.Descendants().Count(e => (string?)e.Attribute("class") == "wheel-mark"));
        Assert.Single(root.Descendants(), e => (string?)e.Attribute("class") == "wheel-today");
    }

    [Fact]
    public void Draw_Activities_AreNumberedAndColouredByKind()
    {
        var marks = XElement.Parse(Wheel(Language.Norwegian)).Descendants().Where(e => (string?)e.Attribute("class") == "wheel-mark").ToList();

        Assert.Equal(["meeting", "reporting"], marks.Select(m => (string?)m.Attribute("data-category")));
        Assert.Equal(["2", "1"], marks.Select(m => m.Element("text")!.Value));
        Assert.Equal(WheelSvg.Colour(ActivityCategory.Meeting), (string?)marks[0].Element("circle")!.Attribute("fill"));
        Assert.NotEqual(WheelSvg.Colour(ActivityCategory.Meeting), WheelSvg.Colour(ActivityCategory.Reporting));
    }

    [Theory]
    [InlineData("nb", new[] { "jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des" })]
    [InlineData("en", new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" })]
    public void Draw_Months_AreNamedInTheReadersLanguageClockwiseFromTheTop(string lang, string[] months)
    {
        var root = XElement.Parse(Wheel(lang == "en" ? Language.English : Language.Norwegian));
        Assert.Equal(months, root.Descendants().Where(e => (string?)e.Attribute("class") == "wheel-month").Select(e => e.Value));
    }

    [Fact]
    public void Draw_PeriodLabelLongerThanItsArc_IsShortenedToFit()
    {
        // A one-week period cannot carry a long name on its arc: it is shortened with an ellipsis; the arc's title keeps it whole.
        var name = "Opplæringsuke for alle nyansatte i hjemmetjenesten";
        var svg = WheelSvg.Draw(2027, [new(name, "#1f77b4", new NodaTime.AnnualDate(3, 1), new NodaTime.AnnualDate(3, 7))], ["Enhet"], [], null, "Årshjul 2027");
        var root = XElement.Parse(svg);

        var label = root.Descendants().Single(e => (string?)e.Attribute("class") == "wheel-period").Value;
        Assert.True(label.Length < name.Length, label);
        Assert.True(label.Length == 0 || label.EndsWith('…'), label);
        Assert.Contains(root.Descendants("title"), t => t.Value == name);
    }
}
