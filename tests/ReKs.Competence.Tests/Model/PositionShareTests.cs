using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Model;

public class PositionShareTests
{
    [Theory]
    [InlineData("80", 8000)]
    [InlineData("33.33", 3333)]
    [InlineData("0.01", 1)]
    [InlineData("200", 20000)]
    public void Parse_TwoDecimalsOrFewer_IsExact(string text, long hundredths) =>
        Assert.Equal(hundredths, PositionShare.Parse(text).Hundredths);

    [Theory]
    [InlineData(33.333)]
    [InlineData(0.001)]
    [InlineData(-1)]
    public void FromPercent_MoreThanTwoDecimalsOrNegative_IsRejectedNotRounded(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PositionShare.FromPercent((decimal)percent));

    [Fact]
    public void Add_FiveTwentyPercentPositions_IsOneFullTimeEquivalent()
    {
        // Domain digest: "five people at 20 % each" is one årsverk.
        var sum = Enumerable.Repeat(PositionShare.FromPercent(20), 5).Aggregate(PositionShare.Zero, (a, b) => a + b);
        Assert.Equal(PositionShare.FullTime, sum);
        Assert.Equal(1m, sum.FullTimeEquivalents);
    }

    [Property]
    public Property ToString_Parse_RoundTrips(NonNegativeInt hundredths)
    {
        var share = PositionShare.FromHundredths(hundredths.Get);
        return (PositionShare.Parse(share.ToString()) == share).ToProperty();
    }

    [Property]
    public Property Addition_IsExactAndCommutative(NonNegativeInt a, NonNegativeInt b)
    {
        var x = PositionShare.FromHundredths(a.Get);
        var y = PositionShare.FromHundredths(b.Get);
        return (x + y == y + x && (x + y).Hundredths == (long)a.Get + b.Get).ToProperty();
    }

    [Fact]
    public void Default_IsZero() => Assert.Equal(PositionShare.Zero, default);
}
