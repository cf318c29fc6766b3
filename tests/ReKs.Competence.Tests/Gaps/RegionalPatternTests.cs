using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using Run = ReKs.Competence.Gaps.RegionalPattern.Run;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The suppression pattern per count (spec gap-analysis.md, "Privacy-safe export"): which run withholds a node cell and
/// which suppresses a never-printed own cell. The export shows only the union, so these are checked on the pattern.
/// </summary>
public class RegionalPatternTests
{
    private static readonly GapKey Key = RegionalFixtureAdapter.Key;

    /// <summary>A unit with the key's requirement and nobody on it (the key exists only where something requires it); it counts nobody, so it is a public zero in its subtable.</summary>
    private static readonly RegionalNodeSeed Requiring = new("req", "r", 0, 100);

    private static RegionalPattern PatternOf(RegionalCase c) => RegionalExport.PatternOf(RegionalFixtureAdapter.Analyse(c), c.MinGroupSize);

    [Fact]
    public void Pattern_SmallOwnCell_IsSuppressedInItsOwnCountAndForcesTheSmallestChild()
    {
        // k = 3; r has 2 people of its own, a 4 and b 5, no amount on their lines (all in P_0). The own cell (2 < k) is
        // suppressed by primary suppression; alone in its subtable it would be r − a − b, so the smallest child a goes too.
        var p = PatternOf(new RegionalCase("small own cell", 3, [new("r", null, 2, 0), new("a", "r", 4, 0), new("b", "r", 5, 0), Requiring]));
        var (r, a, b) = (new NodeId("r"), new NodeId("a"), new NodeId("b"));

        Assert.True(p.IsOwnSuppressed(r, Key, Run.WithoutAmount));
        Assert.False(p.IsOwnSuppressed(r, Key, Run.WithAmount));
        Assert.True(p.IsWithheld(a, Key, Run.WithoutAmount));
        Assert.False(p.IsWithheld(a, Key, Run.WithAmount));
        Assert.True(p.IsWithheld(a, Key));
        Assert.False(p.IsWithheld(b, Key));
        Assert.False(p.IsWithheld(r, Key));
        Assert.True(p.IsOwnSuppressed(a, Key, Run.WithoutAmount)); // a leaf: withheld a = its own cell, so that goes too
        Assert.False(p.IsOwnSuppressed(b, Key, Run.WithoutAmount));
        Assert.Equal((11, 2), p.People(r, Key, Run.WithoutAmount));
        Assert.Equal((0, 0), p.People(r, Key, Run.WithAmount));
        Assert.Equal((4, 4), p.People(a, Key, Run.WithoutAmount));
    }

    [Fact]
    public void Pattern_OwnCellSmallerThanEveryVisibleChild_IsTheSecondarySuppression()
    {
        // k = 3; a has 2 people (primary), b 5, r 4 of its own, no amounts on their lines. Subtable r holds one withheld cell, so the
        // visible cell with the smallest P goes too: r's own cell (4) before b (5). Then 2 + 4 ≥ k: b stays published.
        var p = PatternOf(new RegionalCase("own cell secondary", 3, [new("r", null, 4, 0), new("a", "r", 2, 0), new("b", "r", 5, 0), Requiring]));
        var (r, a, b) = (new NodeId("r"), new NodeId("a"), new NodeId("b"));

        Assert.True(p.IsWithheld(a, Key, Run.WithoutAmount));
        Assert.True(p.IsOwnSuppressed(r, Key, Run.WithoutAmount));
        Assert.False(p.IsWithheld(b, Key));
        Assert.False(p.IsWithheld(r, Key));
    }

    [Fact]
    public void Pattern_AmountOnTheParentsLine_MovesItsOwnPeopleToTheOtherCount()
    {
        // As above, but r requires 100 %: r's own 4 people are counted in P_A, a and b (no amount) in P_0. In P_0 the own
        // cell counts nobody, so b (the only visible cell) goes, which hides all of r's P_0 people (a legal total).
        var p = PatternOf(new RegionalCase("own cell in P_A", 3, [new("r", null, 4, 100), new("a", "r", 2, 0), new("b", "r", 5, 0)]));
        var (r, a, b) = (new NodeId("r"), new NodeId("a"), new NodeId("b"));

        Assert.Equal((4, 4), p.People(r, Key, Run.WithAmount));
        Assert.Equal((7, 0), p.People(r, Key, Run.WithoutAmount));
        Assert.False(p.IsOwnSuppressed(r, Key, Run.WithAmount));
        Assert.False(p.IsOwnSuppressed(r, Key, Run.WithoutAmount));
        Assert.True(p.IsWithheld(a, Key, Run.WithoutAmount));
        Assert.True(p.IsWithheld(b, Key, Run.WithoutAmount));
        Assert.False(p.IsWithheld(b, Key, Run.WithAmount));
        Assert.False(p.IsWithheld(r, Key));
    }

    [Fact]
    public void Pattern_KeyOutsideTheAnalysis_CountsNobodyAndWithholdsNothing()
    {
        var p = PatternOf(new RegionalCase("other key", 3, [new("r", null, 1, 0), Requiring]));
        var other = new GapKey(new CompetenceId("other"), new ProficiencyLevel(2));

        Assert.True(p.IsWithheld(new NodeId("r"), Key));
        Assert.False(p.IsWithheld(new NodeId("r"), other));
        Assert.False(p.IsOwnSuppressed(new NodeId("r"), other, Run.WithoutAmount));
        Assert.Equal((0, 0), p.People(new NodeId("r"), other, Run.WithoutAmount));
    }
    [Fact]
    public void Pattern_TwoSmallCellsBelowTheMinimumTogether_AddOnlyTheSmallestVisibleChild()
    {
        // k = 3; r has 1 person of its own, a 1, b 3, c 4 (P_0). Primary: r's own cell and a. Together they hide 2 < k,
        // so the smallest visible child b goes too; then three cells hide 5 ≥ k and the subtable holds: c stays published.
        var p = PatternOf(new RegionalCase("two small cells", 3, [new("r", null, 1, 0), new("a", "r", 1, 0), new("b", "r", 3, 0), new("c", "r", 4, 0), Requiring]));

        Assert.True(p.IsOwnSuppressed(new NodeId("r"), Key, Run.WithoutAmount));
        Assert.True(p.IsWithheld(new NodeId("a"), Key));
        Assert.True(p.IsWithheld(new NodeId("b"), Key));
        Assert.False(p.IsWithheld(new NodeId("c"), Key));
        Assert.False(p.IsWithheld(new NodeId("r"), Key));
    }

    [Fact]
    public void Pattern_ChildAndOwnCellOfEqualSize_TheChildGoesFirstWhateverTheIds()
    {
        // k = 3; m has 4 people of its own, x 2 (primary), z 4. The tie between z and m's own cell goes to the child, though
        // "m" sorts before "z": z is withheld, m's own cell is not.
        var p = PatternOf(new RegionalCase("tie", 3, [new("m", null, 4, 0), new("x", "m", 2, 0), new("z", "m", 4, 0), new("req", "m", 0, 100)]));

        Assert.True(p.IsWithheld(new NodeId("x"), Key));
        Assert.True(p.IsWithheld(new NodeId("z"), Key));
        Assert.False(p.IsOwnSuppressed(new NodeId("m"), Key, Run.WithoutAmount));
    }

    [Fact]
    public void Pattern_TwoChildrenOfEqualSize_TheSmallerIdGoesFirst()
    {
        // k = 3; a has 2 people (primary), c and b 4 each: b goes (ordinal before c), c stays published.
        var p = PatternOf(new RegionalCase("tie of children", 3, [new("r", null, 0, 0), new("a", "r", 2, 0), new("c", "r", 4, 0), new("b", "r", 4, 0), Requiring]));

        Assert.True(p.IsWithheld(new NodeId("b"), Key));
        Assert.False(p.IsWithheld(new NodeId("c"), Key));
    }

    [Fact]
    public void Pattern_KeyOutsideTheAnalysis_ReadsNoOtherNodesCell()
    {
        // Mutation review (docs/reliability.md, "Privacy, re-run"): a key the analysis does not have must not be read at
        // some position of the node's cells; the next cell in the arrays (a's, withheld) must not answer for r.
        var p = PatternOf(new RegionalCase("other key, withheld neighbour", 3, [new("r", null, 4, 0), new("a", "r", 1, 0), new("b", "r", 4, 0), Requiring]));
        var other = new GapKey(new CompetenceId("other"), new ProficiencyLevel(2));

        Assert.True(p.IsWithheld(new NodeId("a"), Key));
        Assert.False(p.IsWithheld(new NodeId("r"), other));
        Assert.False(p.IsWithheld(new NodeId("r"), other, Run.WithoutAmount));
        Assert.Equal((0, 0), p.People(new NodeId("r"), other, Run.WithoutAmount));
    }

    [Fact]
    public void Pattern_TwoChildrenOfEqualSize_TheSmallerIdGoesFirstWhicheverComesFirst()
    {
        // As the tie above, with the smaller id first among the children (b before c): b goes, c stays published.
        var p = PatternOf(new RegionalCase("tie of children, ordered", 3, [new("r", null, 0, 0), new("a", "r", 2, 0), new("b", "r", 4, 0), new("c", "r", 4, 0), Requiring]));

        Assert.True(p.IsWithheld(new NodeId("b"), Key));
        Assert.False(p.IsWithheld(new NodeId("c"), Key));
    }

    [Property(Arbitrary = [typeof(GapArbitraries)], MaxTest = 500)]
    public Property Pattern_GeneratedPlans_IsExactlyTheRule(GapScenario s)
    {
        // Many keys and levels, lines with and without amounts, people on inner nodes: the pattern, per count, of node
        // cells and own cells, is exactly the spec's rule (a naive second reading of it), at the plan's minimum and at 3.
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var differences = Differences(a, s.Options.MinGroupSize).Concat(Differences(a, 3)).ToList();
        return (differences.Count == 0).Label(string.Join("\n", differences));
    }

    [Property(Arbitrary = [typeof(GapArbitraries)], MaxTest = 1000)]
    public Property Pattern_SmallOrganisationsOnOneKey_IsExactlyTheRule(RegionalCase c)
    {
        var differences = Differences(RegionalFixtureAdapter.Analyse(c), c.MinGroupSize).ToList();
        return (differences.Count == 0).Label(string.Join("\n", differences));
    }

    /// <summary>Where the pattern (and the whole-tree export drawn from it) differs from the rule's naive reading, cell by cell and count by count.</summary>
    private static IEnumerable<string> Differences(GapAnalysis a, int k)
    {
        var pattern = RegionalExport.PatternOf(a, k);
        var model = RegionalRuleModel.Of(a, k);
        var export = RegionalExport.Create(a, a.Organisation.Root.Id, k);
        foreach (var (node, key) in model.Cells)
        {
            foreach (var run in new[] { Run.WithAmount, Run.WithoutAmount })
            {
                var (withheld, own, people) = (model.IsWithheld(node, key, run), model.IsOwnSuppressed(node, key, run), model.People(node, key, run));
                if (pattern.IsWithheld(node, key, run) != withheld || pattern.IsOwnSuppressed(node, key, run) != own || pattern.People(node, key, run) != people)
                {
                    yield return $"k={k} {node} {key} {run}: pattern withheld {pattern.IsWithheld(node, key, run)}, own {pattern.IsOwnSuppressed(node, key, run)}, "
                        + $"people {pattern.People(node, key, run)}; the rule: withheld {withheld}, own {own}, people {people}";
                }
            }

            var either = model.IsWithheld(node, key, Run.WithAmount) || model.IsWithheld(node, key, Run.WithoutAmount);
            if (pattern.IsWithheld(node, key) != either || export.CellOf(node, key) is not { } cell || cell.Withheld != either)
            {
                yield return $"k={k} {node} {key}: withheld by the pattern {pattern.IsWithheld(node, key)}, in the export {export.CellOf(node, key)?.Withheld}; the rule: {either}";
            }
        }

        if (export.Cells.Length != model.Cells.Count)
        {
            yield return $"k={k}: the export has {export.Cells.Length} cells, the rule {model.Cells.Count}";
        }
    }
}
