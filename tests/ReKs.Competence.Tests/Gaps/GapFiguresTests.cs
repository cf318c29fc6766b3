using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>The figures of a line and of a partial (spec gap-analysis.md, "Local allocation on a line" and "Roll-up"): the value type itself, apart from the analysis.</summary>
public class GapFiguresTests
{
    private static PositionShare P(int percent) => PositionShare.FromPercent(percent);

    /// <summary>Figures of a line from small non-negative percents (people ≥ heads), as the kernel makes them.</summary>
    public static class LineArbitrary
    {
        public static Arbitrary<GapFigures> Figures() => Arb.From(
            from a in Gen.Choose(0, 400)
            from used in Gen.Choose(0, 300)
            from unused in Gen.Choose(0, 300)
            from d in Gen.Choose(0, 300)
            from heads in Gen.Choose(0, 5)
            from extra in Gen.Choose(0, 5)
            select GapFigures.ForLine(P(a), P(used), P(unused), P(d), heads, heads + extra));
    }

    [Fact]
    public void ForLine_NeedBeyondUnusedCapital_IsMobilisedThenDevelopedThenAcquired()
    {
        // The spec's allocation: A 300, S_used 100, S_unused 50, D 80 → gap 200 = mobilise 50 + develop 80 + acquire 70.
        var f = GapFigures.ForLine(P(300), P(100), P(50), P(80), 2, 3);
        Assert.Equal((P(300), P(100), P(50), P(80), 2, 3), (f.Amount, f.UsedSupply, f.UnusedSupply, f.Developable, f.Heads, f.People));
        Assert.Equal((P(200), P(50), P(80), P(70), PositionShare.Zero), (f.Gap, f.Mobilise, f.Develop, f.Acquire, f.Surplus));
    }

    [Fact]
    public void ForLine_CapitalBeyondTheAmount_IsSurplusAndNoNeed()
    {
        // A 100, S_used 80, S_unused 50: gap 20 met by mobilising 20; surplus = 80 + 50 − 100 = 30; D is not needed.
        var f = GapFigures.ForLine(P(100), P(80), P(50), P(40), 2, 3);
        Assert.Equal((P(20), P(20), PositionShare.Zero, PositionShare.Zero, P(30)), (f.Gap, f.Mobilise, f.Develop, f.Acquire, f.Surplus));
    }

    [Fact]
    public void ForLine_NoAmount_HasNoNeedAndAllCapitalIsSurplus()
    {
        var f = GapFigures.ForLine(PositionShare.Zero, P(60), P(40), P(10), 2, 2);
        Assert.Equal((PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, P(100)), (f.Gap, f.Mobilise, f.Develop, f.Acquire, f.Surplus));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(2, 1)]
    [InlineData(0, -1)]
    public void ForLine_HeadsNegativeOrMoreThanPeople_IsRefused(int heads, int people) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GapFigures.ForLine(P(100), P(50), P(0), P(0), heads, people));

    [Fact]
    public void ForLine_PeopleEqualToHeads_IsAccepted() =>
        Assert.Equal(2, GapFigures.ForLine(P(100), P(50), P(0), P(0), 2, 2).People);

    [Property]
    public Property MobilisingMeetsGap_IsTheLinesGapEqualToItsMobilise(NonNegativeInt a, NonNegativeInt used, NonNegativeInt unused)
    {
        // The kernel decides fragility from a line's inputs alone; that must be the allocation's own "gap = mobilise".
        var f = GapFigures.Line(a.Get, used.Get, unused.Get, 0, 0, 0);
        return (GapFigures.MobilisingMeetsGap(a.Get, used.Get, unused.Get) == (f.Gap == f.Mobilise)).ToProperty();
    }

    [Property(Arbitrary = [typeof(LineArbitrary)])]
    public Property Subtract_UndoesAdd(GapFigures x, GapFigures y) =>
        ((x + y) - y == x && x.Add(y).Subtract(y) == x && (x + y).Subtract(x) == y && x + GapFigures.Zero == x).ToProperty();

    [Property(Arbitrary = [typeof(LineArbitrary)])]
    public Property Equality_AgreesWithTheOperatorsAndTheHashCode(GapFigures x, GapFigures y)
    {
        var same = x.Amount == y.Amount && x.UsedSupply == y.UsedSupply && x.UnusedSupply == y.UnusedSupply && x.Developable == y.Developable
            && x.Heads == y.Heads && x.People == y.People;
        return (x.Equals(y) == same && (x == y) == same && (x != y) == !same && x.Equals((object)y) == same
            && x.Equals((object)x) && !x.Equals(null) && x.GetHashCode() == GapFigures.ForLine(x.Amount, x.UsedSupply, x.UnusedSupply, x.Developable, x.Heads, x.People).GetHashCode()).ToProperty();
    }

    [Fact]
    public void Equality_FiguresDifferingInOneFigureOnly_AreNotEqual()
    {
        var f = GapFigures.ForLine(P(300), P(100), P(50), P(80), 2, 3);
        foreach (var other in new[]
        {
            GapFigures.ForLine(P(301), P(100), P(50), P(80), 2, 3), GapFigures.ForLine(P(300), P(101), P(50), P(80), 2, 3),
            GapFigures.ForLine(P(300), P(100), P(51), P(80), 2, 3), GapFigures.ForLine(P(300), P(100), P(50), P(81), 2, 3),
            GapFigures.ForLine(P(300), P(100), P(50), P(80), 1, 3), GapFigures.ForLine(P(300), P(100), P(50), P(80), 2, 4),
        })
        {
            Assert.False(f == other, other.ToString());
            Assert.True(f != other, other.ToString());
            Assert.False(f.Equals(other), other.ToString());
        }

        // Two partials with equal inputs but a different split of the gap (summed from different lines) are different figures.
        var twoLines = GapFigures.ForLine(P(100), P(0), P(0), P(0), 0, 0) + GapFigures.ForLine(P(0), P(0), P(100), P(0), 1, 1);
        var oneLine = GapFigures.ForLine(P(100), P(0), P(100), P(0), 1, 1);
        Assert.Equal((oneLine.Amount, oneLine.UnusedSupply, oneLine.Gap), (twoLines.Amount, twoLines.UnusedSupply, twoLines.Gap));
        Assert.NotEqual(oneLine, twoLines);
        Assert.True(oneLine != twoLines);
    }

    [Fact]
    public void Subtract_FiguresNeverAdded_IsRefusedNamingTheNegativeFigures()
    {
        var small = GapFigures.ForLine(P(100), P(0), P(0), P(0), 0, 0);
        var big = GapFigures.ForLine(P(100), P(100), P(0), P(0), 1, 1);
        var e = Assert.Throws<InvalidOperationException>(() => small - big);
        Assert.Equal("Figures were subtracted that were never added: used, heads, people would become negative.", e.Message);
        Assert.Throws<InvalidOperationException>(() => small.Subtract(big));
        Assert.Equal(GapFigures.Zero, big - big);
    }

    [Fact]
    public void Net_SurplusInTheSubtree_IsSharedBeforeRecruitingThenBeforeTraining()
    {
        // A partial of two lines: one with gap 200 = mobilise 50 + develop 80 + acquire 70, one with gap 20 = mobilise 20 and surplus 30 (spec
        // "Roll-up"): shared = min(80 + 70, 30 + 0) = 30 → mobilise_net 70 + 30, develop_net 80, acquire_net 70 − 30, surplus_net 0.
        var partial = GapFigures.ForLine(P(300), P(100), P(50), P(80), 2, 3) + GapFigures.ForLine(P(100), P(80), P(50), P(0), 2, 2);
        var net = partial.Net();
        Assert.Equal((P(400), 4, P(220)), (net.Amount, net.Heads, net.Gap));
        Assert.Equal((P(100), P(80), P(40), PositionShare.Zero, P(30)), (net.Mobilise, net.Develop, net.Acquire, net.Surplus, net.Shared));

        // Surplus beyond acquire: the rest is taken from develop, and what is left over stays surplus.
        var more = GapFigures.ForLine(P(300), P(100), P(50), P(80), 2, 3) + GapFigures.ForLine(P(0), P(100), P(0), P(0), 1, 1);
        var n2 = more.Net();
        Assert.Equal((P(150), PositionShare.Zero, P(50), P(0), P(100)), (n2.Mobilise, n2.Acquire, n2.Develop, n2.Surplus, n2.Shared));
        var n3 = (more + GapFigures.ForLine(P(0), P(100), P(0), P(0), 1, 1)).Net();
        Assert.Equal((P(200), PositionShare.Zero, PositionShare.Zero, P(50), P(150)), (n3.Mobilise, n3.Acquire, n3.Develop, n3.Surplus, n3.Shared));
    }

    [Property(Arbitrary = [typeof(LineArbitrary)])]
    public Property Net_ConservesTheGap(GapFigures x, GapFigures y)
    {
        var n = (x + y).Net();
        return (n.Mobilise.Hundredths + n.Develop.Hundredths + n.Acquire.Hundredths == (x + y).Gap.Hundredths
            && n.Shared.Hundredths + n.Surplus.Hundredths == (x + y).Surplus.Hundredths
            && n.Develop <= (x + y).Develop && n.Acquire <= (x + y).Acquire).ToProperty();
    }

    [Fact]
    public void ToString_NamesEveryFigureInPercent()
    {
        var f = GapFigures.ForLine(PositionShare.FromPercent(300.5m), P(100), P(50), P(80), 2, 3);
        Assert.Equal("A 300.5 used 100 unused 50 dev 80 H 2 P 3 → gap 200.5 = mobilise 50 + develop 80 + acquire 70.5; surplus 0", f.ToString());
    }
    [Fact]
    public void Subtract_OnlyOneFigureWouldGoNegative_IsRefused()
    {
        // Mutation review (docs/reliability.md, "Gap rules"): one negative figure among non-negative ones is enough.
        var unusedOnly = GapFigures.ForLine(PositionShare.Zero, PositionShare.Zero, P(100), PositionShare.Zero, 0, 0);
        var usedOnly = GapFigures.ForLine(PositionShare.Zero, P(100), PositionShare.Zero, PositionShare.Zero, 0, 0);
        var developableOnly = GapFigures.ForLine(PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, P(100), 0, 0);
        Assert.Equal(P(100), unusedOnly.Surplus);
        Assert.Equal(P(100), usedOnly.Surplus);
        Assert.Equal("Figures were subtracted that were never added: used would become negative.", Assert.Throws<InvalidOperationException>(() => unusedOnly - usedOnly).Message);
        Assert.Equal("Figures were subtracted that were never added: unused would become negative.", Assert.Throws<InvalidOperationException>(() => usedOnly - unusedOnly).Message);
        Assert.Equal("Figures were subtracted that were never added: developable would become negative.", Assert.Throws<InvalidOperationException>(() => GapFigures.Zero - developableOnly).Message);
    }

    [Fact]
    public void Equality_FiguresDifferingInAmountAndUsedOnly_AreNotEqual()
    {
        // A requirement met exactly by capital in use has no gap and no surplus: it differs from nothing in A and S_used only.
        var metExactly = GapFigures.ForLine(P(100), P(100), PositionShare.Zero, PositionShare.Zero, 0, 0);
        Assert.Equal((PositionShare.Zero, PositionShare.Zero), (metExactly.Gap, metExactly.Surplus));
        Assert.False(metExactly == GapFigures.Zero);
        Assert.True(metExactly != GapFigures.Zero);
    }
    [Fact]
    public void Add_FigureBeyondItsRange_ThrowsRatherThanWrapping()
    {
        // Mutation review (docs/reliability.md, "Gap rules"): the two figures that can grow alone — D on a line with no
        // amount, P with no heads — overflow loudly. The readers' caps keep real plans far below this.
        var developable = GapFigures.ForLine(PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, P(100), 0, 0);
        Assert.Throws<OverflowException>(() =>
        {
            var f = developable;
            for (var i = 0; i < 64; i++)
            {
                f += f;
            }
        });
        var people = GapFigures.ForLine(PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, P(100), 0, int.MaxValue);
        Assert.Throws<OverflowException>(() => people + GapFigures.ForLine(PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, PositionShare.Zero, 0, 1));
    }
}
