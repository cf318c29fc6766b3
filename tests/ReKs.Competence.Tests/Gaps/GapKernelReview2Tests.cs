using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;
using static ReKs.Competence.Tests.Gaps.RollupFigures;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// Gaps the review of the gap kernel's surviving mutants at d0a6a1c found (docs/reliability.md, "The gap kernel at
/// d0a6a1c: the survivors reviewed"). A node without children keeps its partial as its lines' inputs, and its parent
/// adds those through the kernel's <c>AddLines</c>: that path must give the specification's roll-up (the shared
/// gap-analysis spec, "Roll-up": the element-wise sum of the line values) and throw exactly when that sum leaves a
/// figure's range, on the vector path and on the checked one, as the path for partials of figures does
/// (<see cref="GapKernelScalarTests"/>). And an analysis that fails on the calling thread throws that failure, not a
/// helper thread's.
/// </summary>
public class GapKernelReview2Tests
{
    private const string KernelsMessage = "A partial's figure exceeds the range of its type.";

    // One node's lines: distinct slots, ascending, each a line's figures.
    private static readonly Gen<(int Slot, GapFigures Figures)[]> Lines =
        from slots in Gen.SubListOf(Enumerable.Range(0, Space.Count))
        from figures in Gen.ArrayOf(Figures, slots.Count)
        select slots.Order().Select((s, i) => (s, figures[i])).ToArray();

    private static readonly Gen<((int Slot, GapFigures Figures)[] Own, (int Slot, GapFigures Figures)[][] Leaves)> Nodes =
        from own in Lines
        from leaves in Gen.ArrayOf(Lines)
        select (own, leaves);

    [Property(MaxTest = 1000)]
    public Property Rollup_OverLeaves_ScalarEqualsVectorEqualsTheCheckedSum_AndBothThrowExactlyWhenItOverflows() => Prop.ForAll(
        Arb.From(Nodes),
        node =>
        {
            // The law, with checked arithmetic: every line counts one line, the node's own and each leaf child's.
            var expected = new Dictionary<int, (GapFigures Figures, int Lines)>();
            var overflows = false;
            try
            {
                foreach (var (slot, figures) in node.Own.Concat(node.Leaves.SelectMany(l => l)))
                {
                    var (f, n) = expected.GetValueOrDefault(slot);
                    expected[slot] = (f + figures, n + 1);
                }
            }
            catch (OverflowException)
            {
                overflows = true;
            }

            var (scalar, scalarError) = Rollup(node.Own, node.Leaves, vectors: false);
            var (vector, vectorError) = Rollup(node.Own, node.Leaves, vectors: true);
            if (overflows)
            {
                // Where vectors are accelerated the vector path finds the overflow by its own check, once per
                // partial: its message shows that the leaves' lines were added as vectors, not one checked sum each.
                return (scalarError is not null && vectorError is not null && (!Accelerated || vectorError.Message == KernelsMessage))
                    .ToProperty().Label("both paths throw when the checked sum overflows; the vector path with the kernel's message");
            }

            bool Exact(GapPartial? p) => p is not null && p.Count == expected.Count
                && expected.All(e => p[Space.Keys[e.Key]] == e.Value.Figures && p.LineCount(Space.Keys[e.Key]) == e.Value.Lines);
            return (Exact(scalar) && Exact(vector) && scalar == vector).ToProperty().Label("scalar = vector = checked sum");
        });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rollup_OverLeaves_OneFigureAloneOverflowing_Throws(bool vectors)
    {
        // Each case overflows in one figure only, so a check that read only some of the figures would return a wrapped,
        // negative sum: developable (no amount, so no gap, develop or surplus), heads, people (the two int figures).
        var cases = new[]
        {
            GapFigures.Line(0, 0, 0, 1L << 62, 0, 0),
            GapFigures.Line(0, 0, 0, 0, 1 << 30, 0),
            GapFigures.Line(0, 0, 0, 0, 0, 1 << 30),
        };
        foreach (var half in cases)
        {
            AssertOverflow(Rollup([], [[(3, half)], [(3, half)]], vectors).Error, vectors);
            AssertOverflow(Rollup([(3, half)], [[(3, half)]], vectors).Error, vectors);
        }

        // Just in range, the sum is exact.
        var (sum, error) = Rollup([(3, cases[1])], [[(3, GapFigures.Line(0, 0, 0, 0, (1 << 30) - 1, 0))]], vectors);
        Assert.Null(error);
        Assert.Equal(GapFigures.Line(0, 0, 0, 0, int.MaxValue, 0), sum![Space.Keys[3]]);
        Assert.Equal(2, sum.LineCount(Space.Keys[3]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rollup_OverLeaves_ASumThatOverflowsTwice_StillThrows(bool vectors)
    {
        // Three times 2^62 (and three times 2^30 in an int figure): the running sum is out of range after the second
        // addition and still after the third. The overflow must be remembered, not cancelled by the next sum that is
        // out of range too.
        foreach (var third in new[] { GapFigures.Line(0, 0, 0, 1L << 62, 0, 0), GapFigures.Line(0, 0, 0, 0, 1 << 30, 1 << 30) })
        {
            AssertOverflow(Rollup([], [[(5, third)], [(5, third)], [(5, third)]], vectors).Error, vectors);
            AssertOverflow(Rollup([(5, third)], [[(5, third)], [(5, third)]], vectors).Error, vectors);
        }
    }

    [Fact]
    public void ComputeAll_TheCallersOwnFailureIsThrown_NotAHelpersThatCameAfter()
    {
        // The analysis runs sub-trees on the calling thread and on helpers, waits for every helper, and throws one failure
        // as itself. When the calling thread failed, that failure is the one thrown; a helper's failure is thrown only
        // when the calling thread had none. Here both fail: each thread's first node waits until the other has met its
        // own (or until a generous bound, where there is no helper), then throws, saying which thread it was.
        var nodes = new List<OrganisationNode> { new(new NodeId("root"), null) };
        nodes.AddRange(Enumerable.Range(0, 8).Select(i => new OrganisationNode(new NodeId($"m{i}"), new NodeId("root"))));
        var a = new CompetenceId("a");
        var plan = new CompetencePlan(
            new LocalizedText("threads"),
            new Organisation(nodes),
            [new ReKs.Competence.Model.Competence(a, new LocalizedText("a"), LaiComponents.Knowledge)],
            [],
            [.. Enumerable.Range(0, 8).Select(i => new Requirement(new NodeId($"m{i}"), a, new ProficiencyLevel(2), PositionShare.FromPercent(100)))]);
        var t = GapArbitraries.T;
        var columns = PlanColumns.Of(plan);
        var layout = new KeyLayout(GapAnalyzer.Analyse(plan, t).KeySpace, columns.Competences);
        var caller = Environment.CurrentManagedThreadId;
        var entered = 0;
        using var both = new ManualResetEventSlim();
        NodeInput Failing(int n)
        {
            if (Interlocked.Increment(ref entered) >= 2)
            {
                both.Set();
            }

            both.Wait(TimeSpan.FromSeconds(10));
            throw new InvalidDataException(Environment.CurrentManagedThreadId == caller ? "caller" : "helper");
        }

        var e = Assert.Throws<InvalidDataException>(() => GapKernel.ComputeAll(columns, Failing, layout, t, GapOptions.Default, parallel: true));
        Assert.Equal("caller", e.Message);
    }

    private static void AssertOverflow(OverflowException? error, bool vectors)
    {
        Assert.NotNull(error);
        if (vectors && Accelerated)
        {
            Assert.Equal(KernelsMessage, error.Message);
        }
        else
        {
            Assert.NotEqual(KernelsMessage, error.Message);
        }
    }

    private static GapKernel Kernel(bool vectors) =>
        new(new KeyLayout(Space, new CompetenceInterner()), 0, GapArbitraries.T, GapOptions.Default, arena: null, vectors: vectors);

    private static NodeLines LinesOf((int Slot, GapFigures Figures)[] lines) => lines.Length == 0
        ? NodeLines.None
        : NodeLinesOf.Figures([.. lines.Select(e => e.Slot)], [.. lines.Select(e => e.Figures)], new int[lines.Length], new bool[lines.Length]);

    /// <summary>Rolls up a node's own lines over leaf children (each child's partial is its own lines, as the kernel
    /// makes it for a node without children), with one path; the overflow instead when it throws one.</summary>
    private static (GapPartial? Sum, OverflowException? Error) Rollup((int Slot, GapFigures Figures)[] own, (int Slot, GapFigures Figures)[][] leaves, bool vectors)
    {
        var partials = leaves.Select(l => Kernel(vectors).Rollup(LinesOf(l), 0, _ => throw new InvalidOperationException("a leaf has no children"))).ToArray();
        try
        {
            return (Kernel(vectors).Rollup(LinesOf(own), partials.Length, i => partials[i]), null);
        }
        catch (OverflowException e)
        {
            return (null, e);
        }
    }
}
