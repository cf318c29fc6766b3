using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Views;

/// <summary>The views built from a result alone (issue 15: a regional export, a wheel or an evaluation displayed on its
/// own in a notebook shows its full view). Examples: the bundled Gjøvik-region plan and evaluation data (seed 000), the
/// ReKs template wheel (seed 000 appendix 6.1) and Bodø's training wheel (seed 003 lines 702-725).</summary>
public class ViewsFromResultAloneTests
{
    private static readonly CompetencePlan Gjovik = PlanDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.json"))).GetValueOrThrow();
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    private static AnnualWheel BodoWheel() => WheelDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "bodo-training-wheel.json"))).GetValueOrThrow();

    [Fact]
    public void RegionalView_FromTheExportAlone_IsTheViewWithItsAnalysis()
    {
        var analysis = GapAnalyzer.Analyse(Gjovik, AsOf);
        foreach (var root in new[] { Gjovik.Organisation.Root.Id, new NodeId("gjovik") })
        {
            var export = RegionalExport.Create(analysis, root);
            var alone = RegionalView.Create(export);
            Assert.Equal(ViewDocument.WriteString(RegionalView.Create(analysis, export)), ViewDocument.WriteString(alone));
            Assert.Equal(Gjovik.Name, alone.Plan);
            Assert.Equal(AsOf, alone.AsOf);
            Assert.Equal(root, alone.Scope);
        }
    }

    [Fact]
    public void RegionalView_FromANullExport_Throws() => Assert.Throws<ArgumentNullException>(() => RegionalView.Create(null!));

    [Fact]
    public void WheelView_OfBodosTrainingWheelAlone_ShowsIts2013()
    {
        // Seed 003: four sessions every other week from 26 February 2013, evaluated in June 2013 (lines 702-725).
        var wheel = BodoWheel();
        Assert.Equal(2013, WheelView.FirstNamedYear(wheel));
        var view = WheelView.Create(wheel);
        Assert.Equal(new DateInterval(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)), view.Window);
        Assert.Equal(
            [new LocalDate(2013, 2, 26), new LocalDate(2013, 3, 12), new LocalDate(2013, 3, 26), new LocalDate(2013, 4, 9), new LocalDate(2013, 6, 25)],
            view.Occurrences.Select(o => o.Date));
        Assert.Empty(view.Reminders);
        Assert.Equal(wheel.Name, view.Plan);
        Assert.Equal(wheel.Name, view.Wheel);
        Assert.Same(wheel, view.Definition);
        Assert.Equal(ViewDocument.WriteString(WheelView.Create(wheel, 2013)), ViewDocument.WriteString(view));
    }

    [Fact]
    public void WheelView_OfAWheelNamingNoYear_IsRefused_NotGuessed()
    {
        Assert.Null(WheelView.FirstNamedYear(AnnualWheel.ReksTemplate));
        var e = Assert.Throws<ArgumentException>(() => WheelView.Create(AnnualWheel.ReksTemplate));
        Assert.Equal("wheel", e.ParamName);
        Assert.Contains("names no year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WheelView_OfAWheelAloneForAYear_HasTheWheelsOccurrences_AndNoReminders()
    {
        var year = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
        var view = WheelView.Create(AnnualWheel.ReksTemplate, 2027);
        Assert.Equal(year, view.Window);
        Assert.Equal(AnnualWheel.ReksTemplate.Occurrences(year).Select(o => o.Key), view.Occurrences.Select(o => o.Key));
        Assert.Empty(view.Reminders);
        Assert.Equal(view.Occurrences.Select(o => o.Key), WheelView.Create(Gjovik, AnnualWheel.ReksTemplate, year).Occurrences.Select(o => o.Key));
    }

    [Theory]
    [InlineData(NorwegianCalendar.FirstGregorianYear - 1)]
    [InlineData(NorwegianCalendar.LastYear)]
    public void WheelView_ForAYearOutsideTheCalendar_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WheelView.Create(AnnualWheel.ReksTemplate, year));

    [Fact]
    public void FirstNamedYear_IsTheEarliestYearBoundOrDatedStart()
    {
        var periods = AnnualWheel.ReksTemplate.Periods;
        WheelActivity A(string id, RecurrenceRule rule) => new(id, new LocalizedText(id), "region", ActivityCategory.Meeting, "coordinator", rule);
        var wheel = new AnnualWheel(new LocalizedText("Test"), periods, ["region"],
            [A("a", RecurrenceRule.FixedDate(5, 1).WithYears(2031, null)), A("b", RecurrenceRule.EveryNMonths(new LocalDate(2029, 3, 1), 3, 4)), A("c", RecurrenceRule.FixedDate(6, 1))], []);
        Assert.Equal(2029, WheelView.FirstNamedYear(wheel));
    }

    [Fact]
    public void EvaluationView_OfOneEvaluationAlone_ShowsItsIndicatorInDetail()
    {
        var data = EvaluationDocument.ReadBytes(File.ReadAllBytes(Repo.Path("docs", "examples", "gjovik-region.evaluation.json")), Gjovik).GetValueOrThrow();
        var evaluation = data.Indicators.SelectMany(i => Evaluator.EvaluateAll(data, i.Id, Gjovik.Organisation)).First(e => e.Intervention is not null);
        var view = EvaluationView.Create(evaluation);
        Assert.True(view.Detail);
        Assert.Same(evaluation.Indicator, Assert.Single(view.Indicators));
        Assert.Same(evaluation, Assert.Single(view.Evaluations));
        Assert.Empty(view.Kirkpatrick);
        Assert.Empty(view.HealthEducation);
        Assert.Equal(evaluation.Node, view.Scope);
        Assert.Equal(evaluation.Series.Observations[^1].Period.End, view.AsOf);
        Assert.Equal(evaluation.Indicator.Name, view.Plan);
        Assert.Equal(evaluation.Node.Value, view.Glossary.NodeName(evaluation.Node, Language.English));
    }

    [Fact]
    public void EvaluationView_OfAnEmptySeries_IsRefused()
    {
        var indicator = new Indicator(new IndicatorId("x"), new LocalizedText("x"), new LocalizedText("n"), IndicatorKind.Count, DesiredDirection.Lower, KirkpatrickLevel.Results, chart: IndicatorChart.Run);
        var e = Evaluator.Evaluate(indicator, new Series(indicator.Id, new NodeId("gjovik"), []));
        Assert.Equal("evaluation", Assert.Throws<ArgumentException>(() => EvaluationView.Create(e)).ParamName);
    }
}
