using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// What-ifs large enough to patch more entries of an ancestor's partial than its overlay holds (more than 256, the
/// bound for partials of up to 1 024 keys), so that the patch copies the partial's arrays out and applies the changes
/// to the copy. Whichever way a patch is applied, the result must equal analysing the changed plan from scratch (the
/// shared gap-analysis spec, "Roll-up": a node's partial is the sum of its own and its descendants' lines).
/// </summary>
public class GapPartialPatchTests
{
    private const int Competences = 300;
    private static readonly LocalDate T = new(2026, 3, 1);

    private static CompetenceId C(int i) => new($"c{i:000}");

    /// <summary>
    /// A root "n" with two units: "n.1" asks for all 300 competences at level 2, "n.0" for the first 150, each 50 % of a
    /// position (so every key of the root's partial is there before any what-if, and the first 150 of "n.0"'s too).
    /// </summary>
    private static CompetencePlan Plan() =>
        new(
            new LocalizedText("mange kompetanser"),
            new Organisation([new OrganisationNode(new NodeId("n"), null), new OrganisationNode(new NodeId("n.0"), new NodeId("n")), new OrganisationNode(new NodeId("n.1"), new NodeId("n"))]),
            Enumerable.Range(0, Competences).Select(i => new ReKs.Competence.Model.Competence(C(i), new LocalizedText($"c{i}"), LaiComponents.Knowledge)),
            [new Person(new PersonId("p0"), new NodeId("n.1"), PositionShare.FromPercent(40), [new Holding(C(7), new ProficiencyLevel(3), CompetenceBasis.Formal, true)])],
            Enumerable.Range(0, Competences).Select(i => new Requirement(new NodeId("n.1"), C(i), new ProficiencyLevel(2), PositionShare.FromPercent(50)))
                .Concat(Enumerable.Range(0, Competences / 2).Select(i => new Requirement(new NodeId("n.0"), C(i), new ProficiencyLevel(2), PositionShare.FromPercent(50)))));

    /// <summary>A person holding competences <paramref name="from"/> to <paramref name="to"/> (exclusive) at level 2, the used ones every other.</summary>
    private static Person Holder(string id, string node, int from, int to, int percent) =>
        new(
            new PersonId(id),
            new NodeId(node),
            PositionShare.FromPercent(percent),
            Enumerable.Range(from, to - from).Select(i => new Holding(C(i), new ProficiencyLevel(2), CompetenceBasis.Formal, i % 2 == 0)));

    [Fact]
    public void WhatIf_ChangingMoreEntriesThanTheOverlayHolds_EqualsAFullReanalysisAtEveryStep()
    {
        // Each step says which patch each partial takes; the root's partial has 300 keys, so its overlay holds 256.
        var plan = Plan();
        var incremental = GapAnalyzer.Analyse(plan, T);
        var steps = new (string Why, Func<CompetencePlan, CompetencePlan> Plan, Func<GapAnalysis, GapAnalysis> WhatIf)[]
        {
            // "n.0" gains lines on 150 keys it lacked (a merge of sorted lists); the root has every key, and 300 of its
            // entries change (150 with one line more): more than the overlay holds, so its arrays are copied out.
            ("a holder of all 300 joins n.0", p => p.WithPerson(Holder("a", "n.0", 0, 300, 60)), a => a.WithPerson(Holder("a", "n.0", 0, 300, 60))),

            // 150 entries of "n.1" and of the root (copied above, so no overlay yet) change: both overlay them.
            ("a holder of the first 150 joins n.1", p => p.WithPerson(Holder("b", "n.1", 0, 150, 80)), a => a.WithPerson(Holder("b", "n.1", 0, 150, 80))),

            // 150 other entries change: with the 150 already overlaid that is 300, so the copy reads the old overlay.
            ("a holder of the last 150 joins n.1", p => p.WithPerson(Holder("c", "n.1", 150, 300, 70)), a => a.WithPerson(Holder("c", "n.1", 150, 300, 70))),

            // "n.0" loses its lines on the last 150 keys; the root keeps them (n.1's), one line fewer on each: copied.
            ("the holder of all 300 leaves", p => p.WithoutPerson(new PersonId("a")), a => a.WithoutPerson(new PersonId("a"))),

            // The same person back, then changed in place: figures change on 300 keys and no line count does.
            ("the holder of all 300 rejoins", p => p.WithPerson(Holder("a", "n.0", 0, 300, 60)), a => a.WithPerson(Holder("a", "n.0", 0, 300, 60))),
            ("and works less", p => p.WithPerson(Holder("a", "n.0", 0, 300, 25)), a => a.WithPerson(Holder("a", "n.0", 0, 300, 25))),
        };

        foreach (var (why, change, whatIf) in steps)
        {
            plan = change(plan);
            incremental = whatIf(incremental);
            var fresh = GapAnalyzer.Analyse(plan, T);
            Assert.True(GapLawTests.Same(incremental, fresh), why);
            foreach (var node in new[] { "n", "n.0", "n.1" })
            {
                var expected = fresh.PartialOf(new NodeId(node));
                var actual = incremental.PartialOf(new NodeId(node));
                Assert.Equal(expected.Keys, actual.Keys);
                Assert.All(expected.Keys, k => Assert.Equal((expected[k], expected.LineCount(k)), (actual[k], actual.LineCount(k))));
            }
        }
    }

    [Fact]
    public void WhatIf_ChangingMoreEntriesThanTheOverlayHolds_SumsWhatTheSpecSays()
    {
        // Worked by hand from the spec ("Local allocation", "Roll-up") for one key, so that the comparison above is
        // not only with the same engine: c000 at level 2 after "a" (60 %, c000 used) joins n.0.
        var analysis = GapAnalyzer.Analyse(Plan(), T).WithPerson(Holder("a", "n.0", 0, 300, 60));
        var key = new GapKey(C(0), new ProficiencyLevel(2));

        // n.0: A = 50, S_used = 60 → gap 0, surplus 10. n.1: A = 50, nobody → gap 50, acquire 50. Root: the sum.
        var root = analysis.PartialOf(new NodeId("n"))[key];
        Assert.Equal(PositionShare.FromPercent(100), root.Amount);
        Assert.Equal(PositionShare.FromPercent(60), root.UsedSupply);
        Assert.Equal(PositionShare.FromPercent(50), root.Gap);
        Assert.Equal(PositionShare.FromPercent(50), root.Acquire);
        Assert.Equal(PositionShare.FromPercent(10), root.Surplus);
        Assert.Equal(1, root.Heads);
        Assert.Equal(2, analysis.PartialOf(new NodeId("n")).LineCount(key));

        // c151 (unused by "a", and n.0 has no requirement for it): a line of amount 0 at n.0 with 60 % unused supply.
        var other = new GapKey(C(151), new ProficiencyLevel(2));
        var sum = analysis.PartialOf(new NodeId("n"))[other];
        Assert.Equal((PositionShare.FromPercent(50), PositionShare.Zero, PositionShare.FromPercent(60), PositionShare.FromPercent(50)), (sum.Amount, sum.UsedSupply, sum.UnusedSupply, sum.Gap));
        Assert.Equal(PositionShare.FromPercent(60), sum.Surplus);
        Assert.Equal(2, analysis.PartialOf(new NodeId("n")).LineCount(other));
    }
}
