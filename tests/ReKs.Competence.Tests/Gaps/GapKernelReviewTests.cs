using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// Gaps the review of the gap kernel's surviving mutants found (docs/reliability.md, "The gap kernel: the survivors
/// reviewed"): the line's minimum heads and fragility (the shared gap-analysis spec, "Requirements" and "Local
/// allocation"), the key layout's lookup of a level a competence does not have, and the kernel's refusal of a key
/// space that lacks an applying requirement's key.
/// </summary>
public class GapKernelReviewTests
{
    private static readonly CompetenceId A = new("a");
    private static readonly CompetenceId B = new("b");

    [Property(Arbitrary = [typeof(GapArbitraries)], MaxTest = 300)]
    public Property Lines_MinHeadsIsTheLargestStated_ElseTheOption_AndFragileFollowsTheSpec(GapScenario s)
    {
        // The spec: requirements on one (node, c, L) are one line that keeps the largest minimum heads; the option's
        // minHeads holds where none is stated; fragile = A > 0 and gap − mobilise = 0 and H < minHeads.
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        return a.Lines.All(l =>
        {
            var stated = s.Plan.Requirements
                .Where(r => r.Node == l.Node && r.Competence == l.Competence && r.MinLevel == l.MinLevel && (r.From is null || r.From <= s.AsOf))
                .Select(r => r.MinHeads).OfType<int>().ToList();
            var minHeads = stated.Count > 0 ? stated.Max() : s.Options.MinHeads;
            var f = l.Figures;
            var fragile = f.Amount.Hundredths > 0 && f.Gap == f.Mobilise && f.Heads < minHeads;
            return l.MinHeads == minHeads && l.Fragile == fragile;
        }).ToProperty();
    }

    [Fact]
    public void Line_StatedMinimumHeads_OverrideTheOptionBothWays()
    {
        // Two qualified people cover a requirement of one position: with the default (2) the line is not fragile; a
        // stated 3 makes it fragile, and a stated 1 keeps a line with one qualified person from being fragile.
        var t = GapArbitraries.T;
        var plan = Plan(
            [
                new Requirement(new NodeId("u"), A, new ProficiencyLevel(2), PositionShare.FromPercent(100), minHeads: 3),
                new Requirement(new NodeId("u"), B, new ProficiencyLevel(2), PositionShare.FromPercent(50), minHeads: 1),
                new Requirement(new NodeId("v"), A, new ProficiencyLevel(2), PositionShare.FromPercent(100)),
            ],
            [
                Qualified("p1", "u", A), Qualified("p2", "u", A), Qualified("p3", "u", B),
                Qualified("q1", "v", A), Qualified("q2", "v", A),
            ]);

        var lines = GapAnalyzer.Analyse(plan, t).Lines.ToDictionary(l => (l.Node.Value, l.Competence.Value));

        Assert.Equal(3, lines[("u", "a")].MinHeads);
        Assert.True(lines[("u", "a")].Fragile);
        Assert.Equal(1, lines[("u", "b")].MinHeads);
        Assert.False(lines[("u", "b")].Fragile);
        Assert.Equal(GapOptions.Default.MinHeads, lines[("v", "a")].MinHeads);
        Assert.False(lines[("v", "a")].Fragile);
    }

    [Fact]
    public void KeyLayout_Slot_IsMinusOneForALevelTheCompetenceDoesNotHave()
    {
        // Keys sort by competence, then level: a@2 is slot 0, b@1 slot 1. Looking up a@1 must not read past a's slots
        // into b's, whose level happens to match.
        var interner = new CompetenceInterner();
        var a = interner.Intern(A);
        var b = interner.Intern(B);
        var layout = new KeyLayout(GapKeySpace.Of([new GapKey(A, new ProficiencyLevel(2)), new GapKey(B, new ProficiencyLevel(1))]), interner);

        Assert.Equal(0, layout.Slot(a, 2));
        Assert.Equal(1, layout.Slot(b, 1));
        Assert.Equal(-1, layout.Slot(a, 1));
        Assert.Equal(-1, layout.Slot(b, 2));
    }

    [Fact]
    public void Own_KeySpaceWithoutAnApplyingRequirementsKey_IsRefusedNamingTheRequirement()
    {
        // The analysis lays out keys from the requirements that apply, so this cannot happen through it; should a
        // layout ever miss one, the kernel says which requirement it would have dropped instead of dropping it.
        var requirement = new Requirement(new NodeId("u"), A, new ProficiencyLevel(2), PositionShare.FromPercent(100));
        var later = new Requirement(new NodeId("u"), B, new ProficiencyLevel(2), PositionShare.FromPercent(100), from: GapArbitraries.T.PlusDays(1));
        var plan = Plan([requirement], [Qualified("p1", "u", A)]);
        var columns = PlanColumns.Of(plan);
        var u = plan.Organisation.IndexOf(new NodeId("u"));
        NodeInput Input(PlanColumns c) => new(c.People, c.PeopleStart[u], c.PeopleStart[u + 1], c.Requirements, c.RequirementStart[u], c.RequirementStart[u + 1]);
        var empty = new KeyLayout(GapKeySpace.Of([]), columns.Competences);
        var kernel = new GapKernel(empty, columns.Competences.Count, GapArbitraries.T, GapOptions.Default);

        var e = Assert.Throws<InvalidOperationException>(() => kernel.Own(Input(columns)));
        Assert.Equal($"The key space has no slot for a requirement that applies ({requirement}).", e.Message);

        // A requirement that does not apply yet needs no slot.
        var notYet = PlanColumns.Of(Plan([later], [Qualified("p1", "u", A)]));
        var none = new GapKernel(new KeyLayout(GapKeySpace.Of([]), notYet.Competences), notYet.Competences.Count, GapArbitraries.T, GapOptions.Default);
        Assert.Equal(0, none.Own(Input(notYet)).Count);
    }

    [Fact]
    public void ComputeAll_AFailingNode_ThrowsItsOwnExceptionWhicheverThreadMetIt()
    {
        // The analysis waits for its helper threads and throws the first failure as itself: a failure on a helper
        // thread must not arrive wrapped in an AggregateException, nor be lost when the calling thread succeeds.
        var nodes = new List<OrganisationNode> { new(new NodeId("root"), null) };
        nodes.AddRange(Enumerable.Range(0, 8).Select(i => new OrganisationNode(new NodeId($"m{i}"), new NodeId("root"))));
        nodes.AddRange(Enumerable.Range(0, 8).Select(i => new OrganisationNode(new NodeId($"m{i}.u"), new NodeId($"m{i}"))));
        var people = Enumerable.Range(0, 8).Select(i => Qualified($"p{i}", $"m{i}.u", A)).ToArray();
        var requirements = Enumerable.Range(0, 8).Select(i => new Requirement(new NodeId($"m{i}.u"), A, new ProficiencyLevel(2), PositionShare.FromPercent(100))).ToArray();
        var plan = new CompetencePlan(
            new LocalizedText("threads"), new Organisation(nodes),
            [new ReKs.Competence.Model.Competence(A, new LocalizedText("a"), LaiComponents.Knowledge)], people, requirements);
        var t = GapArbitraries.T;
        var columns = PlanColumns.Of(plan);
        var layout = new KeyLayout(GapAnalyzer.Analyse(plan, t).KeySpace, columns.Competences);
        NodeInput Input(int n) => new(columns.People, columns.PeopleStart[n], columns.PeopleStart[n + 1], columns.Requirements, columns.RequirementStart[n], columns.RequirementStart[n + 1]);

        foreach (var parallel in new[] { true, false })
        {
            var whole = GapKernel.ComputeAll(columns, Input, layout, t, GapOptions.Default, parallel);
            Assert.Equal(GapAnalyzer.Analyse(plan, t).PartialOf(new NodeId("root")), whole[plan.Organisation.IndexOf(new NodeId("root"))].Partial);
            foreach (var failing in nodes.Select(n => plan.Organisation.IndexOf(n.Id)))
            {
                var e = Assert.Throws<InvalidDataException>(() => GapKernel.ComputeAll(
                    columns, n => n == failing ? throw new InvalidDataException($"node {n}") : Input(n), layout, t, GapOptions.Default, parallel));
                Assert.Equal($"node {failing}", e.Message);
            }
        }
    }

    private static Person Qualified(string id, string node, CompetenceId competence) =>
        new(new PersonId(id), new NodeId(node), PositionShare.FullTime, [new Holding(competence, new ProficiencyLevel(3), CompetenceBasis.Formal, true)]);

    private static CompetencePlan Plan(Requirement[] requirements, Person[] people) => new(
        new LocalizedText("review"),
        new Organisation([new OrganisationNode(new NodeId("root"), null), new OrganisationNode(new NodeId("u"), new NodeId("root")), new OrganisationNode(new NodeId("v"), new NodeId("root"))]),
        [new ReKs.Competence.Model.Competence(A, new LocalizedText("a"), LaiComponents.Knowledge), new ReKs.Competence.Model.Competence(B, new LocalizedText("b"), LaiComponents.Knowledge)],
        people,
        requirements);
}
