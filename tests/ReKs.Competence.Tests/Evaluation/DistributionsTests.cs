using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The distributions behind the limits and intervals, against published values and closed forms (written for the
/// mutation pass over <c>Distributions.cs</c>; the table values already checked are in <see cref="EvaluationLawTests"/>):
/// every branch of each function, its edges and its guards.</summary>
public class DistributionsTests
{
    [Theory]
    // Binomial(10, 0.3): P(X ≤ 0..5) = 0.0282, 0.1493, 0.3828, 0.6496, 0.8497, 0.9527 (standard binomial tables, e.g.
    // the cumulative binomial table of Walpole, Myers & Myers, "Probability and Statistics for Engineers", table A.1).
    [InlineData(0.05, 10, 0.3, 1)]
    [InlineData(0.5, 10, 0.3, 3)]
    [InlineData(0.95, 10, 0.3, 5)]
    [InlineData(0.0282, 10, 0.3, 0)]
    [InlineData(0.0283, 10, 0.3, 1)]
    public void BinomialQuantile_MatchesTheCumulativeTableAtAProbabilityOtherThanAHalf(double p, int size, double probability, int expected) =>
        Assert.Equal(expected, Distributions.BinomialQuantile(p, size, probability));

    [Fact]
    public void BinomialQuantile_AtAnExactCumulativeProbability_IsThatPoint()
    {
        // P(X ≤ 2) = 16/32 = 0.5 exactly for Binomial(5, 1/2), so R's qbinom(0.5, 5, 0.5) is 2: the smallest x with
        // P(X ≤ x) ≥ p. The sum of the probabilities computed in floating point falls just short of 0.5; R's
        // left-continuity fuzz (qbinom.c) is what keeps the answer 2 and not 3.
        Assert.Equal(2, Distributions.BinomialQuantile(0.5, 5, 0.5));
        Assert.Equal(0, Distributions.BinomialQuantile(0.49, 2, 0.3)); // P(X = 0) = 0.7² = 0.49
    }

    [Theory]
    // The degenerate cases as R's qbinom gives them: no trial or a success probability of 0 is always 0, a success
    // probability of 1 is always the number of trials, p = 0 is the least value and p = 1 the largest.
    [InlineData(0.5, 0, 0.5, 0)]
    [InlineData(0.5, 10, 0.0, 0)]
    [InlineData(0.5, 10, 1.0, 10)]
    [InlineData(0.0, 10, 0.3, 0)]
    [InlineData(1.0, 10, 0.3, 10)]
    [InlineData(1.0, 19, 0.5, 19)]
    public void BinomialQuantile_DegenerateCases_AreRsValues(double p, int size, double probability, int expected) =>
        Assert.Equal(expected, Distributions.BinomialQuantile(p, size, probability));

    [Theory]
    [InlineData(-0.01, 0.5)]
    [InlineData(1.01, 0.5)]
    [InlineData(double.NaN, 0.5)]
    [InlineData(0.5, -0.01)]
    [InlineData(0.5, 1.01)]
    [InlineData(0.5, double.NaN)]
    public void BinomialQuantile_ProbabilityOutsideZeroToOne_IsRefused(double p, double probability)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.BinomialQuantile(p, 10, probability));
        Assert.Equal("p", ex.ParamName);
        Assert.StartsWith("Probabilities are between 0 and 1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinomialQuantile_NegativeTrials_AreRefused()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => Distributions.BinomialQuantile(0.5, -1, 0.5));
        Assert.Equal("size", ex.ParamName);
    }

    [Theory]
    // Standard normal quantiles: the central region of Wichura's AS 241 (|p − ½| ≤ 0.425, including its edge) and the far
    // tail (p below e^-25). Values: NIST/SEMATECH e-Handbook 1.3.6.7.1 to its 3 decimals (1.282, 1.440); to full
    // precision as Python's statistics.NormalDist.inv_cdf gives them (an independent implementation of AS 241).
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.1, -1.2815515655446004)]
    [InlineData(0.925, 1.439531470938456)]
    [InlineData(0.075, -1.439531470938456)]
    [InlineData(1e-12, -7.034483825301132)]
    [InlineData(1e-300, -37.0470962993612)]
    public void NormalQuantile_CentralRegionAndFarTail_MatchPublishedValues(double p, double expected) =>
        Assert.Equal(expected, Distributions.NormalQuantile(p), 1e-13 * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void NormalQuantile_FarUpperTail_IsTheMirrorOfTheLowerTail()
    {
        // 2^-40 and 1 − 2^-40 are both exact doubles: Φ⁻¹(1 − p) = −Φ⁻¹(p) must hold to the last digits in the far tail.
        var p = Math.Pow(2, -40);
        Assert.Equal(-7.047700256664409, Distributions.NormalQuantile(p), 1e-12);
        Assert.Equal(-Distributions.NormalQuantile(p), Distributions.NormalQuantile(1 - p), 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void NormalQuantile_OutsideTheOpenInterval_IsRefused(double p)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.NormalQuantile(p));
        Assert.Equal("p", ex.ParamName);
    }

    [Theory]
    // Student t with 1 degree of freedom is the Cauchy distribution, t = tan(π(p − ½)); with 2, t = (2p − 1)/√(2p(1 − p))
    // (closed forms of the quantile function, e.g. Hill, "Algorithm 396: Student's t-quantiles", CACM 13 (1970)). The
    // published table values to 3 decimals: 12.706, 63.657 (1 df), 4.303, 9.925 (2 df).
    [InlineData(0.975, 1, 12.706204736174696)]
    [InlineData(0.995, 1, 63.6567411628717)]
    [InlineData(0.0005, 1, -636.6192487687345)]
    [InlineData(0.1, 1, -3.077683537175253)]
    [InlineData(0.975, 2, 4.302652729749462)]
    [InlineData(0.995, 2, 9.924843200918287)]
    [InlineData(0.1, 2, -1.8856180831641267)]
    public void StudentTQuantile_MatchesTheClosedFormsToNineDigits(double p, double df, double expected) =>
        Assert.Equal(expected, Distributions.StudentTQuantile(p, df), 1e-9 * Math.Abs(expected));

    [Theory]
    [InlineData(1.0)]
    [InlineData(30.0)]
    [InlineData(0.5)]
    public void StudentTQuantile_AtAHalf_IsExactlyZero(double df) =>
        Assert.Equal(0.0, Distributions.StudentTQuantile(0.5, df));

    [Theory]
    [InlineData(0.0, 5.0)]
    [InlineData(1.0, 5.0)]
    [InlineData(double.NaN, 5.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.5, -1.0)]
    [InlineData(0.5, double.NaN)]
    public void StudentTQuantile_OutOfRange_IsRefused(double p, double df)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.StudentTQuantile(p, df));
        Assert.Equal("p", ex.ParamName);
    }

    [Theory]
    // The t distribution function in closed form (Johnson, Kotz & Balakrishnan, "Continuous Univariate Distributions",
    // vol. 2, ch. 28): 1 df, ½ + atan(t)/π; 2 df, ½ + t/(2√(2 + t²)); 4 df, ½ + (3/8)·u·(1 − t²/(12(1 + t²/4))) with
    // u = t/√(1 + t²/4). Points on both sides of 0 and on both sides of the continued fraction's switch point.
    [InlineData(-3.0, 1, 0.10241638234956674)]
    [InlineData(-0.5, 1, 0.35241638234956674)]
    [InlineData(0.5, 1, 0.6475836176504333)]
    [InlineData(3.0, 1, 0.8975836176504333)]
    [InlineData(20.0, 1, 0.9840977487438236)]
    [InlineData(-3.0, 2, 0.047732983133354556)]
    [InlineData(0.5, 2, 0.6666666666666666)]
    [InlineData(3.0, 2, 0.9522670168666454)]
    [InlineData(-0.5, 4, 0.32166498159093165)]
    [InlineData(3.0, 4, 0.9800290159641406)]
    [InlineData(20.0, 4, 0.9999815584470986)]
    public void StudentTCdf_MatchesTheClosedForms(double t, double df, double expected) =>
        Assert.Equal(expected, Distributions.StudentTCdf(t, df), 1e-13);

    [Fact]
    public void StudentTCdf_AtZeroAndAtTheInfinities_IsAHalfZeroAndOne()
    {
        Assert.Equal(0.5, Distributions.StudentTCdf(0, 3));
        Assert.Equal(1.0, Distributions.StudentTCdf(double.PositiveInfinity, 3));
        Assert.Equal(0.0, Distributions.StudentTCdf(double.NegativeInfinity, 3));
    }

    [Theory]
    // ln Γ(x): Γ(1) = Γ(2) = 1, Γ(5) = 4! = 24, Γ(½) = √π, Γ(100) = 99!; Γ(¼) = 3.625609908221908… and Γ(0.1) =
    // 9.513507698668731… (Abramowitz & Stegun, table 6.1; below ½ the reflection formula Γ(x)Γ(1 − x) = π/sin(πx)).
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(5.0, 3.1780538303479458)] // ln 24
    [InlineData(0.5, 0.5723649429247001)] // ln √π
    [InlineData(100.0, 359.13420536957540)] // ln 99!
    [InlineData(0.25, 1.2880225246980772)] // ln 3.625609908221908
    [InlineData(0.1, 2.2527126517342055)] // ln 9.513507698668731
    public void LogGamma_MatchesPublishedValues(double x, double expected) =>
        Assert.Equal(expected, Distributions.LogGamma(x), 1e-12 * Math.Max(1, Math.Abs(expected)));
}
