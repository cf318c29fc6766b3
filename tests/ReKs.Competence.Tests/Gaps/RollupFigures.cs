using System.Runtime.Intrinsics;
using FsCheck;
using FsCheck.Fluent;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Gaps;

/// <summary>
/// What the roll-up's overflow laws generate (<see cref="GapKernelScalarTests"/>, <see cref="GapKernelReview2Tests"/>):
/// a small key space, and line figures up to 2^62, so that one line's own figures (used + unused) stay in a long's
/// range while the sum of two or three lines may leave it, in any one figure.
/// </summary>
internal static class RollupFigures
{
    /// <summary>Gets six keys: competences a, b and c at levels 1 and 2.</summary>
    public static GapKeySpace Space { get; } = GapKeySpace.Of(
        from c in new[] { "a", "b", "c" }
        from l in new[] { 1, 2 }
        select new GapKey(new CompetenceId(c), new ProficiencyLevel(l)));

    /// <summary>Gets amounts below 2^62: small values, values just under 2^62 and anything in between.</summary>
    public static Gen<long> Amount { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 1_000_000).Select(v => (long)v)),
        (1, Gen.Choose(0, 1_000_000).Select(v => (1L << 62) - v)),
        (1, Gen.Choose(0, (1 << 30) - 1).SelectMany(hi => Gen.Choose(0, int.MaxValue).Select(lo => ((long)hi << 32) | (uint)lo))));

    /// <summary>Gets head and people counts: small ones, and ones whose sum of a few leaves an int's range.</summary>
    public static Gen<int> Count { get; } = Gen.Frequency((3, Gen.Choose(0, 100)), (1, Gen.Choose(int.MaxValue / 3, int.MaxValue)));

    /// <summary>Gets one line's figures from its six inputs.</summary>
    public static Gen<GapFigures> Figures { get; } =
        from a in Amount
        from used in Amount
        from unused in Amount
        from d in Amount
        from heads in Count
        from people in Count
        select GapFigures.Line(a, used, unused, d, heads, people);

    /// <summary>Gets whether vectors are accelerated here, so that the default kernel takes the vector path.</summary>
    public static bool Accelerated => Vector256.IsHardwareAccelerated && Vector128.IsHardwareAccelerated;
}
