using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Reporting;
using ReKs.Competence.Documents;

using ReKs.Competence.Model;

namespace ReKs.Competence.Cli.Tests.Report;

public partial class HtmlReportTests
{
    private static readonly string Example = CliRunner.Example("gjovik-region.json");

    [Fact]
    public void Report_Example_IsOneSelfContainedHtmlFile()
    {
        var html = Run("--lang", "nb");

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\((?!#)", html); // only references to the document's own elements (chart clip paths)
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EverySection_IsASectionElementListedInDataSections()
    {
        var html = Run();
        var listed = DataSections().Match(html).Groups[1].Value.Split(' ');

        Assert.Equal(ReportSections.All.Select(s => s.Id), listed);
        Assert.Equal(listed.Length, listed.Distinct(StringComparer.Ordinal).Count());
        foreach (var id in listed)
        {
            Assert.Contains($"<section id=\"{id}\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Overview_Example_ShowsTheFourLaiComponentsAlike()
    {
        // ReKs: attitudes are under-focused, so the report gives them the same panel as knowledge.
        var html = Run("--lang", "en");
        foreach (var component in new[] { "knowledge", "skills", "abilities", "attitudes" })
        {
            Assert.Contains($"<div class=\"component c-{component}\" data-component=\"{component}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<h4>Attitudes</h4>", html, StringComparison.Ordinal);
        Assert.Contains("Formal and informal competence", html, StringComparison.Ordinal);
        Assert.Contains("Home care north, Gjøvik", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_Example_CountsTheStaffOfTheScope()
    {
        var plan = PlanDocument.Read(File.OpenRead(Example)).GetValueOrThrow();
        var heads = plan.People.Count(p => p.IsEmployedAt(CliRunner.Today));
        var html = Run("--lang", "en");
        Assert.Contains($"<span class=\"value\">{heads}</span><span class=\"label\">people in post</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SameInput_GivesTheSameBytes() => Assert.Equal(Run(), Run());

    [Fact]
    public void Report_PlanTextWithMarkup_IsEncoded()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                {"schemaVersion": 1, "name": {"nb": "<script>alert('x')</script> & co"},
                 "organisation": [{"id": "root", "parent": null, "name": {"nb": "Enhet <b>fet</b>"}}],
                 "competences": [{"id": "c", "name": {"nb": "\"sitat\" <img src=x>"}, "components": ["attitudes"]}],
                 "people": [{"id": "p", "node": "root", "positionPercent": 50, "holdings": [{"competence": "c", "level": 2, "basis": "informal", "used": false}]}],
                 "requirements": []}
                """);
            var (exit, html, error) = CliRunner.Run("report", file, "--as-of", "2026-09-01");
            Assert.True(exit == 0, error);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
            Assert.Contains("&quot;sitat&quot; &lt;img src=x&gt;", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Indicators_Example_DrawAChartPerSeriesWithTheVerdict()
    {
        var html = Run("--lang", "en");
        Assert.Contains("<article class=\"indicator\" data-indicator=\"legemiddelavvik-per-1000\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"indicator-chart\" data-node=\"gjovik-sykehjem\" data-verdict=\"Improvement\"><svg class=\"chart\" viewBox=", html, StringComparison.Ordinal);
        Assert.Contains("data-node=\"nordre-land-sykehjem\" data-verdict=\"NoSignal\"", html, StringComparison.Ordinal);
        Assert.Contains("Long run: ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("xmlns", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("=\"[^\"<>]*,\\s*\"", html); // no trailing separators in coordinate lists
        Assert.Matches("<title id=\"chart-[0-9]+-title\">Nursing home, Gjøvik</title>", html); // the node's name, not its id
        Assert.DoesNotContain("-title\">gjovik-sykehjem", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_PlanWithoutEvaluationDocument_SaysThereIsNone()
    {
        // A copy of Bodø's plan alone in a folder: the example itself has its June 2013 evaluation beside it.
        var folder = Directory.CreateTempSubdirectory("reks-alone-");
        try
        {
            var plan = Path.Combine(folder.FullName, "bodo.json");
            File.Copy(CliRunner.Example("bodo-hverdagsrehabilitering.json"), plan);
            var (exit, html, error) = CliRunner.Run("report", plan, "--as-of", "2026-09-01", "--lang", "en");
            Assert.True(exit == 0, error);
            Assert.Contains("The plan has no evaluation document", html, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Wheel_OwnWheelDocument_IsTheWheelDrawn()
    {
        // Bodø's wheel with Bodø's plan: its links name the plan's training measure (a wheel that does not fit the plan is refused).
        var (exit, html, error) = CliRunner.Run("report", CliRunner.Example("bodo-hverdagsrehabilitering.json"), "--as-of", "2026-09-01", "--lang", "en", "--wheel", CliRunner.Example("bodo-training-wheel.json"));
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("The ReKs template (appendix 6.1)", html, StringComparison.Ordinal);
        Assert.Contains(" periods, activities moved to working days", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb", "report-wheel.nb.html")]
    [InlineData("en", "report-wheel.en.html")]
    public void Wheel_Example_MatchesGolden(string lang, string golden)
    {
        // The ReKs template drawn for 2026 with the example plan's deadlines: months, periods, numbered activities, the lists.
        var html = Run("--lang", lang);
        CliRunner.AssertGolden(golden, WheelSectionOf().Match(html).Value + "\n");
    }

    [Fact]
    public void Wheel_Example_ListsEveryNumberDrawn()
    {
        var section = WheelSectionOf().Match(Run("--lang", "en")).Value;
        var drawn = DotNumber().Matches(section).Select(m => m.Groups[1].Value).ToHashSet();
        var listed = ListedNumber().Matches(section).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.NotEmpty(drawn);
        Assert.Equal(listed.Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
        Assert.Contains("<h3>The year&#39;s activities</h3>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Wheel_NoActivitiesInTheYear_SaysSoInsteadOfAnEmptyTable()
    {
        // Bodø's training wheel has no dated activity in 2026: the lists say so.
        var (exit, html, error) = CliRunner.Run("report", CliRunner.Example("bodo-hverdagsrehabilitering.json"), "--as-of", "2026-09-01", "--lang", "en", "--wheel", CliRunner.Example("bodo-training-wheel.json"));
        Assert.True(exit == 0, error);
        var section = WheelSectionOf().Match(html).Value;
        Assert.Contains("The wheel has no activities in 2026.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<tbody></tbody>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MinGroupSize_ReachesTheRegionalReport()
    {
        // The privacy setting of reks gaps, on the HTML shown at the regional meeting: a larger minimum withholds more.
        var withheld = new Regex("withheld for privacy");
        var small = Run("--regional", "--lang", "en", "--min-group-size", "1");
        var large = Run("--regional", "--lang", "en", "--min-group-size", "50");

        Assert.True(withheld.Count(large) > withheld.Count(small), $"{withheld.Count(large)} ≤ {withheld.Count(small)}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Report_MinGroupSizeBelowOne_IsAUsageError(string size) =>
        Assert.Equal(1, CliRunner.Run("report", Example, "--min-group-size", size).Exit);

    [Fact]
    public void Report_MissingSeriesFile_IsInvalidInput() =>
        Assert.Equal(2, CliRunner.Run("report", Example, "--series", Path.Combine(Path.GetTempPath(), "no-such-evaluation.json")).Exit);

    [Fact]
    public void Report_UnknownNode_IsAUsageError() => Assert.Equal(1, CliRunner.Run("report", Example, "--node", "oslo").Exit);

    [Fact]
    public void Report_Node_LimitsTheReportToTheSubtree()
    {
        var (exit, html, _) = CliRunner.Run("report", Example, "--node", "gjovik", "--as-of", "2026-09-01", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("Home care north, Gjøvik", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Home care, Østre", html, StringComparison.Ordinal);
    }

    [Property(MaxTest = 1000)]
    public Property Encode_AnyText_HasNoMarkupAndDecodesBack(string? text) =>
        (Html.Encode(text).IndexOfAny(['<', '>', '"', '\'']) < 0 && WebUtility.HtmlDecode(Html.Encode(text)) == (text ?? string.Empty)).ToProperty();

    [Fact]
    public void Number_Norwegian_UsesDecimalCommaAndSpaceGrouping()
    {
        Assert.Equal("1\u00A0234,5", Html.Number(1234.5m, Language.Norwegian, 1));
        Assert.Equal("1,234.5", Html.Number(1234.5m, Language.English, 1));
    }

    private static string Run(params string[] extra)
    {
        var (exit, html, error) = CliRunner.Run(["report", Example, "--as-of", "2026-09-01", .. extra]);
        Assert.True(exit == 0, error);
        return html;
    }

    [GeneratedRegex("<section id=\"wheel\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex WheelSectionOf();

    [GeneratedRegex("<g class=\"wheel-mark\"[^>]*><title>[^<]*</title><circle[^>]*/><text[^>]*>([0-9]+)</text>")]
    private static partial Regex DotNumber();

    [GeneratedRegex("<tr data-activity=\"[^\"]*\"><td class=\"num\">([0-9]+)</td>")]
    private static partial Regex ListedNumber();

    [GeneratedRegex("data-sections=\"([^\"]*)\"")]
    private static partial Regex DataSections();
}
