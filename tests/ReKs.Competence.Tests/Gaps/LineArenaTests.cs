using ReKs.Competence.Gaps;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// The arena an analysis writes its lines and partial sums into: every take is a range no later take writes over, and a
/// line's inputs, minimum heads and fragility share their offset, across many chunks of the largest size (a national
/// analysis takes hundreds of them on one thread).
/// </summary>
public class LineArenaTests
{
    [Fact]
    public void Take_RangesStayTheirs_AcrossManyChunksOfOneSize()
    {
        var arena = new LineArena();
        var taken = new List<(LineInputs[] Inputs, int[] MinHeads, bool[] Fragile, int Offset, int Count)>();
        for (var tag = 0; tag < 400; tag++)
        {
            var count = 1 + (tag * 37 % 900);
            var offset = arena.Take(count, out var inputs, out var minHeads, out var fragile);
            Assert.True(offset >= 0 && offset + count <= inputs.Length, $"take {tag}: {offset}+{count} in {inputs.Length}");
            Assert.Equal(inputs.Length, minHeads.Length);
            Assert.Equal(inputs.Length, fragile.Length);
            for (var i = offset; i < offset + count; i++)
            {
                inputs[i] = new LineInputs(tag, tag, tag, tag, tag, tag);
                minHeads[i] = tag;
                fragile[i] = tag % 2 == 0;
            }

            taken.Add((inputs, minHeads, fragile, offset, count));
        }

        for (var tag = 0; tag < taken.Count; tag++)
        {
            var (inputs, minHeads, fragile, offset, count) = taken[tag];
            for (var i = offset; i < offset + count; i++)
            {
                Assert.Equal((tag, tag, tag % 2 == 0), (inputs[i].People, minHeads[i], fragile[i]));
            }
        }
    }

    [Fact]
    public void TakeSums_RangesStayTheirs_AcrossManyChunks()
    {
        var arena = new LineArena();
        var taken = new List<(GapFigures[] Sums, int Offset, int Count)>();
        for (var tag = 0; tag < 200; tag++)
        {
            var count = 1 + (tag * 53 % 1500);
            var offset = arena.TakeSums(count, out var sums);
            Assert.True(offset >= 0 && offset + count <= sums.Length);
            sums.AsSpan(offset, count).Fill(GapFigures.Line(tag, 0, 0, 0, 0, 0));
            taken.Add((sums, offset, count));
        }

        for (var tag = 0; tag < taken.Count; tag++)
        {
            var (sums, offset, count) = taken[tag];
            Assert.All(sums.AsSpan(offset, count).ToArray(), f => Assert.Equal(GapFigures.Line(tag, 0, 0, 0, 0, 0), f));
        }
    }
}
