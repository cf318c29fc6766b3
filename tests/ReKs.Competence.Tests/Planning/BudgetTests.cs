using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Model;
using ReKs.Competence.Planning;

namespace ReKs.Competence.Tests.Planning;

/// <summary>The budget: exact sums per measure and year, goal, strategy, year and funding source.</summary>
public class BudgetTests
{
    [Fact]
    public void Of_TestPlan_ExactFigures()
    {
        // grunnopplaering 2013: fee 25 000 + 32 h × 412.50 = 38 200; KS project funds 20 000 granted, discretionary grants
        // 15 000 applied → shortfall 18 200. rekruttere-ergoterapeut 2014: 300 000, 100 000 refused → shortfall 300 000.
        // The cancelled phase-out costs nothing.
        var budget = PlanBudget.Of(MeasurePlan.Plan);
        Assert.Equal(["grunnopplaering 2013", "rekruttere-ergoterapeut 2014"], budget.Lines.Select(l => $"{l.Measure.Id} {l.Year}"));
        Assert.Equal("cost 338200.00, granted 20000, applied 15000, refused 100000, shortfall 318200.00", budget.Total.ToString());
        Assert.Equal(38200.00m, budget.ByYear[2013].Cost);
        Assert.Equal(18200.00m, budget.ByGoal[new GoalId("mal-1")].Shortfall);
        Assert.Equal(300000m, budget.ByGoal[new GoalId("mal-2")].Cost);
        Assert.Equal(300000m, budget.ByStrategy[CompetenceStrategies.Acquire].Shortfall);
        Assert.Equal((0m, 20000m), (budget.BySource["ks-prosjektmidler"].Cost, budget.BySource["ks-prosjektmidler"].Granted));
        Assert.Equal(15000m, budget.BySource["skjonnsmidler"].Applied);
        Assert.Equal(default, budget.WithoutGoal);
    }

    [Fact]
    public void Of_OverfundedMeasure_DoesNotHideAnothersShortfall()
    {
        var name = new LocalizedText("x");
        var rich = new Measure(new MeasureId("a"), name, MeasureKind.Course, costs: [CostItem.ForFee(2013, name, 100m)], funding: [new Funding("ks", 2013, 500m, FundingStatus.Granted)]);
        var poor = new Measure(new MeasureId("b"), name, MeasureKind.Course, costs: [CostItem.ForFee(2013, name, 100m)]);
        Assert.Equal(100m, PlanBudget.Of([rich, poor]).Total.Shortfall);
    }

    [Property(MaxTest = 300)]
    public Property Sums_AreExactAndAgreeAcrossGroupings(NonEmptyArray<(byte Year, uint Fee, uint Granted, uint Applied, bool TwoGoals)> items)
    {
        var name = new LocalizedText("x");
        var measures = items.Get.Select((x, i) => new Measure(
            new MeasureId($"m{i}"),
            name,
            MeasureKind.Course,
            goals: x.TwoGoals ? [new GoalId("g1"), new GoalId("g2")] : [new GoalId("g1")],
            costs: [CostItem.ForFee(2000 + (x.Year % 5), name, x.Fee / 100m)],
            funding: [new Funding("s", 2000 + (x.Year % 5), x.Granted / 100m, FundingStatus.Granted), new Funding("t", 2000 + (x.Year % 5), x.Applied / 100m, FundingStatus.Applied)])).ToList();
        var budget = PlanBudget.Of(measures);
        var cost = items.Get.Sum(x => x.Fee / 100m);
        var shortfall = items.Get.Sum(x => Math.Max(0m, (x.Fee - (decimal)x.Granted) / 100m));
        var byYear = budget.ByYear.Values.Aggregate(default(BudgetFigures), (a, b) => a + b);
        var bySource = budget.BySource.Values.Aggregate(default(BudgetFigures), (a, b) => a + b);
        return (budget.Total.Cost == cost && budget.Total.Shortfall == shortfall && byYear == budget.Total
            && budget.ByGoal[new GoalId("g1")] == budget.Total
            && bySource.Granted == budget.Total.Granted && bySource.Applied == budget.Total.Applied && bySource.Cost == 0m).ToProperty();
    }
}
