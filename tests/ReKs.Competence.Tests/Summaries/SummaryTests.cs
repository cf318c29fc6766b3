using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;
using ReKs.Competence.Tests.Gaps;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Summaries;

/// <summary>
/// "Result types print well" (issue 15): <c>ToString()</c> of what a researcher prints gives one readable, culture-invariant
/// line with pseudonymous ids at most. Examples from the bundled Gjøvik-region plan (docs/examples/gjovik-region.json,
/// seed 000), its evaluation data and the ReKs wheel (docs/examples/reks-wheel.json, seed 000 appendix 6.1).
/// </summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 200)]
public class SummaryTests
{
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    private static readonly Lazy<CompetencePlan> Plan = new(() =>
        PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow());

    private static readonly Lazy<GapAnalysis> Analysis = new(() => GapAnalyzer.Analyse(Plan.Value, AsOf));

    /// <summary>Every summary, to check the rules that hold for all of them.</summary>
    private static IEnumerable<string> EverySummary()
    {
        var a = Analysis.Value;
        yield return Plan.Value.ToString();
        yield return a.ToString();
        foreach (var line in a.Lines)
        {
            yield return line.ToString();
            yield return a.Explain(line).ToString();
        }

        foreach (var cell in RegionalExport.Create(a, a.Organisation.Root.Id).Cells)
        {
            yield return cell.ToString();
        }

        yield return RegionalExport.Create(a, a.Organisation.Root.Id).ToString();
        yield return AnnualWheel.ReksTemplate.ToString();
        foreach (var e in Evaluations())
        {
            yield return e.ToString();
        }

        var coverage = PlanCoverage.Of(Plan.Value, AsOf);
        yield return coverage.ToString();
        foreach (var reach in coverage.Measures)
        {
            yield return reach.ToString();
        }

        foreach (var contribution in coverage.Lines.SelectMany(l => l.Measures))
        {
            yield return contribution.ToString();
        }
    }

    private static IEnumerable<IndicatorEvaluation> Evaluations()
    {
        var data = EvaluationDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.evaluation.json")), Plan.Value).GetValueOrThrow();
        return data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, Plan.Value.Organisation));
    }

    [Fact]
    public void EverySummary_IsOneLine()
    {
        Assert.All(EverySummary(), s => Assert.DoesNotContain('\n', s));
        Assert.All(EverySummary(), s => Assert.False(string.IsNullOrWhiteSpace(s)));
    }

    [Fact]
    public void EverySummary_IsTheSameInANorwegianCulture()
    {
        var invariant = Cultures.RunIn(CultureInfo.InvariantCulture, () => EverySummary().ToList());
        var inNorwegian = Cultures.RunIn(Cultures.NorwegianLike, () => EverySummary().ToList());
        Assert.Equal(invariant, inNorwegian);
        Assert.Contains(invariant, s => s.Contains("person-years", StringComparison.Ordinal) && s.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_CountsWhatItHolds()
    {
        var plan = Plan.Value;
        Assert.Equal(
            $"Competence plan 'ReKs – regional strategi for kompetanseplanlegging i helse og omsorg' 2025-01-01/2028-12-31: {plan.Organisation.Nodes.Length} units, {plan.People.Length} people, {plan.Competences.Length} competences, {plan.Requirements.Length} requirements, {plan.Goals.Length} goals, {plan.Measures.Length} measures",
            plan.ToString());
    }

    [Fact]
    public void Analysis_SumsEveryLineInPersonYears()
    {
        var a = Analysis.Value;
        var total = a.Lines.Aggregate(GapFigures.Zero, (s, l) => s + l.Figures);
        string Py(PositionShare s) => s.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture);
        Assert.StartsWith($"Gap analysis of reks at 2026-09-01: {a.Lines.Length} lines; gap {Py(total.Gap)} person-years = mobilise {Py(total.Mobilise)} + develop {Py(total.Develop)} + acquire {Py(total.Acquire)}; surplus {Py(total.Surplus)}; ", a.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"{a.Lines.Count(l => l.Fragile)} fragile line{(a.Lines.Count(l => l.Fragile) == 1 ? string.Empty : "s")}", a.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public Property Analysis_GeneratedPlans_TotalsAreTheLinesSum(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var total = a.Lines.Aggregate(GapFigures.Zero, (sum, l) => sum + l.Figures);
        var text = a.ToString();
        return (text.Contains($": {a.Lines.Length} line", StringComparison.Ordinal)
            && text.Contains($"acquire {total.Acquire.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture)}; surplus {total.Surplus.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture)}", StringComparison.Ordinal)).Label(text);
    }

    [Fact]
    public void Line_ReadsItsFiguresInPersonYears()
    {
        var line = Analysis.Value.LinesWith(NeedKind.Acquire).First();
        var f = line.Figures;
        string Py(PositionShare s) => s.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture);
        Assert.Equal(
            $"{line.Node} {line.Competence}≥{line.MinLevel}: requirement {Py(f.Amount)} person-years, gap {Py(f.Gap)} = mobilise {Py(f.Mobilise)} + develop {Py(f.Develop)} + acquire {Py(f.Acquire)}; surplus {Py(f.Surplus)}; {f.Heads} qualified of {line.MinHeads} needed{(line.Fragile ? " (fragile)" : string.Empty)}",
            line.ToString());
    }

    [Fact]
    public void Explanation_CountsPeopleByClass_WithoutListingThem()
    {
        var a = Analysis.Value;
        var line = a.LinesWith(NeedKind.Develop).First();
        var explanation = a.Explain(line);
        var text = explanation.ToString();
        Assert.StartsWith($"{line.Node} {line.Key} explained by {explanation.People.Length} ", text, StringComparison.Ordinal);
        Assert.Contains($"{explanation.People.Count(p => p.Class == PersonClass.Developable)} developable", text, StringComparison.Ordinal);
        Assert.EndsWith(line.Figures.Net().ToString(), text, StringComparison.Ordinal);
        Assert.All(explanation.People, p => Assert.DoesNotContain(p.Person.Value, text, StringComparison.Ordinal));
    }

    [Fact]
    public void NetFigures_ReadAsPersonYears()
    {
        var net = GapFigures.ForLine(PositionShare.FromPercent(300), PositionShare.FromPercent(100), PositionShare.FromPercent(50), PositionShare.FromPercent(75), 1, 3).Net();
        Assert.Equal("net: gap 2.00 person-years = mobilise 0.50 + develop 0.75 + acquire 0.75; surplus 0.00 after sharing 0.00", net.ToString());
    }

    [Fact]
    public void RegionalExport_CountsCells_AndAWithheldCellShowsOnlyItsRequirement()
    {
        var a = Analysis.Value;
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        var withheld = export.Cells.Count(c => c.Withheld);
        Assert.True(withheld > 0, "the example has small groups");
        Assert.Equal($"Regional export of reks (minimum group size {export.MinGroupSize} people): {export.Cells.Length} cells, {export.Cells.Length - withheld} published, {withheld} withheld", export.ToString());
        Assert.All(export.Cells.Where(c => c.Withheld), c => Assert.Equal(
            $"{c.Node} {c.Key}: requirement {c.Amount.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture)} person-years; withheld for privacy", c.ToString()));
        Assert.All(export.Cells.Where(c => !c.Withheld), c => Assert.EndsWith(c.Net!.Value.ToString(), c.ToString(), StringComparison.Ordinal));
    }

    [Property]
    public Property RegionalCell_Withheld_DependsOnlyOnWhatIsPublished(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        return RegionalExport.Create(a, a.Organisation.Root.Id).Cells.Where(c => c.Withheld)
            .All(c => c.ToString() == $"{c.Node} {c.Key}: requirement {c.Amount.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture)} person-years; withheld for privacy")
            .ToProperty();
    }

    [Fact]
    public void Wheel_CountsItsParts_AndAnOccurrenceIsDateAndActivity()
    {
        var wheel = AnnualWheel.ReksTemplate;
        Assert.Equal(
            $"Annual wheel '{wheel.Name.Norwegian}': {wheel.Activities.Length} activities in {wheel.Rings.Length} rings, {wheel.Periods.Length} periods, {wheel.WorkingDays.ClosedPeriods.Length} closed period{(wheel.WorkingDays.ClosedPeriods.Length == 1 ? string.Empty : "s")}",
            wheel.ToString());
        var first = wheel.Occurrences(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)))[0];
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{first.Date.Year:0000}-{first.Date.Month:00}-{first.Date.Day:00} {first.Activity.Id}"), first.ToString());
    }

    [Fact]
    public void Evaluation_GjovikMedicationIncidents_ShowsVerdictEffectAndComparison()
    {
        // ExampleEvaluationTests: a real improvement at Gjøvik's nursing homes after the e-learning, compared with Søndre and Nordre Land.
        var e = Evaluations().Single(x => x.Indicator.Id.Value == "legemiddelavvik-per-1000" && x.Node.Value == "gjovik-sykehjem");
        var text = e.ToString();
        Assert.StartsWith($"legemiddelavvik-per-1000@gjovik-sykehjem: Improvement; {e.Values.Length} points, baseline 20 (centre ", text, StringComparison.Ordinal);
        Assert.Contains("; intervention legemiddel-e-laering-2025; after − before ", text, StringComparison.Ordinal);
        Assert.Contains("; against 2 non-participants: difference in differences ", text, StringComparison.Ordinal);
        Assert.Contains($"n = {e.Effect!.Count}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_SumsNeedCoveredAndLeft()
    {
        var coverage = PlanCoverage.Of(Plan.Value, AsOf);
        var need = coverage.Lines.Sum(l => l.Figures.Need.FullTimeEquivalents);
        var left = coverage.Lines.Sum(l => l.Figures.Left.FullTimeEquivalents);
        var text = coverage.ToString();
        Assert.StartsWith($"Coverage by {coverage.Measures.Length} measures at 2026-09-01: {coverage.Lines.Length} lines with a need of {need.ToString("0.00", CultureInfo.InvariantCulture)} person-years = covered {(need - left).ToString("0.00", CultureInfo.InvariantCulture)} + left {left.ToString("0.00", CultureInfo.InvariantCulture)}; ", text, StringComparison.Ordinal);
        Assert.All(coverage.Measures, m => Assert.StartsWith($"{m.Measure.Id} reaches {m.People.Length} ", m.ToString(), StringComparison.Ordinal));
    }
}
