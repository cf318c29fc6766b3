using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The kernel's roll-up given a what-if's partials: a what-if keeps the changed entries of each ancestor's partial in
/// an overlay beside the shared arrays, and adding such a partial to the roll-up must add what the partial reads (the
/// overlay first), not its shared arrays (the shared gap-analysis spec, "Roll-up": a node's partial is the sum of its
/// own and its descendants' lines, and partials merge by addition only). The library's roll-up only meets fresh
/// partials today; this is the internal contract of adding a partial, which a roll-up over a what-if would rely on.
/// </summary>
[Properties(Arbitrary = [typeof(GapArbitraries)])]
public class GapPartialReview2Tests
{
    private static readonly LocalDate T = new(2026, 3, 1);

    private static CompetenceId C(int i) => new($"c{i}");

    private static GapKernel KernelOn(GapAnalysis analysis) =>
        new(new KeyLayout(analysis.KeySpace, new CompetenceInterner()), 0, analysis.AsOf, analysis.Options);

    /// <summary>A root "n" with two units, each asking for c0–c3 at level 2, 50 % of a position; one person in "n.1" holds c0.</summary>
    private static CompetencePlan Plan() =>
        new(
            new LocalizedText("to enheter"),
            new Organisation([new OrganisationNode(new NodeId("n"), null), new OrganisationNode(new NodeId("n.0"), new NodeId("n")), new OrganisationNode(new NodeId("n.1"), new NodeId("n"))]),
            Enumerable.Range(0, 4).Select(i => new ReKs.Competence.Model.Competence(C(i), new LocalizedText($"c{i}"), LaiComponents.Knowledge)),
            [new Person(new PersonId("p0"), new NodeId("n.1"), PositionShare.FromPercent(40), [new Holding(C(0), new ProficiencyLevel(2), CompetenceBasis.Formal, true)])],
            new[] { "n.0", "n.1" }.SelectMany(n => Enumerable.Range(0, 4).Select(i => new Requirement(new NodeId(n), C(i), new ProficiencyLevel(2), PositionShare.FromPercent(50)))));

    /// <summary>A person in "n.1" holding c1 and c2 at level 2, c1 used.</summary>
    private static Person Joiner() =>
        new(
            new PersonId("p1"),
            new NodeId("n.1"),
            PositionShare.FromPercent(80),
            [new Holding(C(1), new ProficiencyLevel(2), CompetenceBasis.Formal, true), new Holding(C(2), new ProficiencyLevel(2), CompetenceBasis.Formal, false)]);

    [Fact]
    public void Rollup_OfAWhatIfsPatchedPartials_AddsTheChangedFigures()
    {
        // The joiner changes figures on keys "n.1" and the root already have, so the what-if overlays the changed
        // entries on both partials: on the unit's (a childless node's, kept as its lines' inputs) and on the root's
        // (kept as figures). Rolled up with an empty sibling, each must give the partial a fresh analysis has.
        var plan = Plan().WithPerson(Joiner());
        var whatIf = GapAnalyzer.Analyse(Plan(), T).WithPerson(Joiner());
        var fresh = GapAnalyzer.Analyse(plan, T);
        var kernel = KernelOn(whatIf);
        foreach (var node in new[] { "n", "n.1" })
        {
            var patched = whatIf.PartialOf(new NodeId(node));
            var expected = fresh.PartialOf(new NodeId(node));
            Assert.NotEqual(GapAnalyzer.Analyse(Plan(), T).PartialOf(new NodeId(node)), expected);

            var rolled = kernel.Rollup(NodeLines.None, 2, i => i == 0 ? patched : GapPartial.EmptyIn(whatIf.KeySpace));

            Assert.Equal(expected.Keys, rolled.Keys);
            Assert.All(expected.Keys, k => Assert.Equal((expected[k], expected.LineCount(k)), (rolled[k], rolled.LineCount(k))));
        }
    }

    [Property]
    public Property Rollup_OfAWhatIfsPartials_EqualsTheirMerge(GapScenario s, GapChangeSeed change)
    {
        // Partials merge by addition only: the kernel's roll-up of every node's partial after a what-if (a person
        // joins a node, or a holding is added), some of them patched, equals their merge, and each one rolled up with
        // an empty sibling is itself.
        var before = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var nodes = s.Plan.Organisation.Nodes;
        var people = s.Plan.People;
        var whatIf = change.Kind % 2 == 1 && !people.IsEmpty
            ? before.WithHolding(people[change.Pick % people.Length].Id, change.NewHolding)
            : before.WithPerson(change.NewPerson.WithNode(nodes[change.Pick % nodes.Length].Id));
        var parts = nodes.Select(n => whatIf.PartialOf(n.Id)).ToList();
        var kernel = KernelOn(whatIf);
        var empty = GapPartial.EmptyIn(whatIf.KeySpace);
        var each = parts.All(p => kernel.Rollup(NodeLines.None, 2, i => i == 0 ? p : empty) == p);
        var all = kernel.Rollup(NodeLines.None, parts.Count + 1, i => i < parts.Count ? parts[i] : empty);
        return (each && all == GapPartial.MergeAll(parts)).ToProperty();
    }
}
