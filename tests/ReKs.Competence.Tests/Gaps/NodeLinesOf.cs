using ReKs.Competence.Gaps;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// A node's own lines for tests that state them as figures: the kernel keeps a line as the inputs of its figures
/// (<c>LineInputs</c>), so each figure given here must be a line's, as <see cref="GapFigures.Line"/> makes them.
/// </summary>
internal static class NodeLinesOf
{
    /// <summary>Makes a node's lines (from offset 0) from their figures.</summary>
    public static NodeLines Figures(int[] slots, GapFigures[] figures, int[] minHeads, bool[] fragile) =>
        new(
            slots,
            Array.ConvertAll(figures, f => new LineInputs(f.Amount.Hundredths, f.UsedSupply.Hundredths, f.UnusedSupply.Hundredths, f.Developable.Hundredths, f.Heads, f.People)),
            minHeads,
            fragile,
            0);
}
