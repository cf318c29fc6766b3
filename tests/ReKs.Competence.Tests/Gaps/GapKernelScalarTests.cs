using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using static ReKs.Competence.Tests.Gaps.RollupFigures;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The roll-up has two paths: vectors of longs with one overflow check per partial (where Vector256 and Vector128 are
/// accelerated), and one checked addition per entry (elsewhere). Both must give the specification's roll-up — the
/// element-wise sum of the line values (the shared gap-analysis spec, "Roll-up") — and throw exactly when that sum
/// leaves a figure's range. The kernel's <c>vectors: false</c> takes the checked path on any machine, so the two are
/// compared here with figures up to a long's range, where a sum can overflow in any one figure.
/// </summary>
public class GapKernelScalarTests
{
    private static readonly LocalDate T = new(2026, 1, 1);

    private static readonly Gen<(int Slot, GapFigures Figures, int Lines)[]> Entries =
        from slots in Gen.SubListOf(Enumerable.Range(0, Space.Count))
        from figures in Gen.ArrayOf(Figures, slots.Count)
        from lines in Gen.ArrayOf(Gen.Choose(1, 5), slots.Count)
        select slots.Order().Select((s, i) => (s, figures[i], lines[i])).ToArray();

    private static readonly Gen<((int Slot, GapFigures Figures, int Lines)[] Own, (int Slot, GapFigures Figures, int Lines)[][] Children)> Nodes =
        from own in Entries
        from children in Gen.ArrayOf(Entries)
        select (own, children);

    [Property(MaxTest = 1000)]
    public Property Rollup_ScalarEqualsVectorEqualsTheCheckedSum_AndBothThrowExactlyWhenItOverflows() => Prop.ForAll(
        Arb.From(Nodes),
        node =>
        {
            // The law, with checked arithmetic: own lines count one line each, a child's entries their line counts.
            var expected = new Dictionary<int, (GapFigures Figures, int Lines)>();
            var overflows = false;
            try
            {
                foreach (var (slot, figures, lines) in node.Own.Select(e => (e.Slot, e.Figures, 1)).Concat(node.Children.SelectMany(c => c)))
                {
                    var (f, n) = expected.GetValueOrDefault(slot);
                    expected[slot] = (f + figures, checked(n + lines));
                }
            }
            catch (OverflowException)
            {
                overflows = true;
            }

            var scalar = Rollup(node.Own, node.Children, vectors: false);
            var vector = Rollup(node.Own, node.Children, vectors: true);
            if (overflows)
            {
                return (scalar is null && vector is null).ToProperty().Label("both paths throw when the checked sum overflows");
            }

            bool Exact(GapPartial? p) => p is not null && p.Count == expected.Count
                && expected.All(e => p[Space.Keys[e.Key]] == e.Value.Figures && p.LineCount(Space.Keys[e.Key]) == e.Value.Lines);
            return (Exact(scalar) && Exact(vector) && scalar == vector).ToProperty().Label("scalar = vector = checked sum");
        });

    [Fact]
    public void Rollup_DevelopableAloneOverflowing_ThrowsOnBothPaths()
    {
        // Only the developable figure overflows (no amount, so no gap, develop or surplus): a check that missed one
        // figure, or read only some of them, would return a wrapped, negative sum.
        var half = GapFigures.Line(0, 0, 0, 1L << 62, 0, 0);
        foreach (var vectors in new[] { true, false })
        {
            Assert.Null(Rollup([], [[(0, half, 1)], [(0, half, 1)]], vectors));
            Assert.Equal(GapFigures.Line(0, 0, 0, (1L << 62) + 5, 0, 0), Rollup([], [[(0, half, 1)], [(0, GapFigures.Line(0, 0, 0, 5, 0, 0), 1)]], vectors)![Space.Keys[0]]);
        }
    }

    [Fact]
    public void Rollup_ASumThatOverflowsTwice_StillThrows()
    {
        // Three times 2^62: the running sum is past long.MaxValue after the second and still after the third addition.
        // The overflow must be remembered, not cancelled by the next sum that is out of range too.
        var quarter = GapFigures.Line(0, 0, 0, 1L << 62, 0, 0);
        foreach (var vectors in new[] { true, false })
        {
            Assert.Null(Rollup([], [[(1, quarter, 1)], [(1, quarter, 1)], [(1, quarter, 1)]], vectors));
            Assert.Null(Rollup([(1, quarter, 1)], [[(1, quarter, 1)], [(1, quarter, 1)]], vectors));
        }
    }

    [Fact]
    public void Rollup_Overflow_IsTheKernelsOwnErrorWhereVectorsAreAccelerated()
    {
        // On the vector path the overflow is found by the kernel's check for the whole partial, which says what
        // overflowed; on the checked path it is the checked operator's own exception. Which one a machine gives shows
        // which path it runs: where vectors are accelerated, the fast one.
        var big = GapFigures.Line(1L << 62, 0, 0, 0, 1, 1);
        var kernel = Kernel(vectors: true);
        var e = Assert.Throws<OverflowException>(() => kernel.Rollup(NodeLines.None, 2, _ => new GapPartial(Space, [2], [big], [1])));
        if (Accelerated)
        {
            Assert.Equal("A partial's figure exceeds the range of its type.", e.Message);
        }
        else
        {
            Assert.NotEqual("A partial's figure exceeds the range of its type.", e.Message);
        }

        var checkedPath = Assert.Throws<OverflowException>(() => Kernel(vectors: false).Rollup(NodeLines.None, 2, _ => new GapPartial(Space, [2], [big], [1])));
        Assert.NotEqual("A partial's figure exceeds the range of its type.", checkedPath.Message);
    }

    private static GapKernel Kernel(bool vectors) =>
        new(new KeyLayout(Space, new CompetenceInterner()), 0, T, GapOptions.Default, arena: null, vectors: vectors);

    /// <summary>Rolls up own lines and children's partials with one path; <see langword="null"/> when it throws <see cref="OverflowException"/>.</summary>
    private static GapPartial? Rollup((int Slot, GapFigures Figures, int Lines)[] own, (int Slot, GapFigures Figures, int Lines)[][] children, bool vectors)
    {
        var lines = own.Length == 0
            ? NodeLines.None
            : NodeLinesOf.Figures([.. own.Select(e => e.Slot)], [.. own.Select(e => e.Figures)], new int[own.Length], new bool[own.Length]);
        var partials = children.Select(c => new GapPartial(Space, [.. c.Select(e => e.Slot)], [.. c.Select(e => e.Figures)], [.. c.Select(e => e.Lines)])).ToArray();
        try
        {
            return Kernel(vectors).Rollup(lines, partials.Length, i => partials[i]);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
