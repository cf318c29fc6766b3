using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The privacy-safe export of shared/spec/gap-analysis.md ("Privacy-safe export").</summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 1000)]
public class RegionalExportTests
{
    [Property]
    public Property Export_EverySmallGroupIsWithheld(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        return export.Cells.All(c =>
        {
            var p = a.PartialOf(c.Node)[c.Key].People;
            return (p < 1 || p >= export.MinGroupSize || c.Suppressed) && c.Amount == a.PartialOf(c.Node)[c.Key].Amount;
        }).ToProperty();
    }

    [Property]
    public Property Export_NoWithheldGroupCanBeRecoveredBySubtractionWithinAKey(GapScenario s)
    {
        // For every node and key, what subtraction from the parent can reveal is the withheld children taken together:
        // they must number 0 people or at least the minimum (unless no visible child is left to withhold).
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        var cells = export.Cells.ToDictionary(c => (c.Node, c.Key));
        return a.Organisation.Nodes.All(node => a.PartialOf(node.Id).Keys.All(key =>
        {
            var children = a.Organisation.ChildrenOf(node.Id).Where(c => cells.ContainsKey((c.Id, key))).ToList();
            var hidden = children.Where(c => cells[(c.Id, key)].Suppressed).Sum(c => a.PartialOf(c.Id)[key].People);
            var anyVisible = children.Any(c => !cells[(c.Id, key)].Suppressed);
            return hidden == 0 || hidden >= export.MinGroupSize || !anyVisible;
        })).ToProperty();
    }

    [Property]
    public Property Export_WithheldCellsPublishNoPersonDerivedFigure(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        return export.Cells.All(c => c.Suppressed == (c.Figures is null) && c.Suppressed == (c.Net is null)
            && (c.Figures is not { } f || f.Net() == c.Net)).ToProperty();
    }

    [Fact]
    public void Export_SingleSmallSibling_ForcesTheSmallestVisibleSiblingToBeWithheld()
    {
        // Region with three municipalities; one has 2 people on the key (below m = 3): withholding it alone would let
        // anyone recover it as region − the other two, so the smaller of the other two is withheld as well.
        var org = new Organisation([
            new OrganisationNode(new NodeId("region"), null),
            new OrganisationNode(new NodeId("a"), new NodeId("region")),
            new OrganisationNode(new NodeId("b"), new NodeId("region")),
            new OrganisationNode(new NodeId("c"), new NodeId("region")),
        ]);
        var dementia = new CompetenceId("dementia");
        Person P(string id, string node) => new(new PersonId(id), new NodeId(node), PositionShare.FullTime, [new Holding(dementia, new ProficiencyLevel(2), CompetenceBasis.Formal, true)]);
        var people = new[] { P("a1", "a"), P("a2", "a"), P("b1", "b"), P("b2", "b"), P("b3", "b"), P("b4", "b"), P("c1", "c"), P("c2", "c"), P("c3", "c") };
        var plan = new CompetencePlan(new LocalizedText("test"), org, [new ReKs.Competence.Model.Competence(dementia, new LocalizedText("Demens"), LaiComponents.Knowledge)], people,
            [new Requirement(new NodeId("region"), dementia, new ProficiencyLevel(2), PositionShare.FromPercent(100))]);
        var export = RegionalExport.Create(GapAnalyzer.Analyse(plan, GapArbitraries.T), new NodeId("region"), 3);
        var byNode = export.Cells.ToDictionary(c => c.Node.Value);
        Assert.Equal(SuppressionReason.SmallGroup, byNode["a"].Reason);
        Assert.Equal(SuppressionReason.Complementary, byNode["c"].Reason);
        Assert.False(byNode["b"].Suppressed);
        Assert.False(byNode["region"].Suppressed);
        Assert.Equal(PositionShare.FromPercent(100), byNode["region"].Amount);
    }
}
