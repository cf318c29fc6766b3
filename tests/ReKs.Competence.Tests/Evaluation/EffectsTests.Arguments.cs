using ReKs.Competence.Evaluation;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Bad arguments to the effect estimates: the exception type, the parameter it names and the documented message.</summary>
public sealed partial class EffectsTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void HedgesCorrection_DegreesOfFreedomNotAboveOneAndFinite_AreRefused(double df)
    {
        // J(df) needs Γ((df − 1)/2), defined for df above 1; J(1) would be 0 and J(∞) is a limit, not a value.
        var e = Assert.Throws<ArgumentOutOfRangeException>("degreesOfFreedom", () => Effects.HedgesCorrection(df));
        Assert.StartsWith("The degrees of freedom must be above 1.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void EveryEstimate_ConfidenceNotStrictlyBetweenZeroAndOne_IsRefused(double level)
    {
        double[] a = [1, 2, 3];
        double[] b = [2, 4, 5];
        foreach (var estimate in new Action[]
        {
            () => Effects.Compare(a, b, level),
            () => Effects.ComparePaired(a, b, level),
            () => Effects.DifferenceInDifferences(a, b, a, b, level),
            () => Effects.Wilson(3, 10, level),
        })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>("confidence", estimate);
            Assert.StartsWith("The confidence level must be strictly between 0 and 1.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_MissingList_IsRefusedNamingIt()
    {
        Assert.Throws<ArgumentNullException>("before", () => Effects.Compare(null!, [1, 2]));
        Assert.Throws<ArgumentNullException>("after", () => Effects.Compare([1, 2], null!));
        Assert.Throws<ArgumentNullException>("before", () => Effects.ComparePaired(null!, [1, 2, 3]));
        Assert.Throws<ArgumentNullException>("after", () => Effects.ComparePaired([1, 2, 3], null!));
        Assert.Throws<ArgumentNullException>("controlAfter", () => Effects.DifferenceInDifferences([1, 2], [1, 2], [1, 2], null!));
    }

    [Theory]
    [InlineData(new[] { 1.0 })]
    [InlineData(new[] { 1.0, double.PositiveInfinity })]
    [InlineData(new[] { 1.0, 2.0, double.NaN })]
    [InlineData(new[] { double.NegativeInfinity, double.NaN })]
    public void Compare_FewerThanTwoValuesOrANonFiniteOne_IsRefusedNamingTheList(double[] baseline)
    {
        var e = Assert.Throws<ArgumentException>("before", () => Effects.Compare(baseline, [2, 3]));
        Assert.StartsWith("At least two finite values are needed.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparePaired_FewerThanThreePairs_IsRefusedWithTheRule()
    {
        var e = Assert.Throws<ArgumentException>("after", () => Effects.ComparePaired([1, 2], [2, 3]));
        Assert.StartsWith("Paired comparison needs the same count (at least three) before and after.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "trials")]
    [InlineData(0, -3, "trials")]
    [InlineData(4, 3, "successes")]
    [InlineData(-1, 3, "successes")]
    public void Wilson_CountsOutOfRange_AreRefusedNamingTheCount(int successes, int trials, string parameter) =>
        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => Effects.Wilson(successes, trials));
}
