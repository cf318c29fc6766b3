using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using ReKs.Competence.Documents;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The privacy-safe export of the spec gap-analysis.md ("Privacy-safe export"); the auditor (<see cref="PrivacyAuditor"/>) is the judge.</summary>
[Properties(Arbitrary = [typeof(GapArbitraries)], MaxTest = 1000)]
public class RegionalExportTests
{
    /// <summary>The whole-tree export and the export rooted at every node, as one attacker would hold them together.</summary>
    private static List<RegionalExport> EveryExport(GapAnalysis a, int k) =>
        [RegionalExport.Create(a, a.Organisation.Root.Id, k), .. a.Organisation.Nodes.Select(n => RegionalExport.Create(a, n.Id, k))];

    [Property(MaxTest = 3000)]
    public Property Auditor_SmallOrganisationsOnOneKey_RecoverNothing(RegionalCase c)
    {
        var a = RegionalFixtureAdapter.Analyse(c);
        var violations = PrivacyAuditor.Audit(a, EveryExport(a, c.MinGroupSize), c.MinGroupSize);
        return (violations.Count == 0).Label(string.Join("\n", violations));
    }

    [Property]
    public Property Auditor_GeneratedPlans_RecoverNothing(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var violations = PrivacyAuditor.Audit(a, EveryExport(a, s.Options.MinGroupSize), s.Options.MinGroupSize);
        return (violations.Count == 0).Label(string.Join("\n", violations));
    }

    [Theory]
    [InlineData("gjovik-region.json", 3)]
    [InlineData("gjovik-region.json", 5)]
    [InlineData("bodo-hverdagsrehabilitering.json", 3)]
    [InlineData("bodo-hverdagsrehabilitering.json", 2)]
    public void Auditor_BundledExamples_EveryKeyRecoversNothing(string example, int k)
    {
        var read = PlanDocument.Read(File.OpenRead(Path.Combine(Support.Repo.Root, "docs", "examples", example)));
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var a = GapAnalyzer.Analyse(read.Value!, new NodaTime.LocalDate(2026, 9, 1));
        var exports = EveryExport(a, k);
        Assert.Contains(exports[0].Cells, c => c.Withheld);
        var violations = PrivacyAuditor.Audit(a, exports, k);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Property]
    public Property Export_EverySmallGroupIsWithheld(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        return export.Cells.All(c =>
        {
            var p = a.PartialOf(c.Node)[c.Key].People;
            return (p < 1 || p >= export.MinGroupSize || c.Withheld) && c.Amount == a.PartialOf(c.Node)[c.Key].Amount;
        }).ToProperty();
    }

    [Property]
    public Property Export_CellsThatCountNobodyArePublished(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        return RegionalExport.Create(a, a.Organisation.Root.Id).Cells.All(c => a.PartialOf(c.Node)[c.Key].People > 0 || !c.Withheld).ToProperty();
    }

    [Property]
    public Property Export_WithheldCellsPublishNoPersonDerivedFigure(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        return export.Cells.All(c => c.Withheld == (c.Figures is null) && c.Withheld == (c.Net is null)
            && (c.Figures is not { } f || (f == a.PartialOf(c.Node)[c.Key] && f.Net() == c.Net))).ToProperty();
    }

    [Property]
    public Property Export_SubTree_IsTheWholeTreePatternRestricted(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var whole = RegionalExport.Create(a, a.Organisation.Root.Id);
        return a.Organisation.Nodes.All(n =>
        {
            var sub = RegionalExport.Create(a, n.Id);
            var expected = whole.Cells.Where(c => a.Organisation.IsInSubtree(c.Node, n.Id)).ToList();
            return sub.Cells.Length == expected.Count
                && sub.Cells.Zip(expected).All(p => p.First.Node == p.Second.Node && p.First.Key == p.Second.Key && p.First.Withheld == p.Second.Withheld && p.First.Figures == p.Second.Figures);
        }).ToProperty();
    }

    [Property]
    public Property SharingSuggestions_UsePublishedCellsOnly(GapScenario s)
    {
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id);
        return export.SharingSuggestions(export.Root).All(x =>
            export.CellOf(x.From, x.Key) is { Net: { } from } && export.CellOf(x.To, x.Key) is { Net: { } to }
            && x.Amount <= from.Surplus && x.Amount.Hundredths <= to.Develop.Hundredths + to.Acquire.Hundredths).ToProperty();
    }

    [Fact]
    public void Export_SingleSmallSibling_ForcesTheSmallestVisibleSiblingToBeWithheld()
    {
        // Region with three municipalities; one has 2 people on the key (below k = 3): withholding it alone would let
        // anyone recover it as region − the other two, so the smaller of the other two is withheld as well. The
        // municipalities' lines have no amount (only the region requires), so this is the P_0 run's doing.
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
        Assert.True(byNode["a"].Withheld);
        Assert.True(byNode["c"].Withheld);
        Assert.False(byNode["b"].Withheld);
        Assert.False(byNode["region"].Withheld);
        Assert.Equal(PositionShare.FromPercent(100), byNode["region"].Amount);
    }

    [Fact]
    public void SharingSuggestions_NodeOutsideTheExport_IsNotFound()
    {
        var c = new RegionalCase("outside", 3, [new("r", null, 0, 100), new("a", "r", 4, 0), new("b", "r", 4, 0)]);
        var a = RegionalFixtureAdapter.Analyse(c);
        var export = RegionalExport.Create(a, new NodeId("a"));
        Assert.Throws<KeyNotFoundException>(() => export.SharingSuggestions(new NodeId("r")));
        Assert.Empty(export.SharingSuggestions(new NodeId("a")));
        Assert.Null(export.CellOf(new NodeId("b"), RegionalFixtureAdapter.Key));
    }

    [Fact]
    public void CellOf_NodeOfTheExportWithNoLineOnTheKey_IsNull()
    {
        // Mutation review (docs/reliability.md, "Privacy, re-run"): e is in the export but its sub-tree has no line on the key.
        var c = new RegionalCase("no line", 3, [new("r", null, 0, 100), new("a", "r", 4, 0), new("e", "r", 0, 0)]);
        var export = RegionalExport.Create(RegionalFixtureAdapter.Analyse(c), new NodeId("r"));
        Assert.Null(export.CellOf(new NodeId("e"), RegionalFixtureAdapter.Key));
        Assert.NotNull(export.CellOf(new NodeId("a"), RegionalFixtureAdapter.Key));
    }

    [Fact]
    public void Export_PatternIsComputedOncePerAnalysisAndMinimum()
    {
        var c = new RegionalCase("two exports", 3, [new("r", null, 0, 100), new("a", "r", 2, 0), new("b", "r", 4, 0)]);
        var a = RegionalFixtureAdapter.Analyse(c);
        Assert.Same(RegionalExport.PatternOf(a, 3), RegionalExport.PatternOf(a, 3));
        Assert.NotSame(RegionalExport.PatternOf(a, 3), RegionalExport.PatternOf(a, 2));
    }
    [Fact]
    public void SharingSuggestions_PublishedSurplusOfOneChild_CoversThePublishedNeedOfAnother()
    {
        // k = 3; region r with a (4 people, requires 100 %) over a1 (3 people, no requirement) and b (3 people, requires
        // 600 %); everyone qualified and using the competence at 100 %. Every cell is published: a's sub-tree holds 700 %
        // against 100 % (surplus 600 %), b holds 300 % against 600 % (acquire 300 %). Only r's children take part: a1 is
        // a's child, so it takes part in a's suggestions (which are none: a1 alone has nobody to share with).
        var c = new RegionalCase("sharing", 3, [new("r", null, 0, 0), new("a", "r", 4, 100), new("a1", "a", 3, 0), new("b", "r", 3, 600)]);
        var export = RegionalExport.Create(RegionalFixtureAdapter.Analyse(c), new NodeId("r"));
        Assert.DoesNotContain(export.Cells, x => x.Withheld);

        var suggestion = Assert.Single(export.SharingSuggestions(new NodeId("r")));
        Assert.Equal(("a", "b", RegionalFixtureAdapter.Key, PositionShare.FromPercent(300)), (suggestion.From.Value, suggestion.To.Value, suggestion.Key, suggestion.Amount));
        Assert.Empty(export.SharingSuggestions(new NodeId("a")));
    }

    [Fact]
    public void SharingSuggestions_NodeOutsideTheExport_IsNotFoundNamingTheNode()
    {
        var c = new RegionalCase("outside", 3, [new("r", null, 0, 100), new("a", "r", 4, 0), new("b", "r", 4, 0)]);
        var export = RegionalExport.Create(RegionalFixtureAdapter.Analyse(c), new NodeId("a"));
        var e = Assert.Throws<KeyNotFoundException>(() => export.SharingSuggestions(new NodeId("b")));
        Assert.Equal("The export of 'a' has no node 'b'.", e.Message);
    }

    [Fact]
    public void Create_NoAnalysisOrAMinimumBelowOne_IsRefused()
    {
        var a = RegionalFixtureAdapter.Analyse(new RegionalCase("guards", 3, [new("r", null, 4, 100)]));
        Assert.Equal("analysis", Assert.Throws<ArgumentNullException>(() => RegionalExport.Create(null!, new NodeId("r"))).ParamName);
        Assert.Equal("minGroupSize", Assert.ThrowsAny<ArgumentException>(() => RegionalExport.Create(a, new NodeId("r"), 0)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => RegionalExport.Create(a, new NodeId("nowhere")));
    }
}
