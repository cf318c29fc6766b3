using System.Xml.Linq;
using ReKs.Competence.Model;
using ReKs.Competence.Views;

namespace ReKs.Competence.Cli.Tests.Reporting;

/// <summary>The fragments' figures (issue 13: "a notebook user expects more than a table"): the gaps fragment draws the
/// scope's needs per competence, the regional fragment the heat map drawn from the export, the inventory fragment the
/// coverage per competence, each as labelled inline SVG in the reader's language, the same bytes for the same view.
/// Example: the bundled Gjøvik-region plan (docs/examples/gjovik-region.json, seed 000).</summary>
public partial class ReportingLibraryTests
{
    private static XElement Figure(string html, string cssClass) =>
        Assert.Single(XElement.Parse(html).Descendants(), e => IsSvg(e, "reks-figure") && IsSvg(e, cssClass));

    private static void AssertLabelled(XElement svg)
    {
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var label = (string?)svg.Attribute("aria-label");
        Assert.False(string.IsNullOrWhiteSpace(label));
        Assert.Equal(label, svg.Element("title")?.Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "image" or "foreignObject" or "use" || e.Attributes().Any(a => a.Name.LocalName is "href" or "src" || a.Value.Contains("url(", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("nb", "Mobilisere", "Behov per kompetanse")]
    [InlineData("en", "Mobilise", "Needs per competence")]
    public void Gaps_Fragment_DrawsTheScopesNeedsPerCompetence(string lang, string mobilise, string caption)
    {
        var language = lang == "en" ? Language.English : Language.Norwegian;
        var view = Gaps("gjovik");
        var svg = Figure(HtmlFragments.Gaps(view, language), "reks-needs");
        AssertLabelled(svg);
        Assert.StartsWith(caption, (string?)svg.Attribute("aria-label"), StringComparison.Ordinal);
        // One bar per competence the scope's node has a net line on, each titled with its figures in words.
        var competences = view.Net.Where(n => n.Node == view.Scope).Select(n => n.Key.Competence).Distinct().ToList();
        var bars = svg.Descendants().Where(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "bar").ToList();
        Assert.Equal(competences.Count, bars.Count);
        Assert.All(bars, b => Assert.Contains(mobilise.ToLowerInvariant(), b.Element("title")!.Value, StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == mobilise);
    }

    [Theory]
    [InlineData("nb", "Gapkart", "skjermet av personvernhensyn")]
    [InlineData("en", "Gap heat map", "withheld for privacy")]
    public void Regional_Fragment_DrawsTheHeatMapFromTheExport(string lang, string title, string withheld)
    {
        var language = lang == "en" ? Language.English : Language.Norwegian;
        var view = Regional();
        var map = GapHeatMap.Of(view);
        var svg = Figure(HtmlFragments.Regional(view, language), "reks-heatmap");
        AssertLabelled(svg);
        Assert.Equal(title, (string?)svg.Attribute("aria-label"));
        var cells = svg.Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("data-node") is not null).ToList();
        Assert.Equal(map.Cells.Select(c => (c.Node.Value, c.Competence.Value, $"h-{c.Shade.ToString().ToLowerInvariant().Replace("covered", "ok", StringComparison.Ordinal)}")),
            cells.Select(g => ((string)g.Attribute("data-node")!, (string)g.Attribute("data-competence")!, (string)g.Attribute("class")!)));
        Assert.Contains(cells, g => (string?)g.Attribute("class") == "h-withheld"); // the example has groups under the minimum size
        Assert.All(cells.Where(g => (string?)g.Attribute("class") == "h-withheld"), g => Assert.EndsWith(withheld, g.Element("title")!.Value, StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == withheld); // in the legend
        // Rows and columns are named, never shown by id alone.
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value)) == Gjovik.Value.Organisation[new NodeId("gjovik")].Name.In(language));
    }

    [Theory]
    [InlineData("nb", "Brukt", "Dekning per kompetanse")]
    [InlineData("en", "Used", "Coverage per competence")]
    public void Inventory_Fragment_DrawsTheCoveragePerCompetence(string lang, string used, string caption)
    {
        var language = lang == "en" ? Language.English : Language.Norwegian;
        var view = Inventory("gjovik");
        var svg = Figure(HtmlFragments.Inventory(view, language), "reks-coverage");
        AssertLabelled(svg);
        Assert.StartsWith(caption, (string?)svg.Attribute("aria-label"), StringComparison.Ordinal);
        var bars = svg.Descendants().Where(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "bar").ToList();
        Assert.Equal(Gjovik.Value.Competences.Length, bars.Count);
        var staff = view.Nodes.First(n => n.Node == view.Scope).Heads;
        foreach (var (competence, bar) in Gjovik.Value.Competences.Zip(bars))
        {
            var heads = view.Rows.FirstOrDefault(r => r.Node == view.Scope && r.Competence == competence.Id)?.Heads ?? 0;
            Assert.StartsWith($"{competence.Name.In(language)}: {heads} / {staff} ", bar.Element("title")!.Value, StringComparison.Ordinal);
        }

        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == used);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public void Figures_SameViewOrRebuiltView_SameBytes(string lang)
    {
        var language = lang == "en" ? Language.English : Language.Norwegian;
        foreach (var kind in new[] { "gaps", "regional", "inventory" })
        {
            Assert.Equal(Fragment(kind, language), Fragment(kind, language));
        }

        var view = Regional();
        Assert.Equal(HtmlFragments.Regional(view, language), HtmlFragments.Regional(view, language));
    }
}
