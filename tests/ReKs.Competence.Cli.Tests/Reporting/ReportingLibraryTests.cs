using System.Text.RegularExpressions;
using System.Xml.Linq;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Inventory;
using ReKs.Competence.Model;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Cli.Tests.Reporting;

/// <summary>The reporting library renders the views the tool prints (issue 13, "views, not verbs"): a verb's table and
/// Markdown are the library's, byte for byte, and an HTML fragment is self-contained (issue 15: "a markdown table is one call").</summary>
public partial class ReportingLibraryTests
{
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    private static readonly Lazy<CompetencePlan> Gjovik = new(() => PlanDocument.ReadBytes(File.ReadAllBytes(CliRunner.Example("gjovik-region.json"))).GetValueOrThrow());

    private static GapsView Gaps(string node) => GapsView.Create(GapAnalyzer.Analyse(Gjovik.Value, AsOf), new NodeId(node));

    private static RegionalView Regional()
    {
        var analysis = GapAnalyzer.Analyse(Gjovik.Value, AsOf);
        return RegionalView.Create(analysis, RegionalExport.Create(analysis, Gjovik.Value.Organisation.Root.Id));
    }

    private static InventoryView Inventory(string node) => InventoryView.Create(Gjovik.Value, CompetenceInventory.Compute(Gjovik.Value, AsOf), new NodeId(node));

    private static WheelView Wheel() => WheelView.Create(Gjovik.Value, AnnualWheel.ReksTemplate, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));

    private static EvaluationView Evaluation()
    {
        var plan = Gjovik.Value;
        var asOf = new LocalDate(2026, 11, 1);
        var data = EvaluationDocument.ReadBytes(File.ReadAllBytes(CliRunner.Example("gjovik-region.evaluation.json")), plan).GetValueOrThrow().Until(asOf);
        var evaluations = data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, plan.Organisation));
        return EvaluationView.Create(plan, asOf, plan.Organisation.Root.Id, data.Indicators, evaluations, detail: false, []);
    }

    [Theory]
    [InlineData("table", "nb")]
    [InlineData("markdown", "en")]
    public void Gaps_TheVerbsOutput_IsTheLibrarys(string format, string lang)
    {
        var (_, output, error) = CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--node", "sondre-land", "--format", format, "--lang", lang, "--as-of", "2026-09-01");
        var language = lang == "en" ? Language.English : Language.Norwegian;
        Assert.True(error.Length == 0, error);
        Assert.Equal(format == "markdown" ? MarkdownTables.Gaps(Gaps("sondre-land"), language) : TextTables.Gaps(Gaps("sondre-land"), language), output);
    }

    [Fact]
    public void Regional_TheVerbsOutput_IsTheLibrarys()
    {
        var (_, output, _) = CliRunner.Run("gaps", CliRunner.Example("gjovik-region.json"), "--regional", "--as-of", "2026-09-01");
        Assert.Equal(TextTables.Regional(Regional(), Language.Norwegian), output);
    }

    [Theory]
    [InlineData("table", "nb")]
    [InlineData("markdown", "en")]
    public void Inventory_TheVerbsOutput_IsTheLibrarys(string format, string lang)
    {
        var (_, output, _) = CliRunner.Run("inventory", CliRunner.Example("gjovik-region.json"), "--node", "gjovik", "--format", format, "--lang", lang, "--as-of", "2026-09-01");
        var language = lang == "en" ? Language.English : Language.Norwegian;
        Assert.Equal(format == "markdown" ? MarkdownTables.Inventory(Inventory("gjovik"), language) : TextTables.Inventory(Inventory("gjovik"), language), output);
    }

    [Theory]
    [InlineData("table", "nb")]
    [InlineData("markdown", "en")]
    public void Wheel_TheVerbsOutput_IsTheLibrarys(string format, string lang)
    {
        var (_, output, _) = CliRunner.Run("wheel", CliRunner.Example("gjovik-region.json"), "--year", "2027", "--format", format, "--lang", lang);
        var language = lang == "en" ? Language.English : Language.Norwegian;
        Assert.Equal(format == "markdown" ? MarkdownTables.Wheel(Wheel(), language) : TextTables.Wheel(Wheel(), language), output);
    }

    [Theory]
    [InlineData("table", "nb")]
    [InlineData("markdown", "en")]
    public void Evaluation_TheVerbsOutput_IsTheLibrarys(string format, string lang)
    {
        var (_, output, _) = CliRunner.Run("evaluate", CliRunner.Example("gjovik-region.json"), "--as-of", "2026-11-01", "--format", format, "--lang", lang);
        var language = lang == "en" ? Language.English : Language.Norwegian;
        Assert.Equal(format == "markdown" ? MarkdownTables.Evaluation(Evaluation(), language) : TextTables.Evaluation(Evaluation(), language), output);
    }

    public static TheoryData<string, string> Fragments() => new()
    {
        { "gaps", "nb" }, { "gaps", "en" }, { "regional", "nb" }, { "inventory", "en" }, { "evaluation", "nb" }, { "wheel", "nb" }, { "wheel", "en" },
    };

    private static string Fragment(string kind, Language language) => kind switch
    {
        "gaps" => HtmlFragments.Gaps(Gaps("gjovik"), language),
        "regional" => HtmlFragments.Regional(Regional(), language),
        "inventory" => HtmlFragments.Inventory(Inventory("gjovik"), language),
        "evaluation" => HtmlFragments.Evaluation(Evaluation(), language),
        _ => HtmlFragments.Wheel(Wheel(), language),
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public void HtmlFragment_IsOneWellFormedElementWhoseStyleStaysInside(string kind, string lang)
    {
        var language = lang == "en" ? Language.English : Language.Norwegian;
        var html = Fragment(kind, language);
        var root = XElement.Parse(html);
        Assert.Equal("div", root.Name.LocalName);
        Assert.Equal($"reks-fragment reks-{kind}", (string?)root.Attribute("class"));
        Assert.Equal(lang, (string?)root.Attribute("lang"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        var style = Assert.Single(root.Elements("style")).Value;
        foreach (Match rule in CssRule().Matches(style))
        {
            foreach (var selector in rule.Groups[1].Value.Split(','))
            {
                Assert.StartsWith(".reks-fragment", selector.Trim(), StringComparison.Ordinal);
            }
        }

        Assert.NotEmpty(root.Descendants("table"));
    }

    [Fact]
    public void HtmlFragment_DrawsTheWheelAndTheChartsAsInlineSvg()
    {
        Assert.Single(XElement.Parse(HtmlFragments.Wheel(Wheel(), Language.Norwegian)).Descendants(), e => IsSvg(e, "wheel"));
        Assert.Contains(XElement.Parse(HtmlFragments.Evaluation(Evaluation(), Language.English)).Descendants(), e => IsSvg(e, "chart"));
    }

    private static bool IsSvg(XElement e, string cssClass) => e.Name.LocalName == "svg" && ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true;

    [Fact]
    public void HtmlFragment_EncodesANameFromThePlan()
    {
        var html = HtmlFragments.Gaps(Gaps("gjovik"), Language.Norwegian);
        Assert.Contains(Gjovik.Value.Organisation[new NodeId("gjovik")].Name.Norwegian, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"([^{}]+)\{[^}]*\}")]
    private static partial Regex CssRule();
}
