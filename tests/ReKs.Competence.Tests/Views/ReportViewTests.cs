using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Gaps;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Views;

/// <summary>The report's view (issue 13, "Views, not verbs"): the facts the report's sections used to compute — the
/// dominant need per heat-map cell, the Lai table per goal, the wheel's arcs and numbers, the coming deadlines — are
/// built once here, and the regional report's view holds nothing of the analysis but the export. Examples: the bundled
/// Bodø plan (docs/examples/bodo-hverdagsrehabilitering.json, seed 003, Mål 1–5) and Gjøvik-region plan (seed 000).</summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 100)]
public class ReportViewTests
{
    private static readonly Lazy<CompetencePlan> Bodo = new(() => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "bodo-hverdagsrehabilitering.json"))).GetValueOrThrow());

    private static readonly Lazy<CompetencePlan> Gjovik = new(() => PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow());

    [Fact]
    public void GoalTables_Bodo_OneTablePerGoalInThePlansOrder_LinesServeTheirGoal()
    {
        // Seed 003 writes the analysis per goal (Mål 1–5): requirement, capital, needs.
        var plan = Bodo.Value;
        var view = ReportView.Create(GapAnalyzer.Analyse(plan, new LocalDate(2013, 9, 1)), plan.Organisation.Root.Id, AnnualWheel.ReksTemplate);
        Assert.Equal(plan.Goals, view.GoalTables.Where(t => t.Goal is not null).Select(t => t.Goal!));
        Assert.All(view.GoalTables, t => Assert.All(t.Lines, l =>
        {
            Assert.True(l.Figures.Amount > PositionShare.Zero);
            Assert.True(t.Goal is { } g ? l.Goals.Contains(g.Id) : l.Goals.IsEmpty);
        }));
        Assert.Equal(view.Gaps!.Lines.Any(l => l.Goals.IsEmpty && l.Figures.Amount > PositionShare.Zero), view.GoalTables.Any(t => t.Goal is null));
        Assert.Contains(view.GoalTables, t => !t.Lines.IsEmpty);
    }

    [Fact]
    public void CreateRegional_HoldsOnlyTheExport()
    {
        var plan = Gjovik.Value;
        var analysis = GapAnalyzer.Analyse(plan, new LocalDate(2026, 11, 1));
        var view = ReportView.CreateRegional(analysis, plan.Organisation.Root.Id, AnnualWheel.ReksTemplate);
        Assert.True(view.IsRegional);
        Assert.Null(view.Gaps);
        Assert.Null(view.Inventory);
        Assert.Null(view.Measures);
        Assert.Null(view.Budget);
        Assert.Null(view.Evaluation);
        Assert.Empty(view.GoalTables);
        Assert.Empty(view.Outlook);
        Assert.True(view.HeatMap.AnyWithheld); // the example has groups under the minimum size
        Assert.Equal(plan.Organisation.Root.Id, view.Regional.Scope);
    }

    [Fact]
    public void Create_Gjovik_OutlookAndUpcoming()
    {
        var plan = Gjovik.Value;
        var asOf = new LocalDate(2026, 11, 1);
        var view = ReportView.Create(GapAnalyzer.Analyse(plan, asOf), plan.Organisation.Root.Id, AnnualWheel.ReksTemplate);
        Assert.False(view.IsRegional);
        Assert.Equal(Enumerable.Range(0, ReportView.OutlookYears).Select(y => asOf.PlusYears(y)), view.Outlook.Select(o => o.Date));
        Assert.InRange(view.Upcoming.Length, 1, ReportView.UpcomingCount);
        Assert.All(view.Upcoming, o => Assert.True(o.Date >= asOf && o.Kind != OccurrenceKind.Renewal));
        Assert.Equal(view.Upcoming.OrderBy(o => o.Date).ThenBy(o => o.Activity.Id, StringComparer.Ordinal), view.Upcoming);
        Assert.Equal(plan.Requirements.Length, view.Requirements);
        Assert.Equal(plan.Organisation.Nodes.Length, view.Nodes.Length);
    }

    [Fact]
    public void Create_EveryView_ReadsWithTheReportsOneGlossary()
    {
        // The plan's vocabulary is built once per report and shared, not rebuilt by each view.
        var plan = Gjovik.Value;
        var analysis = GapAnalyzer.Analyse(plan, new LocalDate(2026, 11, 1));
        var view = ReportView.Create(analysis, plan.Organisation.Root.Id, AnnualWheel.ReksTemplate);
        Assert.Same(view.Glossary, view.Gaps!.Glossary);
        Assert.Same(view.Glossary, view.Regional.Glossary);
        Assert.Same(view.Glossary, view.Inventory!.Glossary);
        var regional = ReportView.CreateRegional(analysis, plan.Organisation.Root.Id, AnnualWheel.ReksTemplate);
        Assert.Same(regional.Glossary, regional.Regional.Glossary);
    }

    [Fact]
    public void Create_UnknownScope_Throws()
    {
        var plan = Gjovik.Value;
        var analysis = GapAnalyzer.Analyse(plan, new LocalDate(2026, 11, 1));
        Assert.Throws<ArgumentException>(() => ReportView.Create(analysis, new NodeId("nowhere"), AnnualWheel.ReksTemplate));
        Assert.Throws<ArgumentException>(() => ReportView.CreateRegional(analysis, new NodeId("nowhere"), AnnualWheel.ReksTemplate));
    }

    [Fact]
    public void WheelDrawing_ReksTemplate_NumbersActivitiesByFirstDate_ArcsCoverTheYear()
    {
        // The ReKs wheel (seed 000, appendix 6.1): four periods, okt–des, jan–mar, apr–jun, jul–sep.
        var wheel = AnnualWheel.ReksTemplate;
        var drawing = WheelDrawing.Create(WheelView.Create(Gjovik.Value, wheel, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31))));
        Assert.Equal(2027, drawing.Year);
        Assert.Equal(wheel.Periods.Length, drawing.Arcs.Length);
        Assert.Equal(Enumerable.Range(1, drawing.Activities.Length), drawing.Activities.Select(a => a.Number));
        Assert.Equal(drawing.Activities.Select(a => a.Occurrences[0].Date).Order(), drawing.Activities.Select(a => a.Occurrences[0].Date));
        Assert.All(drawing.Occurrences, o => Assert.Equal(drawing.Activities.Single(a => a.Activity.Id == o.Activity.Id).Number, drawing.NumberOf(o.Activity.Id)));
        Assert.Equal(drawing.Occurrences.Length, drawing.Activities.Sum(a => a.Occurrences.Length));
        for (var i = 0; i < drawing.Arcs.Length; i++)
        {
            // Each arc ends the day before the next begins.
            var next = drawing.Arcs[(i + 1) % drawing.Arcs.Length].Start.InYear(2027).PlusDays(-1);
            Assert.Equal(new AnnualDate(next.Month, next.Day), drawing.Arcs[i].End);
        }

        Assert.Throws<KeyNotFoundException>(() => drawing.NumberOf("no-such-activity"));
    }

    private static PositionShare Sum(IEnumerable<NetFigures> nets, Func<NetFigures, PositionShare> pick) => nets.Aggregate(PositionShare.Zero, (s, n) => s + pick(n));

    /// <summary>Law: a heat-map cell of the analysis' view sums the node's net figures on the competence over its
    /// levels, and is shaded by its largest need (ties to acquire, then develop), covered or none when there is none.</summary>
    [Property]
    public void HeatMap_OfGaps_CellsSumTheNetView_ShadeIsTheDominantNeed(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var map = GapHeatMap.Of(GapsView.Create(a, a.Organisation.Root.Id));
        Assert.Equal(map.Nodes.Length * map.Competences.Length, map.Cells.Length);
        for (var r = 0; r < map.Nodes.Length; r++)
        {
            for (var c = 0; c < map.Competences.Length; c++)
            {
                var cell = map.Cell(r, c);
                var nets = a.NetOf(map.Nodes[r]).Where(kv => kv.Key.Competence == map.Competences[c]).Select(kv => kv.Value).ToList();
                Assert.Equal((map.Nodes[r], map.Competences[c]), (cell.Node, cell.Competence));
                var (m, d, q) = (Sum(nets, n => n.Mobilise), Sum(nets, n => n.Develop), Sum(nets, n => n.Acquire));
                Assert.Equal((Sum(nets, n => n.Amount), m, d, q, Sum(nets, n => n.Surplus)), (cell.Amount, cell.Mobilise!.Value, cell.Develop!.Value, cell.Acquire!.Value, cell.Surplus!.Value));
                Assert.Equal(nets.Count > 0, cell.HasLines);
                var expected = m + d + q == PositionShare.Zero
                    ? (cell.Amount > PositionShare.Zero ? HeatMapShade.Covered : HeatMapShade.None)
                    : new[] { (q, HeatMapShade.Acquire), (d, HeatMapShade.Develop), (m, HeatMapShade.Mobilise) }.MaxBy(x => x.Item1.Hundredths).Item2;
                Assert.Equal(expected, cell.Shade);
            }
        }
    }

    /// <summary>Law (privacy): the regional heat map shows a node and competence as withheld exactly when the export
    /// withholds one of its cells, then carries no person-derived figure; otherwise it sums the published figures.</summary>
    [Property]
    public void HeatMap_OfRegional_WithheldWhereTheExportWithholds_PublishedFiguresOtherwise(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        var map = GapHeatMap.Of(RegionalView.Create(a, export));
        Assert.Equal(export.Cells.Select(c => c.Key.Competence).ToHashSet(), map.Competences.ToHashSet());
        foreach (var cell in map.Cells)
        {
            var mine = export.Cells.Where(c => c.Node == cell.Node && c.Key.Competence == cell.Competence).ToList();
            Assert.Equal(mine.Aggregate(PositionShare.Zero, (x, c) => x + c.Amount), cell.Amount);
            if (mine.Any(c => c.Withheld))
            {
                Assert.Equal(HeatMapShade.Withheld, cell.Shade);
                Assert.Equal((null, null, null, null, null), (cell.Mobilise, cell.Develop, cell.Acquire, cell.Surplus, cell.Gap));
            }
            else
            {
                Assert.NotEqual(HeatMapShade.Withheld, cell.Shade);
                Assert.Equal(Sum(mine.Select(c => c.Net!.Value), n => n.Acquire), cell.Acquire);
                Assert.Equal(Sum(mine.Select(c => c.Net!.Value), n => n.Mobilise), cell.Mobilise);
            }
        }

        Assert.Equal(map.Cells.Any(c => c.Shade == HeatMapShade.Withheld), map.AnyWithheld);
    }
}
