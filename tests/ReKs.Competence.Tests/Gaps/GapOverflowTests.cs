using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// Issue 17, "no crash on input the readers accept": requirements that each passed the per-value cap (a quarter of
/// <see cref="long.MaxValue"/> hundredths) overflowed when the partials rolled them up. The cap is now a million
/// person-years per amount, which no plan that fits in memory can sum past a <see cref="long"/>.
/// </summary>
public class GapOverflowTests
{
    private static readonly CompetenceId C = new("c");

    [Fact]
    public void Requirement_AmountThatUsedToPassTheCap_IsRefusedWhenMade()
    {
        // Five of these on five units overflowed GapPartial.Merge (OverflowException, exit 134 in the tool).
        var old = PositionShare.FromHundredths(long.MaxValue / 4);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Requirement(new NodeId("u"), C, new ProficiencyLevel(2), old));
        Assert.Equal("amount", e.ParamName);
        Assert.False(PositionShare.TryFromPercent(old.Percent, out _, out var problem));
        Assert.Contains("too large", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PositionShare_Percent_IsAcceptedUpToAMillionPersonYears()
    {
        Assert.True(PositionShare.TryFromPercent(100_000_000m, out var max, out _));
        Assert.Equal(Requirement.MaxAmount, max);
        Assert.False(PositionShare.TryFromPercent(100_000_000.01m, out _, out var problem));
        Assert.Equal("a position percent of 100000000.01 is too large (at most 100000000, a million person-years)", problem);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Requirement(new NodeId("u"), C, new ProficiencyLevel(2), PositionShare.FromHundredths(Requirement.MaxAmount.Hundredths + 1)));
    }

    [Fact]
    public void Analyse_ThousandsOfRequirementsAtTheCap_RollUpExactly()
    {
        // 3 000 units each asking the largest amount at every level of the scale: the root's partial, its net view and
        // the sum across levels (what the heat map adds) stay exact.
        const int units = 3000;
        var nodes = new List<OrganisationNode> { new(new NodeId("root"), null) };
        nodes.AddRange(Enumerable.Range(0, units).Select(i => new OrganisationNode(new NodeId($"u{i}"), new NodeId("root"))));
        var requirements = Enumerable.Range(0, units).SelectMany(i => Enumerable.Range(1, 4)
            .Select(l => new Requirement(new NodeId($"u{i}"), C, new ProficiencyLevel(l), Requirement.MaxAmount)));
        var people = new[] { new Person(new PersonId("p"), new NodeId("u0"), PositionShare.FullTime, [new Holding(C, new ProficiencyLevel(4), CompetenceBasis.Formal, true)]) };
        var plan = new CompetencePlan(new LocalizedText("cap"), new Organisation(nodes), [new ReKs.Competence.Model.Competence(C, new LocalizedText("c"), LaiComponents.Knowledge)], people, requirements);

        var analysis = GapAnalyzer.Analyse(plan, GapArbitraries.T);

        var root = analysis.PartialOf(new NodeId("root"));
        var total = (long)units * Requirement.MaxAmount.Hundredths;
        foreach (var key in root.Keys)
        {
            Assert.Equal(total, root[key].Amount.Hundredths);
            Assert.Equal(total - 100_00, root[key].Gap.Hundredths);
            Assert.Equal(root[key].Gap, root.Net(key).Mobilise + root.Net(key).Develop + root.Net(key).Acquire);
        }

        Assert.Equal(4 * total, root.Keys.Sum(k => root[k].Amount.Hundredths));
        Assert.Equal(4 * units, RegionalExport.Create(analysis, new NodeId("root")).Cells.Count(c => c.Node != new NodeId("root")));
    }
}
