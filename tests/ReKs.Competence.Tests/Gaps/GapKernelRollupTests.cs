using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The kernel's roll-up adds figures as vectors of longs and checks for overflow once per partial, instead of eleven
/// checked additions an entry: it must give exactly the checked sum, and throw when the checked sum would.
/// </summary>
public class GapKernelRollupTests
{
    private static readonly GapKeySpace Space = GapKeySpace.Of(
        from c in new[] { "a", "b" }
        from l in new[] { 1, 2 }
        select new GapKey(new CompetenceId(c), new ProficiencyLevel(l)));

    // Below 2^61, so that one line's own figures (used + unused) cannot overflow, while a few lines' sums can.
    private static readonly Gen<long> Amount = Gen.Frequency(
        (3, Gen.Choose(0, 1_000_000).Select(v => (long)v)),
        (1, Gen.Choose(0, (1 << 29) - 1).SelectMany(hi => Gen.Choose(0, int.MaxValue).Select(lo => ((long)hi << 32) | (uint)lo))));

    private static readonly Gen<int> Count = Gen.Frequency((3, Gen.Choose(0, 100)), (1, Gen.Choose(int.MaxValue / 3, int.MaxValue)));

    private static readonly Gen<GapFigures> Figures =
        from a in Amount
        from used in Amount
        from unused in Amount
        from d in Amount
        from heads in Count
        from people in Count
        select GapFigures.Line(a, used, unused, d, heads, people);

    private static readonly Gen<(int Slot, GapFigures Figures, int Lines)[]> Child =
        from slots in Gen.SubListOf(Enumerable.Range(0, Space.Count))
        from figures in Gen.ArrayOf(Figures, slots.Count)
        from lines in Gen.ArrayOf(Gen.Choose(1, 5), slots.Count)
        select slots.Order().Select((s, i) => (s, figures[i], lines[i])).ToArray();

    [Property(MaxTest = 1000)]
    public Property Rollup_EqualsTheCheckedSum_OrThrowsWhenItWould() => Prop.ForAll(
        Arb.From(Gen.ArrayOf(Child).Where(c => c.Length >= 2)),
        children =>
        {
            var expected = new Dictionary<int, (GapFigures Figures, int Lines)>();
            var overflows = false;
            try
            {
                foreach (var (slot, figures, lines) in children.SelectMany(c => c))
                {
                    var (f, n) = expected.GetValueOrDefault(slot);
                    expected[slot] = (f + figures, checked(n + lines));
                }
            }
            catch (OverflowException)
            {
                overflows = true;
            }

            var partials = children.Select(c => new GapPartial(Space, [.. c.Select(e => e.Slot)], [.. c.Select(e => e.Figures)], [.. c.Select(e => e.Lines)])).ToArray();
            var kernel = new GapKernel(new KeyLayout(Space, new CompetenceInterner()), 0, new NodaTime.LocalDate(2026, 1, 1), GapOptions.Default);
            GapPartial result;
            try
            {
                result = kernel.Rollup(NodeLines.None, partials.Length, i => partials[i]);
            }
            catch (OverflowException)
            {
                return overflows;
            }

            return !overflows
                && result.Count == expected.Count
                && expected.All(e => result[Space.Keys[e.Key]] == e.Value.Figures && result.LineCount(Space.Keys[e.Key]) == e.Value.Lines);
        });

    [Fact]
    public void Rollup_FiguresPastInt32_AreExactAndHeadsPastInt32Overflow()
    {
        // Amounts past 2^31 (a nation's sum of hundredths) set bit 31 of a long figure: that is no overflow. Heads past
        // int.MaxValue are.
        var big = GapFigures.Line(3_000_000_000, 2_000_000_000, 1_500_000_000, 0, 1, 1);
        var many = GapFigures.Line(0, 0, 0, 0, int.MaxValue, int.MaxValue);
        var kernel = new GapKernel(new KeyLayout(Space, new CompetenceInterner()), 0, new NodaTime.LocalDate(2026, 1, 1), GapOptions.Default);
        GapPartial Of(GapFigures f) => new(Space, [0], [f], [1]);

        var sum = kernel.Rollup(NodeLines.None, 2, i => Of(big));
        Assert.Equal(big + big, sum[Space.Keys[0]]);
        Assert.Equal(6_000_000_000, (big + big).Amount.Hundredths);
        Assert.Throws<OverflowException>(() => kernel.Rollup(NodeLines.None, 2, i => Of(i == 0 ? many : big)));
    }
}
