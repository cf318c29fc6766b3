using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

public sealed partial class EffectsTests
{
    // Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17,
    // table II, method 3 (Wilson score interval without continuity correction), four decimals.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_NewcombeExamples_MatchToFourDecimals(int successes, int trials, double lower, double upper)
    {
        var interval = Effects.Wilson(successes, trials);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    // Closed forms of Hedges' (1981) J: J(2) = 1/√π, J(3) = √π / (2·√1.5); for large df J ≈ 1 − 3/(4df − 1).
    [Fact]
    public void HedgesCorrection_ClosedForms_Match()
    {
        Assert.Equal(1 / Math.Sqrt(Math.PI), Effects.HedgesCorrection(2), 12);
        Assert.Equal(Math.Sqrt(Math.PI) / (2 * Math.Sqrt(1.5)), Effects.HedgesCorrection(3), 12);
        Assert.Equal(1 - (3.0 / ((4 * 200) - 1)), Effects.HedgesCorrection(200), 6);
    }

    // Hand-computed: means 3 and 5, pooled SD √2.5, SE 1, df 8, t(0.975, 8) = 2.306 (NIST e-Handbook 1.3.6.7.2),
    // J(8) = Γ(4) / (2 · Γ(3.5)) = 0.902703.
    [Fact]
    public void Compare_TwoSmallGroups_DifferenceIntervalAndHedgesG()
    {
        var effect = Effects.Compare([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]);
        Assert.Equal(2.0, effect.Difference, 12);
        Assert.Equal(-0.306, effect.Interval.Lower, 3);
        Assert.Equal(4.306, effect.Interval.Upper, 3);
        Assert.Equal(2.0 / 3.0, effect.RelativeChange, 12);
        Assert.Equal(2 / Math.Sqrt(2.5) * 0.902703, effect.HedgesG, 5);
        Assert.Equal(8.0, effect.DegreesOfFreedom);
        Assert.Equal(EffectDesign.Independent, effect.Design);
        Assert.Equal(10, effect.Count);
        // Borenstein et al. (2009), Introduction to Meta-Analysis, eqs. 4.20–4.24, by hand: d = 2/√2.5, V(d) = (5 + 5)/(5·5) + d²/(2·10),
        // V(g) = J(8)² V(d), g ± 1.959964 √V(g).
        Assert.Equal(-0.0839440230516999, effect.HedgesGInterval!.Value.Lower, 9);
        Assert.Equal(2.3676228917272475, effect.HedgesGInterval.Value.Upper, 9);
    }

    [Fact]
    public void ComparePaired_IsReportedAsPairedWithTheNumberOfPairs()
    {
        var effect = Effects.ComparePaired([3, 4, 2, 5, 4, 3], [4, 5, 4, 5, 6, 4]);
        Assert.Equal(EffectDesign.Paired, effect.Design);
        Assert.Equal(6, effect.Count);
        Assert.Equal(5.0, effect.DegreesOfFreedom);
        Assert.True(effect.HedgesGInterval!.Value.Contains(effect.HedgesG));
    }

    [Fact]
    public void DifferenceInDifferences_IsReportedAsSuch() =>
        Assert.Equal(EffectDesign.DifferenceInDifferences, Effects.DifferenceInDifferences([10, 11, 12], [15, 16, 17], [10, 11, 12], [12, 13, 14]).Design);

    [Fact]
    public void LikertMean_TenAnswers_HasTheStudentTInterval()
    {
        // Counts 0, 1, 2, 4, 3 on a 1–5 scale: mean 3.9, SD 0.99443, t(0.975, 9) = 2.262157 (NIST e-Handbook 1.3.6.7.2).
        var summary = LikertSummary.FromCounts(new LikertScale(5, 4), [0, 1, 2, 4, 3]);
        Assert.Equal(3.1886284002170435, summary.MeanInterval!.Value.Lower, 6);
        Assert.Equal(4.611371599782956, summary.MeanInterval.Value.Upper, 6);
        Assert.Null(LikertSummary.FromCounts(new LikertScale(5, 4), [0, 0, 0, 1, 0]).MeanInterval);
    }

    [Property(MaxTest = 500)]
    public Property LikertMeanInterval_ContainsTheMean(NonNegativeInt a, NonNegativeInt b, NonNegativeInt c, PositiveInt d)
    {
        var summary = LikertSummary.FromCounts(new LikertScale(4, 3), [a.Get % 50, b.Get % 50, c.Get % 50, (d.Get % 50) + 1]);
        return (summary.MeanInterval is not { } i || i.Contains(summary.Mean)).ToProperty();
    }

    [Property(MaxTest = 500)]
    public Property HedgesGInterval_ContainsG_AndSwappingTheGroupsMirrorsBoth(NonEmptyArray<int> first, NonEmptyArray<int> second)
    {
        double[] a = [.. first.Get.Select(v => (double)(v % 100)), 1, 4];
        double[] b = [.. second.Get.Select(v => (double)(v % 100)), 2, 7];
        var ab = Effects.Compare(a, b);
        var ba = Effects.Compare(b, a);
        var i = ab.HedgesGInterval!.Value;
        var j = ba.HedgesGInterval!.Value;
        return (i.Contains(ab.HedgesG) && Math.Abs(ab.HedgesG + ba.HedgesG) < 1e-9 && Math.Abs(i.Lower + j.Upper) < 1e-9 && Math.Abs(i.Upper + j.Lower) < 1e-9).ToProperty();
    }

    [Fact]
    public void DifferenceInDifferences_ParallelTrends_IsTheExtraChange()
    {
        var effect = Effects.DifferenceInDifferences([10, 11, 12], [15, 16, 17], [10, 11, 12], [12, 13, 14]);
        Assert.Equal(3.0, effect.Difference, 12);
        Assert.True(effect.Interval.Contains(3.0));
    }

    [Fact]
    public void ComparePaired_MismatchedCounts_Throws() =>
        Assert.Throws<ArgumentException>("after", () => Effects.ComparePaired([1, 2, 3], [1, 2]));

    [Property(MaxTest = 1000)]
    public Property Wilson_AnyCounts_ContainsObservedShareWithinUnitInterval(PositiveInt trials, NonNegativeInt successes)
    {
        var n = (trials.Get % 10_000) + 1;
        var x = successes.Get % (n + 1);
        var interval = Effects.Wilson(x, n);
        return (interval.Lower >= 0 && interval.Upper <= 1 && interval.Contains((double)x / n)).ToProperty();
    }

    [Property(MaxTest = 1000)]
    public Property ComparePaired_ShiftedCopy_DifferenceIsTheShift(NonEmptyArray<int> data, int shift)
    {
        var before = data.Get.Select(v => (double)(v % 1000)).Append(1).Append(-3).ToArray();
        var s = shift % 100;
        var effect = Effects.ComparePaired(before, before.Select(v => v + s).ToArray());
        return (Math.Abs(effect.Difference - s) < 1e-9).ToProperty();
    }
}
