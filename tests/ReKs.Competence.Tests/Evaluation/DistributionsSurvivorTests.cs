using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>The test gaps the first finished mutation pass over <c>Distributions.cs</c> found (2026-11-27, see the
/// reliability notes): the guards' messages, and the binomial quantile at p = 0 with a success probability of 1.</summary>
public class DistributionsSurvivorTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void NormalQuantile_OutsideTheOpenInterval_SaysWhereItIsDefined(double p) =>
        Assert.StartsWith("p is strictly between 0 and 1.", Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.NormalQuantile(p)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(1.0, 5.0)]
    [InlineData(0.5, 0.0)]
    public void StudentTQuantile_OutOfRange_SaysWhereItIsDefined(double p, double df) =>
        Assert.StartsWith(
            "p is strictly between 0 and 1 and the degrees of freedom are positive.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.StudentTQuantile(p, df)).Message,
            StringComparison.Ordinal);

    [Theory]
    // The definition (the smallest x with P(X ≤ x) ≥ p) and R's qbinom (qbinom.c: R_Q_P01_boundaries(p, 0, n) answers
    // p = 0 with the least value, 0, before it looks at the success probability): qbinom(0, 10, 1) = 0 and
    // qbinom(1e-9, 10, 1) = 10, since every trial succeeds.
    [InlineData(0.0, 10, 1.0, 0)]
    [InlineData(1e-9, 10, 1.0, 10)]
    [InlineData(1.0, 10, 1.0, 10)]
    public void BinomialQuantile_EveryTrialSucceeding_IsTheLeastValueOnlyAtPZero(double p, int size, double probability, int expected) =>
        Assert.Equal(expected, Distributions.BinomialQuantile(p, size, probability));
}
