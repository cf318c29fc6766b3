using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Every field of the paired and difference-in-differences estimates against hand computations, and the
/// numerical laws of the sample variance (written after the evaluation group's mutation pass found them unpinned).</summary>
public sealed partial class EffectsTests
{
    // Hand-computed: differences 1, 1, 2, 0, 2, 1; mean 7/6, SD √(17/30) = 0.752773, SE = SD/√6 = 0.307318,
    // df 5, t(0.975, 5) = 2.571 (NIST e-Handbook 1.3.6.7.2); Hedges' g = mean/SD × J(5) (Hedges 1981);
    // baseline mean 21/6 = 3.5, so the relative change is (7/6)/3.5 = 1/3.
    [Fact]
    public void ComparePaired_SixPairs_EveryFieldMatchesTheHandComputation()
    {
        var effect = Effects.ComparePaired([3, 4, 2, 5, 4, 3], [4, 5, 4, 5, 6, 4]);

        Assert.Equal(3.5, effect.BaselineMean, 12);
        Assert.Equal(7.0 / 6.0, effect.Difference, 12);
        Assert.Equal(1.0 / 3.0, effect.RelativeChange, 12);
        Assert.Equal(0.376552, effect.Interval.Lower, 0.0005);
        Assert.Equal(1.956782, effect.Interval.Upper, 0.0005);
        Assert.Equal(7.0 / 6.0 / Math.Sqrt(17.0 / 30.0) * Effects.HedgesCorrection(5), effect.HedgesG, 12);
        Assert.Equal(1.3030142093229171, effect.HedgesG, 9);
    }

    // Hand-computed with groups of unequal size and spread, so that every group weighs differently:
    // treated 10, 11, 12 → 14, 16, 18, 20; control 9, 11 → 12, 13, 14, 15, 16. DiD = (17 − 11) − (14 − 10) = 2;
    // df = 2 + 3 + 1 + 4 = 10; pooled variance Σ(n_i − 1)s_i² / df = (2·1 + 3·20/3 + 1·2 + 4·2.5)/10 = 3.4 (the
    // pooled-variance t interval, NIST e-Handbook 1.3.5.3, over four groups); SE = √3.4 · √(1/3 + 1/4 + 1/2 + 1/5);
    // t(0.975, 10) = 2.228 (NIST e-Handbook 1.3.6.7.2); g = 2/√3.4 × J(10).
    [Fact]
    public void DifferenceInDifferences_UnequalGroups_EveryFieldMatchesTheHandComputation()
    {
        var effect = Effects.DifferenceInDifferences([10, 11, 12], [14, 16, 18, 20], [9, 11], [12, 13, 14, 15, 16]);

        Assert.Equal(EffectDesign.DifferenceInDifferences, effect.Design);
        Assert.Equal(10.0, effect.DegreesOfFreedom);
        Assert.Equal(14, effect.Count);
        Assert.Equal(11.0, effect.BaselineMean, 12);
        Assert.Equal(2.0, effect.Difference, 12);
        Assert.Equal(2.0 / 11.0, effect.RelativeChange, 12);
        Assert.Equal(2 - (2.228 * 2.0888593378524396), effect.Interval.Lower, 0.001);
        Assert.Equal(2 + (2.228 * 2.0888593378524396), effect.Interval.Upper, 0.001);
        Assert.Equal(2 / Math.Sqrt(3.4) * Effects.HedgesCorrection(10), effect.HedgesG, 12);
        Assert.Equal(1.0008581360255508, effect.HedgesG, 9);
    }

    // Two values per group are enough: df = 2, pooled SD √0.5, t(0.975, 2) = 4.303 (NIST e-Handbook 1.3.6.7.2).
    [Fact]
    public void Compare_TwoValuesPerGroup_IsEnough()
    {
        var effect = Effects.Compare([1, 2], [3, 4]);

        Assert.Equal(2.0, effect.DegreesOfFreedom);
        Assert.Equal(2.0, effect.Difference, 12);
        Assert.Equal(2 + (4.303 * Math.Sqrt(0.5)), effect.Interval.Upper, 0.001);
    }

    [Fact]
    public void Compare_BaselineMeanOfZero_HasNoRelativeChange()
    {
        // A change relative to a mean of 0 is undefined: NaN, never an infinity.
        var effect = Effects.Compare([-1, 1], [2, 4]);
        Assert.Equal(3.0, effect.Difference, 12);
        Assert.True(double.IsNaN(effect.RelativeChange));
    }

    // The sample variance is computed in two passes, Σ(x − mean)², which keeps its accuracy far from zero; the one-pass
    // Σx² − n·mean² loses it (NIST Statistical Reference Datasets, univariate "NumAcc" sets: values near 10^7 with a
    // spread of 1). Values 10^7 + 1, 2, 4: variance 7/3 exactly.
    [Fact]
    public void Compare_ValuesFarFromZero_KeepTheirSpread()
    {
        const double Far = 1e7;
        var effect = Effects.Compare([Far + 1, Far + 2, Far + 4], [Far + 2, Far + 3, Far + 5]);

        Assert.Equal(1.0, effect.Difference, 9);
        Assert.Equal(1 / Math.Sqrt(7.0 / 3.0) * Effects.HedgesCorrection(4), effect.HedgesG, 9);
    }

    [Property(MaxTest = 300)]
    public Property Compare_ShiftingBothGroupsFarFromZero_ChangesOnlyTheBaseline(NonEmptyArray<int> first, NonEmptyArray<int> second)
    {
        // Location invariance: adding a constant to every value changes the baseline mean and nothing else.
        double[] a = [.. first.Get.Select(v => (double)(v % 100)), 1, 4];
        double[] b = [.. second.Get.Select(v => (double)(v % 100)), 2, 7];
        const double Far = 1e7;
        var near = Effects.Compare(a, b);
        var far = Effects.Compare([.. a.Select(v => v + Far)], [.. b.Select(v => v + Far)]);
        bool Close(double x, double y) => Math.Abs(x - y) <= 1e-6 * Math.Max(1, Math.Abs(x));
        return (Close(near.Difference, far.Difference) && Close(near.HedgesG, far.HedgesG)
            && Close(near.Interval.Upper - near.Interval.Lower, far.Interval.Upper - far.Interval.Lower)).ToProperty();
    }
}
