using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The mergeable partial itself (spec gap-analysis.md, "Roll-up"; the type's documentation): what it sums and counts per
/// key, when two partials are equal (same keys, figures and line counts, whichever key spaces they are laid out on), its
/// argument checks, and the guards that stop a what-if from taking out a line a partial never had.
/// </summary>
public class GapPartialTests
{
    private static readonly GapKey K1 = new(new CompetenceId("dementia"), new ProficiencyLevel(2));
    private static readonly GapKey K2 = new(new CompetenceId("dementia"), new ProficiencyLevel(3));
    private static readonly GapKey K3 = new(new CompetenceId("palliative"), new ProficiencyLevel(1));

    private static PositionShare P(int percent) => PositionShare.FromPercent(percent);

    private static GapFigures F(int amount, int used, int heads, int people) => GapFigures.ForLine(P(amount), P(used), PositionShare.Zero, PositionShare.Zero, heads, people);

    private static GapLine Line(GapKey key, GapFigures figures) => new(new NodeId("u"), key, figures, false, 1, []);

    [Fact]
    public void Of_Lines_SumsTheFiguresAndCountsTheLinesOfEachKey()
    {
        var p = GapPartial.Of([Line(K2, F(100, 50, 1, 1)), Line(K1, F(200, 100, 1, 2)), Line(K2, F(50, 100, 1, 1))]);

        Assert.Equal([K1, K2], p.Keys);
        Assert.Equal(2, p.Count);
        Assert.Equal(F(100, 50, 1, 1) + F(50, 100, 1, 1), p[K2]);
        Assert.Equal(F(200, 100, 1, 2), p[K1]);
        Assert.Equal((1, 2), (p.LineCount(K1), p.LineCount(K2)));
        Assert.True(p.Contains(K1) && p.Contains(K2));
        Assert.Equal(p[K2].Net(), p.Net(K2));
    }

    [Fact]
    public void Of_KeyNoLineHas_IsAbsentWithZeroFigures()
    {
        var p = GapPartial.Of([Line(K1, F(100, 50, 1, 1))]);

        Assert.False(p.Contains(K3));
        Assert.Equal(0, p.LineCount(K3));
        Assert.Equal(GapFigures.Zero, p[K3]);
        Assert.Equal(GapFigures.Zero.Net(), p.Net(K3));
        Assert.Equal(GapPartial.Empty, GapPartial.Of([]));
        Assert.Equal(0, GapPartial.Empty.Count);
        Assert.False(GapPartial.Empty.Contains(K1));
    }

    [Fact]
    public void Equality_SameFiguresButAnotherLineCount_AreNotEqual()
    {
        // A key is present when a line has it, even with all figures zero, and the line counts are part of equality.
        var one = GapPartial.Of([Line(K1, F(100, 50, 1, 1))]);
        var two = GapPartial.Of([Line(K1, F(100, 50, 1, 1)), Line(K1, GapFigures.Zero)]);

        Assert.Equal(one[K1], two[K1]);
        Assert.NotEqual(one, two);
        Assert.True(one != two);
        Assert.False(one == two);
    }

    [Fact]
    public void Equality_SameFiguresOnAnotherKey_AreNotEqual()
    {
        // Laid out on other key spaces ({K1} and {K2}), and on one shared space ({K1, K2}, as partials of one analysis are).
        Assert.NotEqual(GapPartial.Of([Line(K1, F(100, 50, 1, 1))]), GapPartial.Of([Line(K2, F(100, 50, 1, 1))]));
        var both = GapPartial.Of([Line(K1, F(100, 50, 1, 1)), Line(K2, F(100, 50, 1, 1))]);
        var space = GapKeySpace.Of([K1, K2]);
        var onK1 = new GapPartial(space, [0], [F(100, 50, 1, 1)], [1]);
        var onK2 = new GapPartial(space, [1], [F(100, 50, 1, 1)], [1]);
        Assert.NotEqual(onK1, onK2);
        Assert.Equal(onK1, GapPartial.Of([Line(K1, F(100, 50, 1, 1))]));
        Assert.Equal(both, onK1.Merge(onK2));
    }

    [Fact]
    public void Equality_NullAndOtherTypes_AreHandled()
    {
        var p = GapPartial.Of([Line(K1, F(100, 50, 1, 1))]);
        var q = GapPartial.Of([Line(K1, F(100, 50, 1, 1))]);
        GapPartial? none = null;

        Assert.True(p.Equals((object)q));
        Assert.False(p.Equals((object)"dementia"));
        Assert.False(p.Equals(none));
        Assert.False(p == none);
        Assert.False(none == p);
        Assert.True(none == null);
        Assert.True(p != none);
        Assert.False(p != q);
        Assert.Equal(p.GetHashCode(), q.GetHashCode());
    }

    [Fact]
    public void Arguments_Null_AreRefusedByName()
    {
        var p = GapPartial.Of([Line(K1, F(100, 50, 1, 1))]);

        Assert.Equal("lines", Assert.Throws<ArgumentNullException>(() => GapPartial.Of(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => p.Merge(null!)).ParamName);
        Assert.Equal("partials", Assert.Throws<ArgumentNullException>(() => GapPartial.MergeAll(null!)).ParamName);
        Assert.Equal("partials", Assert.Throws<ArgumentNullException>(() => GapPartial.MergeAll([p, null!])).ParamName);
    }

    [Fact]
    public void Merge_WithTheEmptyPartialOnEitherSide_IsTheOther()
    {
        var p = GapPartial.Of([Line(K1, F(100, 50, 1, 1)), Line(K3, F(0, 100, 1, 1))]);

        Assert.Equal(p, p.Merge(GapPartial.Empty));
        Assert.Equal(p, GapPartial.Empty.Merge(p));
        Assert.Equal(GapPartial.Empty, GapPartial.MergeAll([]));
        Assert.Equal(GapPartial.Empty, GapPartial.MergeAll([GapPartial.Empty, GapPartial.Empty]));
        Assert.Equal(p, GapPartial.MergeAll([GapPartial.Empty, p, GapPartial.Empty]));
    }

    [Fact]
    public void Merge_PartialsOnOtherKeySpaces_AddsOnTheUnionOfTheirKeys()
    {
        var a = GapPartial.Of([Line(K1, F(100, 50, 1, 1)), Line(K2, F(200, 0, 0, 1))]);
        var b = GapPartial.Of([Line(K2, F(50, 100, 1, 1)), Line(K3, F(0, 100, 1, 1))]);

        var merged = a.Merge(b);

        Assert.Equal([K1, K2, K3], merged.Keys);
        Assert.Equal(F(100, 50, 1, 1), merged[K1]);
        Assert.Equal(F(200, 0, 0, 1) + F(50, 100, 1, 1), merged[K2]);
        Assert.Equal(F(0, 100, 1, 1), merged[K3]);
        Assert.Equal((1, 2, 1), (merged.LineCount(K1), merged.LineCount(K2), merged.LineCount(K3)));
        Assert.Equal(merged, b.Merge(a));
    }

    [Fact]
    public void Merge_FiguresBeyondTheirRange_ThrowRatherThanWrap()
    {
        // The readers cap amounts so that no accepted plan gets here (GapOverflowTests); the sum itself is still checked.
        var huge = GapPartial.Of([Line(K1, GapFigures.ForLine(PositionShare.FromHundredths(long.MaxValue / 2 + 1), PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, 0, 0))]);

        Assert.Throws<OverflowException>(() => huge.Merge(huge));
    }

    [Property(Arbitrary = [typeof(GapArbitraries)], MaxTest = 200)]
    public Property Equality_PartialsOfAnAnalysis_AreEqualExactlyWhenKeysFiguresAndLineCountsAre(GapScenario s)
    {
        // Partials of one analysis share a key space; partials of lines have their own: equality (and the hash code)
        // must not depend on the layout.
        var a = GapAnalyzer.Analyse(s.Plan, s.AsOf, s.Options);
        var nodes = a.Organisation.Nodes;
        static List<(GapKey, GapFigures, int)> Content(GapPartial p) => [.. p.Keys.Select(k => (k, p[k], p.LineCount(k)))];
        var pairs = nodes.SelectMany(x => nodes.Select(y => (X: a.PartialOf(x.Id), Y: a.PartialOf(y.Id)))).All(pair =>
            (pair.X == pair.Y) == Content(pair.X).SequenceEqual(Content(pair.Y)) && pair.X.Equals(pair.Y) == (pair.X == pair.Y));
        var layouts = nodes.All(n =>
        {
            var ofLines = GapPartial.Of(a.Organisation.SubtreeOf(n.Id).SelectMany(d => a.LinesOf(d.Id)));
            var partial = a.PartialOf(n.Id);
            return ofLines == partial && partial == ofLines && ofLines.GetHashCode() == partial.GetHashCode()
                && partial.Keys.All(k => partial.LineCount(k) == a.Organisation.SubtreeOf(n.Id).Sum(d => a.LinesOf(d.Id).Count(l => l.Key == k)));
        });
        return (pairs && layouts).ToProperty();
    }

    [Fact]
    public void Patch_TakingOutALineOfAKeyThePartialLacks_IsRefused()
    {
        // The what-if kernel replaces a node's own lines in each ancestor's partial; a line taken out must have been in
        // the partial. Key set changes take the merging walk, which checks it before (and after) the last key.
        var space = GapKeySpace.Of([K1, K2, K3]);
        var partial = new GapPartial(space, [1, 2], [F(100, 50, 1, 1), F(50, 0, 0, 1)], [1, 1]);
        var before = NodeLinesOf.Figures([0, 1], [F(10, 10, 1, 1), F(100, 50, 1, 1)], [1, 1], [false, false]);
        var e = Assert.Throws<InvalidOperationException>(() => partial.Patch(before, NodeLines.None, LineChange.Between(before, NodeLines.None)));
        Assert.Equal("A line was taken out of a partial that never had its key.", e.Message);

        var single = new GapPartial(space, [1], [F(100, 50, 1, 1)], [1]);
        var beyond = NodeLinesOf.Figures([1, 2], [F(100, 50, 1, 1), F(10, 10, 1, 1)], [1, 1], [false, false]);
        e = Assert.Throws<InvalidOperationException>(() => single.Patch(beyond, NodeLines.None, LineChange.Between(beyond, NodeLines.None)));
        Assert.Equal("A line was taken out of a partial that never had its key.", e.Message);
    }

    [Fact]
    public void Patch_LastLineOfAKeyTakenOutWithOtherFigures_IsRefused()
    {
        var space = GapKeySpace.Of([K1, K2]);
        var partial = new GapPartial(space, [0, 1], [F(100, 50, 1, 1), F(50, 0, 0, 1)], [1, 1]);
        var before = NodeLinesOf.Figures([0], [F(40, 20, 1, 1)], [1], [false]);
        var e = Assert.Throws<InvalidOperationException>(() => partial.Patch(before, NodeLines.None, LineChange.Between(before, NodeLines.None)));
        Assert.Equal("A partial's key lost its last line but kept figures.", e.Message);
    }

    [Fact]
    public void Patch_KeysGainedAndLost_AreTheMergeOfTheThreeSortedLists()
    {
        // A node's only line on K1 is replaced by one on K3; K2 (a descendant's) is untouched.
        var space = GapKeySpace.Of([K1, K2, K3]);
        var partial = new GapPartial(space, [0, 1], [F(100, 50, 1, 1), F(50, 0, 0, 1)], [1, 2]);
        var before = NodeLinesOf.Figures([0], [F(100, 50, 1, 1)], [1], [false]);
        var after = NodeLinesOf.Figures([2], [F(30, 30, 1, 1)], [1], [false]);

        var patched = partial.Patch(before, after, LineChange.Between(before, after));

        Assert.Equal(new GapPartial(space, [1, 2], [F(50, 0, 0, 1), F(30, 30, 1, 1)], [2, 1]), patched);
        Assert.Equal(2, patched.LineCount(K2));
        Assert.False(patched.Contains(K1));
    }

    [Fact]
    public void Patch_SameKeysOtherFigures_OverlaysTheChangedEntriesOnly()
    {
        var space = GapKeySpace.Of([K1, K2, K3]);
        var partial = new GapPartial(space, [0, 1, 2], [F(100, 50, 1, 1), F(50, 0, 0, 1), F(10, 0, 0, 1)], [2, 1, 1]);
        var before = NodeLinesOf.Figures([0], [F(60, 50, 1, 1)], [1], [false]);
        var after = NodeLinesOf.Figures([0], [F(60, 0, 0, 1)], [1], [false]);

        var once = partial.Patch(before, after, LineChange.Between(before, after));
        var back = once.Patch(after, before, LineChange.Between(after, before));

        Assert.Equal(new GapPartial(space, [0, 1, 2], [F(100, 0, 0, 1), F(50, 0, 0, 1), F(10, 0, 0, 1)], [2, 1, 1]), once);
        Assert.Equal(partial, back);
        Assert.Same(partial, partial.Patch(before, before, LineChange.Between(before, before)));
    }
}
