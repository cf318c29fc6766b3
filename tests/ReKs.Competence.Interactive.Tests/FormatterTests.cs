using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Reporting;
using ReKs.Competence.Tests.Gaps;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Interactive.Tests;

/// <summary>
/// The notebook formatters (issue 15, "Notebooks and scripts for researchers"): each result and view displays as the
/// report's fragment of its library view, plain text is the one-line summary, names are escaped, and the regional view
/// shows only what the export publishes. Examples: the bundled Gjøvik-region plan (docs/examples/gjovik-region.json,
/// seed 000), its evaluation data and the ReKs wheel (docs/examples/reks-wheel.json, seed 000 appendix 6.1).
/// </summary>
/// <remarks>.NET Interactive's formatter table is process-wide: every test that registers lives in this one class, so
/// xunit runs them one after the other, and each registers English first.</remarks>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 100)]
public partial class FormatterTests
{
    private const string Html = "text/html";
    private const string Plain = "text/plain";
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    public FormatterTests() => ReksFormatters.Register(Language.English);

    private static CompetencePlan Read(string json) => PlanDocument.ReadBytes(System.Text.Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static readonly Lazy<string> PlanJson = new(() => File.ReadAllText(Repo.Path("docs", "examples", "gjovik-region.json")));

    private static readonly Lazy<CompetencePlan> Plan = new(() => Read(PlanJson.Value));

    private static readonly Lazy<GapAnalysis> Analysis = new(() => GapAnalyzer.Analyse(Plan.Value, AsOf));

    /// <summary>The plan with a unit's and the plan's names turned into markup: what a formatter must escape.</summary>
    private static readonly Lazy<CompetencePlan> HostilePlan = new(() => Read(PlanJson.Value
        .Replace("\"Gjøvik kommune\"", "\"Gjøvik <script>alert('unit')</script> & \\\"co\\\"\"", StringComparison.Ordinal)
        .Replace("\"ReKs – regional strategi for kompetanseplanlegging i helse og omsorg\"", "\"<img src=x onerror=alert(1)> plan\"", StringComparison.Ordinal)));

    private static AnnualWheel ReksWheel() => WheelDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "reks-wheel.json"))).GetValueOrThrow();

    private static DateInterval Year2027 => new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    private static EvaluationView EvaluationOf(CompetencePlan plan)
    {
        var data = EvaluationDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.evaluation.json")), plan).GetValueOrThrow();
        var evaluations = data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, plan.Organisation)).ToList();
        return EvaluationView.Create(plan, new LocalDate(2026, 11, 1), plan.Organisation.Root.Id, data.Indicators, evaluations, detail: false, []);
    }

    [Fact]
    public void Analysis_DisplaysTheGapsFragmentOfItsWholeOrganisation()
    {
        var a = Analysis.Value;
        var html = Formatter.ToDisplayString(a, Html);
        Assert.Contains(HtmlFragments.Gaps(GapsView.Create(a, a.Organisation.Root.Id), Language.English), html, StringComparison.Ordinal);
        Assert.Equal(HtmlFragments.Gaps(GapsView.Create(a, a.Organisation.Root.Id), Language.English), html);
        Assert.Equal(a.ToString(), Formatter.ToDisplayString(a, Plain));
    }

    [Fact]
    public void Plan_DisplaysTheMappingAtTheStartOfItsPeriod()
    {
        var plan = Plan.Value;
        var view = InventoryView.Create(plan, ReKs.Competence.Inventory.CompetenceInventory.Compute(plan, plan.Period!.Start), plan.Organisation.Root.Id);
        Assert.Contains(HtmlFragments.Inventory(view, Language.English), Formatter.ToDisplayString(plan, Html), StringComparison.Ordinal);
        Assert.Equal(plan.ToString(), Formatter.ToDisplayString(plan, Plain));
    }

    [Fact]
    public void Explanation_DisplaysItsNarrative_OneParagraphASentence()
    {
        var a = Analysis.Value;
        var explanation = a.Explain(a.LinesWith(NeedKind.Acquire).First());
        var html = Formatter.ToDisplayString(explanation, Html);
        var sentences = explanation.Narrative(Language.English).Split(Environment.NewLine);
        Assert.Equal(sentences.Length, html.Split("<p>").Length - 1);
        Assert.Contains(HtmlFragments.Explanation(explanation, Language.English), html, StringComparison.Ordinal);
        Assert.Equal(explanation.ToString(), Formatter.ToDisplayString(explanation, Plain));
    }

    [Fact]
    public void Views_DisplayTheirFragments()
    {
        var plan = Plan.Value;
        var a = Analysis.Value;
        var regional = RegionalView.Create(a, RegionalExport.Create(a, a.Organisation.Root.Id));
        var wheel = WheelView.Create(plan, ReksWheel(), Year2027);
        var evaluation = EvaluationOf(plan);
        var gaps = GapsView.Create(a, new NodeId("gjovik"));
        Assert.Contains(HtmlFragments.Regional(regional, Language.English), Formatter.ToDisplayString(regional, Html), StringComparison.Ordinal);
        Assert.Contains(HtmlFragments.Wheel(wheel, Language.English), Formatter.ToDisplayString(wheel, Html), StringComparison.Ordinal);
        Assert.Contains(HtmlFragments.Evaluation(evaluation, Language.English), Formatter.ToDisplayString(evaluation, Html), StringComparison.Ordinal);
        Assert.Contains(HtmlFragments.Gaps(gaps, Language.English), Formatter.ToDisplayString(gaps, Html), StringComparison.Ordinal);
    }

    [Fact]
    public void SmallValues_DisplayTheirSummary_AsTextAndHtml()
    {
        var plan = Plan.Value;
        var a = Analysis.Value;
        var evaluation = EvaluationOf(plan).Evaluations.First(e => e.Intervention is not null);
        object[] values = [ReksWheel().Occurrences(Year2027)[0], a.Lines[0], evaluation.Effect!];
        Assert.All(values, v =>
        {
            Assert.Equal(v.ToString(), Formatter.ToDisplayString(v, Plain));
            Assert.Equal($"<div class=\"reks-summary\"><code>{WebUtility.HtmlEncode(v.ToString())}</code></div>", Formatter.ToDisplayString(v, Html));
        });
    }

    [Fact]
    public void AnnualWheel_Alone_DisplaysTheFragmentOfItsOwnYear()
    {
        // Bodø's training wheel names 2013: four sessions every other week from 26 February 2013 and the evaluation in
        // June 2013 (seed 003 lines 702-725); displayed on its own it shows that year as its view does.
        var wheel = WheelDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "bodo-training-wheel.json"))).GetValueOrThrow();
        var expected = HtmlFragments.Wheel(WheelView.Create(wheel, 2013), Language.English);
        Assert.Equal(expected, Formatter.ToDisplayString(wheel, Html));
        Assert.Contains("2013-02-26", expected, StringComparison.Ordinal);
        Assert.Equal(wheel.ToString(), Formatter.ToDisplayString(wheel, Plain));
    }

    [Fact]
    public void AnnualWheel_NamingNoYear_DisplaysItsSummary_AndWhatToDisplayInstead()
    {
        // The ReKs wheel recurs every year with no year of its own: no year is guessed (the library reads no clock).
        var wheel = ReksWheel();
        var html = Formatter.ToDisplayString(wheel, Html);
        Assert.StartsWith($"<div class=\"reks-summary\"><code>{WebUtility.HtmlEncode(wheel.ToString())}</code>", html, StringComparison.Ordinal);
        Assert.Contains("WheelView.Create(wheel, year)", html, StringComparison.Ordinal);
        Assert.Equal(wheel.ToString(), Formatter.ToDisplayString(wheel, Plain));
    }

    [Fact]
    public void IndicatorEvaluation_Alone_DisplaysTheFragmentOfItsView()
    {
        var plan = Plan.Value;
        var all = EvaluationOf(plan).Evaluations;
        Assert.All(all.Where(e => e.Intervention is not null).Take(3), e =>
        {
            var html = Formatter.ToDisplayString(e, Html);
            Assert.Equal(HtmlFragments.Evaluation(EvaluationView.Create(e), Language.English), html);
            Assert.Contains("<svg", html, StringComparison.Ordinal); // the run or control chart, not a summary
            Assert.Equal(e.ToString(), Formatter.ToDisplayString(e, Plain));
        });
    }

    [Fact]
    public void IndicatorEvaluation_OfAnEmptySeries_DisplaysItsSummary()
    {
        var indicator = EvaluationOf(Plan.Value).Indicators[0];
        var e = Evaluator.Evaluate(indicator, new Series(indicator.Id, new NodeId("gjovik"), []));
        Assert.StartsWith($"<div class=\"reks-summary\"><code>{WebUtility.HtmlEncode(e.ToString())}</code>", Formatter.ToDisplayString(e, Html), StringComparison.Ordinal);
    }

    /// <summary>The rows of the fragment's first table (the regional cells, in the view's order), each cell decoded.</summary>
    private static List<string[]> FirstTableRows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return [.. Regex.Matches(body, "<tr>(.*?)</tr>").Select(row => Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(td => WebUtility.HtmlDecode(td.Groups[1].Value)).ToArray())];
    }

    /// <summary>Attacks the regional formatter the way the privacy tests attack the export: every row of a withheld cell
    /// shows the requirement and nothing person-derived (people, gap, mobilise, develop, acquire, surplus are "–"), and a
    /// published row shows exactly the export's figures.</summary>
    private static void AssertShowsOnlyWhatIsPublished(GapAnalysis a, RegionalExport export)
    {
        var view = RegionalView.Create(a, export);
        var html = Formatter.ToDisplayString(view, Html);
        AssertHeatMapShowsOnlyWhatIsPublished(view, html);
        Assert.Equal(html, Formatter.ToDisplayString(export, Html)); // the export displayed alone is its view
        var rows = FirstTableRows(html);
        Assert.Equal(view.Cells.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cell = view.Cells[i];
            Assert.Equal(11, rows[i].Length);
            if (cell.Withheld)
            {
                Assert.Equal(["–", "–", "–", "–", "–", "–"], rows[i][4..10]);
                Assert.NotEqual(string.Empty, rows[i][10]);
            }
            else
            {
                Assert.Equal(cell.Figures!.Value.People.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i][4]);
                Assert.DoesNotContain("–", rows[i][4..10]);
            }
        }
    }

    /// <summary>One cell of the heat-map figure: its class, node, competence and inner markup.</summary>
    [GeneratedRegex("<g class=\"h-([a-z]+)\" data-node=\"([^\"]*)\" data-competence=\"([^\"]*)\">(.*?)</g>")]
    private static partial Regex HeatMapCell();

    /// <summary>A withheld cell of the figure: its title, then a rectangle and a hatch line with only geometry and colour (no number, no text).</summary>
    [GeneratedRegex("^<title>([^<]*)</title><rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"[0-9.]+\" fill=\"#[0-9a-f]{6}\"/><path d=\"M[0-9.]+,[0-9.]+ L[0-9.]+,[0-9.]+\" stroke=\"#[0-9a-f]{6}\" stroke-width=\"1\"/>$")]
    private static partial Regex WithheldCell();

    /// <summary>Attacks the heat-map figure (inline SVG) of the regional fragment: every node and competence with a
    /// withheld cell in the export is drawn withheld, with nothing in it but its title — the names, the requirement (about
    /// the organisation) and "withheld" — and shapes with geometry only; a published one shows the export's figures.</summary>
    private static void AssertHeatMapShowsOnlyWhatIsPublished(RegionalView view, string html)
    {
        var start = html.IndexOf("<svg class=\"reks-figure reks-heatmap\"", StringComparison.Ordinal);
        var withheldPairs = view.Cells.Where(c => c.Withheld).Select(c => (c.Node, c.Key.Competence)).ToHashSet();
        if (start < 0)
        {
            Assert.Empty(view.Cells); // no competence, no figure
            return;
        }

        var svg = html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
        var cells = HeatMapCell().Matches(svg).ToList();
        Assert.Equal(withheldPairs.Count, cells.Count(m => m.Groups[1].Value == "withheld"));
        foreach (var m in cells)
        {
            var (node, competence) = (new NodeId(WebUtility.HtmlDecode(m.Groups[2].Value)), new CompetenceId(WebUtility.HtmlDecode(m.Groups[3].Value)));
            var mine = view.Cells.Where(c => c.Node == node && c.Key.Competence == competence).ToList();
            var prefix = $"{view.Glossary.NodeName(node, Language.English)}, {view.Glossary.CompetenceName(competence, Language.English)}: ";
            if (withheldPairs.Contains((node, competence)))
            {
                Assert.Equal("withheld", m.Groups[1].Value);
                var inner = WithheldCell().Match(m.Groups[4].Value);
                Assert.True(inner.Success, m.Groups[4].Value);
                var title = WebUtility.HtmlDecode(inner.Groups[1].Value);
                Assert.StartsWith(prefix + "requirement ", title, StringComparison.Ordinal);
                Assert.EndsWith(" person-years; withheld for privacy", title, StringComparison.Ordinal);
                var amount = mine.Aggregate(PositionShare.Zero, (s, c) => s + c.Amount).FullTimeEquivalents;
                var written = title[(prefix.Length + "requirement ".Length)..title.IndexOf(" person-years", StringComparison.Ordinal)];
                Assert.Equal(amount != 0 && amount < 0.05m ? "<0.1" : Math.Round(amount, 1, MidpointRounding.AwayFromZero).ToString("N1", System.Globalization.CultureInfo.InvariantCulture), written);
            }
            else
            {
                Assert.NotEqual("withheld", m.Groups[1].Value);
                if (mine.Count > 0)
                {
                    var acquire = mine.Aggregate(PositionShare.Zero, (s, c) => s + c.Net!.Value.Acquire).FullTimeEquivalents;
                    Assert.Contains($", acquire {(acquire != 0 && acquire < 0.05m ? "<0.1" : Math.Round(acquire, 1, MidpointRounding.AwayFromZero).ToString("N1", System.Globalization.CultureInfo.InvariantCulture))}, ", WebUtility.HtmlDecode(m.Groups[4].Value), StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Regional_Example_WithheldCellsShowNoFigure()
    {
        var a = Analysis.Value;
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        Assert.Contains(export.Cells, c => c.Withheld); // the example has groups under the minimum size
        AssertShowsOnlyWhatIsPublished(a, export);
        foreach (var municipality in a.Organisation.ChildrenOf(a.Organisation.Root.Id))
        {
            AssertShowsOnlyWhatIsPublished(a, RegionalExport.Create(a, municipality.Id));
        }
    }

    [Property]
    public void Regional_GeneratedPlans_WithheldCellsShowNoFigure(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        AssertShowsOnlyWhatIsPublished(a, RegionalExport.Create(a, a.Organisation.Root.Id));
    }

    [Fact]
    public void RegionalExport_Alone_DisplaysTheFragmentOfItsView()
    {
        var a = Analysis.Value;
        var export = RegionalExport.Create(a, new NodeId("gjovik"));
        Assert.Equal(HtmlFragments.Regional(RegionalView.Create(a, export), Language.English), Formatter.ToDisplayString(export, Html));
        Assert.Equal(export.ToString(), Formatter.ToDisplayString(export, Plain));
    }

    [Fact]
    public void EveryFormatter_PrefersHtml()
    {
        Assert.All(ReksFormatters.Types, t => Assert.Equal(Html, Formatter.GetPreferredMimeTypesFor(t).First()));
    }

    [Fact]
    public void Names_AreEscaped_InEveryFormatter()
    {
        var plan = HostilePlan.Value;
        var a = GapAnalyzer.Analyse(plan, AsOf);
        var gjovikLine = a.Lines.First(l => l.Node.Value == "gjovik" || plan.Organisation.AncestorsOf(l.Node).Any(n => n.Id.Value == "gjovik"));
        object[] values =
        [
            plan, a, a.Explain(gjovikLine), GapsView.Create(a, a.Organisation.Root.Id), RegionalView.Create(a, RegionalExport.Create(a, a.Organisation.Root.Id)),
            WheelView.Create(plan, ReksWheel(), Year2027), EvaluationOf(plan), RegionalExport.Create(a, a.Organisation.Root.Id), a.Lines[0],
            EvaluationOf(plan).Evaluations[0],
        ];
        Assert.All(values, v =>
        {
            var html = Formatter.ToDisplayString(v, Html);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("&lt;script&gt;", Formatter.ToDisplayString(a.Explain(gjovikLine), Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KernelExtension_RegistersTheFormatters()
    {
        Formatter.ResetToDefault();
        var a = Analysis.Value;
        Assert.DoesNotContain("reks-gaps", Formatter.ToDisplayString(a, Html), StringComparison.Ordinal);
        using var kernel = new CompositeKernel();
        await new ReksKernelExtension().OnLoadAsync(kernel);
        Assert.StartsWith("<div class=\"reks-fragment reks-gaps\"", Formatter.ToDisplayString(a, Html), StringComparison.Ordinal);
    }

    [Fact]
    public void PackedExtensionScript_RegistersTheFormatters()
    {
        // .NET Interactive runs interactive-extensions/dotnet/extension.dib of a package loaded with #r "nuget: …" (the csproj packs it there).
        var script = File.ReadAllText(Repo.Path("src", "ReKs.Competence.Interactive", "extension.dib"));
        Assert.Contains("#!csharp", script, StringComparison.Ordinal);
        Assert.Contains("ReKs.Competence.Interactive.ReksFormatters.Register();", script, StringComparison.Ordinal);
        Assert.Contains("PackagePath=\"interactive-extensions/dotnet/extension.dib\"", File.ReadAllText(Repo.Path("src", "ReKs.Competence.Interactive", "ReKs.Competence.Interactive.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public void Register_Norwegian_RendersNorwegianFragments()
    {
        var a = Analysis.Value;
        ReksFormatters.Register(Language.Norwegian);
        try
        {
            Assert.Contains(HtmlFragments.Gaps(GapsView.Create(a, a.Organisation.Root.Id), Language.Norwegian), Formatter.ToDisplayString(a, Html), StringComparison.Ordinal);
        }
        finally
        {
            ReksFormatters.Register(Language.English);
        }
    }

    [Fact]
    public void Register_UndefinedLanguage_Throws() =>
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => ReksFormatters.Register((Language)7));
}
