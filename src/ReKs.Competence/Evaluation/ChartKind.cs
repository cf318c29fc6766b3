namespace ReKs.Competence.Evaluation;

/// <summary>The kinds of chart, with qicharts2's formulas (see the evaluation guide for each one's references).</summary>
/// <remarks>Every switch over this type names every member and throws <see cref="System.Diagnostics.UnreachableException"/>
/// otherwise, so a new kind cannot compile and quietly behave as another.</remarks>
public enum ChartKind
{
    /// <summary>I chart (individuals): centre = mean; sigma = mean moving range / 1.128.</summary>
    Individuals = 0,

    /// <summary>P chart (proportions; values are numerators): centre = Σnumerators / Σdenominators; sigma_i = √(p̄(1 − p̄)/n_i); limits in [0, 1].</summary>
    Proportion = 1,

    /// <summary>Laney P′ chart: a P chart whose sigma is scaled by the moving range of the standardised values (very large denominators).</summary>
    LaneyProportion = 2,

    /// <summary>U chart (rates; values are counts per exposure): centre = Σcounts / Σexposure; sigma_i = √(ū/n_i); lower limit at least 0.</summary>
    Rate = 3,

    /// <summary>Laney U′ chart: a U chart with Laney's adjustment.</summary>
    LaneyRate = 4,

    /// <summary>C chart (counts): centre = mean; sigma = √centre; lower limit at least 0.</summary>
    Count = 5,

    /// <summary>MR chart (moving ranges of measurements, drawn beside the I chart): value_j = |y_j − y_(j−1)|; centre = mean moving range; lower 0, upper 3.267 × centre.</summary>
    MovingRange = 6,

    /// <summary>Xbar chart (subgroup means): centre = mean of all baseline measurements; limits = centre ± A3(n_i) × sigma, sigma the mean (equal sizes) or pooled (unequal sizes) subgroup standard deviation.</summary>
    SubgroupMean = 7,

    /// <summary>S chart (subgroup standard deviations): centre = the Xbar chart's sigma; limits B3(n_i) and B4(n_i) times the centre.</summary>
    SubgroupStandardDeviation = 8,

    /// <summary>T chart (time between rare events, every value above 0): an I chart of y^(1/3.6), transformed back.</summary>
    TimeBetweenEvents = 9,

    /// <summary>G chart (opportunities or days between events, whole numbers from 0): centre = median; upper = m + 3√(m(m + 1)) with m the mean; lower 0.</summary>
    OpportunitiesBetweenEvents = 10,

    /// <summary>Run chart: the median as centre line and no limits; judged by the runs analysis alone.</summary>
    Run = 11,
}
