using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Limits and signals the fixtures do not reach: S charts with a lower limit above 0, unequal subgroup sizes,
/// subgroups without a standard deviation, moving-range screening, points exactly on a limit, and the multiplier.</summary>
public partial class ControlChartTests
{
    [Fact]
    public void SubgroupStandardDeviation_SubgroupsOfSix_HaveTheLimitsB3AndB4TimesTheMeanSd()
    {
        // Montgomery, Introduction to Statistical Quality Control, appendix table VI: for n = 6, B3 = 0.030 and B4 = 1.970
        // (exactly 1 ∓ 3√(1 − c4²)/c4 with c4(6) = 0.9515). The centre is s̄, the mean of the four subgroups' SDs.
        IReadOnlyList<double>[] subgroups = [[10, 12, 15, 11, 9, 14], [13, 8, 12, 16, 10, 11], [9, 14, 13, 10, 12, 17], [11, 15, 8, 13, 12, 10]];
        var phase = Assert.Single(ControlChart.ComputeSubgroups(ChartKind.SubgroupStandardDeviation, subgroups).Phases);

        Assert.Equal(2.589772634146061, phase.Centre, 9);
        Assert.All(phase.Lower, l => Assert.Equal(0.030 * 2.589772634146061, l, 0.001));
        Assert.All(phase.Upper, u => Assert.Equal(1.970 * 2.589772634146061, u, 0.001));
        Assert.All(phase.Lower, l => Assert.Equal(0.07863380903748547, l, 9));
    }

    [Fact]
    public void SubgroupMean_UnequalSizes_UseThePooledStandardDeviation()
    {
        // Montgomery §6.3.2 (variable sample size): s̄ = √(Σ(n_i − 1)s_i² / Σ(n_i − 1)) = √(57/9), not the mean of the
        // SDs (1.968); the centre is the grand mean Σn_i x̄_i / Σn_i = 42/13; A3(3) = 1.954, A3(4) = 1.628 (table VI).
        // Only the last subgroup differs in size.
        IReadOnlyList<double>[] subgroups = [[1, 2, 3], [2, 4, 6], [1, 2, 3], [0, 3, 6, 9]];
        var phase = Assert.Single(ControlChart.ComputeSubgroups(ChartKind.SubgroupMean, subgroups).Phases);
        var pooled = Math.Sqrt(57.0 / 9.0);

        Assert.Equal(42.0 / 13.0, phase.Centre, 12);
        Assert.Equal((42.0 / 13.0) + (1.954 * pooled), phase.Upper[0], 0.003);
        Assert.Equal((42.0 / 13.0) - (1.628 * pooled), phase.Lower[3], 0.003);
        Assert.Equal(8.149259990135167, phase.Upper[0], 9);
        Assert.Equal(-0.8665330210326125, phase.Lower[3], 9);
    }

    [Fact]
    public void SubgroupMean_SubgroupsOfOne_HaveMeansButNoLimits()
    {
        // A single measurement has no standard deviation, so there is no sigma and no limit (NaN), but the chart is drawn.
        var phase = Assert.Single(ControlChart.ComputeSubgroups(ChartKind.SubgroupMean, [[1.0], [2.0], [3.0]]).Phases);
        Assert.Equal(2.0, phase.Centre, 12);
        Assert.All(phase.Lower.Concat(phase.Upper), l => Assert.True(double.IsNaN(l)));
    }

    [Fact]
    public void SubgroupStandardDeviation_MeasurementsFarFromZero_KeepTheirSpread()
    {
        // Two-pass standard deviation (NIST Statistical Reference Datasets, "NumAcc": values near 10^7): 10^7 + {1, 2, 4}
        // and 10^7 + {3, 5, 6} both have variance 7/3, so s̄ = √(7/3) as for the same values near 0.
        const double Far = 1e7;
        var phase = ControlChart.ComputeSubgroups(ChartKind.SubgroupStandardDeviation, [[Far + 1, Far + 2, Far + 4], [Far + 3, Far + 5, Far + 6]]).Phases[0];
        Assert.Equal(Math.Sqrt(7.0 / 3.0), phase.Centre, 9);
    }

    // Moving ranges 1, 4, 1, 4, 1, 30, 30, 1 (mean 9). Screening (NHS England, "Making Data Count": ranges above
    // 3.267 × the mean moving range are left out) drops the two of 30 (above 29.4), leaving a mean of 2; without
    // screening (qicharts2's default) sigma is 9/1.128. Centre 167/9 either way.
    private static readonly double[] Jump = [10, 11, 15, 14, 18, 17, 47, 17, 18];

    [Fact]
    public void Individuals_ScreenedMovingRanges_LeaveOutOnlyRangesAboveD4TimesTheMean()
    {
        var screened = ControlChart.Compute(ChartKind.Individuals, Jump, options: new ChartOptions(screenMovingRanges: true)).Phases[0];
        Assert.Equal(167.0 / 9.0, screened.Centre, 12);
        Assert.Equal((167.0 / 9.0) + (3 * 2 / 1.128), screened.Upper[0], 12);
        Assert.Equal((167.0 / 9.0) - (3 * 2 / 1.128), screened.Lower[0], 12);
    }

    [Fact]
    public void Individuals_UnscreenedMovingRanges_KeepEveryRange()
    {
        var plain = ControlChart.Compute(ChartKind.Individuals, Jump).Phases[0];
        Assert.Equal((167.0 / 9.0) + (3 * 9 / 1.128), plain.Upper[0], 12);
    }

    [Fact]
    public void Individuals_RangeExactlyAtTheScreeningLimit_IsKept()
    {
        // Only ranges ABOVE 3.267 × the mean are left out: ranges 244, 245, 244, 3 267 have the mean 1 000 exactly, so
        // the range of 3 267 sits on the limit and stays; sigma is 1 000/1.128, centre 3 996/5.
        var phase = ControlChart.Compute(ChartKind.Individuals, [0.0, 244, -1, 243, 3510], options: new ChartOptions(screenMovingRanges: true)).Phases[0];
        Assert.Equal(799.2, phase.Centre, 9);
        Assert.Equal(799.2 + (3 * 1000 / 1.128), phase.Upper[0], 9);
    }

    [Fact]
    public void Individuals_ScreeningASinglePoint_HasNoRangeAndZeroSigma()
    {
        var phase = ControlChart.Compute(ChartKind.Individuals, [5.0], options: new ChartOptions(screenMovingRanges: true)).Phases[0];
        Assert.Equal(5.0, phase.Centre);
        Assert.Equal(5.0, phase.Lower[0]);
        Assert.Equal(5.0, phase.Upper[0]);
    }

    [Fact]
    public void Signals_PointsExactlyOnALimit_AreNotSignals()
    {
        // A sigma signal is a point beyond a limit (Montgomery §5.3; qicharts2: y > ucl or y < lcl). A moving range of 0
        // lies on the MR chart's lower limit 0; a share of 0 or 1 on a P chart whose limits are cut at 0 and 1.
        var movingRange = ControlChart.Compute(ChartKind.MovingRange, [5.0, 5, 8, 6, 9, 7]);
        Assert.Equal(0.0, movingRange.Values[1]);
        Assert.Equal(0.0, movingRange.Phases[0].Lower[1]);
        Assert.Empty(movingRange.SigmaSignals);

        var proportion = ControlChart.Compute(ChartKind.Proportion, [2.0, 1, 1, 0], [2.0, 2, 2, 2]);
        Assert.Equal(1.0, proportion.Phases[0].Upper[0]);
        Assert.Equal(0.0, proportion.Phases[0].Lower[3]);
        Assert.Empty(proportion.SigmaSignals);
    }

    [Fact]
    public void Multiply_ScalesTheValuesAsWellAsTheLines()
    {
        // Falls per 1 000 care days: every plotted value is count / exposure × 1 000.
        var chart = ControlChart.Compute(ChartKind.LaneyRate, Falls, CareDays, new ChartOptions(multiply: 1000));
        Near([.. Falls.Select((f, i) => f / CareDays[i] * 1000)], chart.Values);
    }
}
