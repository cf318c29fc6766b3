using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Planning;

/// <summary>The rules of one measure, checked where it is built.</summary>
public class MeasureTests
{
    private static readonly MeasureId Id = new("m");
    private static readonly LocalizedText Name = new("Tiltak");
    private static readonly CompetenceId Rehab = new("rehab");

    [Fact]
    public void Constructor_YieldOfAStrategyTheMeasureDoesNotFollow_Throws() =>
        Assert.Throws<ArgumentException>(() => new Measure(Id, Name, MeasureKind.Course, CompetenceStrategies.Develop, yields: [MeasureYield.Mobilise(Rehab)]));

    [Fact]
    public void Constructor_OwnPrerequisite_Throws() =>
        Assert.Throws<ArgumentException>(() => new Measure(Id, Name, MeasureKind.Course, prerequisites: [Id]));

    [Fact]
    public void Constructor_NoRuns_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Measure(Id, Name, MeasureKind.Course, runs: 0));

    [Fact]
    public void Constructor_PersonCompletesTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new Measure(Id, Name, MeasureKind.Course, completions: [new(new PersonId("p"), new(2013, 1, 1)), new(new PersonId("p"), new(2013, 2, 1))]));

    [Fact]
    public void Seats_AreSeatsPerRunTimesRuns() =>
        Assert.Equal(60L, new Measure(Id, Name, MeasureKind.Course, capacity: 30, runs: 2).Seats);

    [Fact]
    public void CostItem_HoursAtARate_IsTheExactProduct() =>
        Assert.Equal(1234.617m, CostItem.ForHours(2013, Name, 12.34m, 100.05m).Amount);

    [Fact]
    public void CostItem_FeeWithThreeDecimals_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CostItem.ForFee(2013, Name, 10.001m));

    [Fact]
    public void Funding_NegativeAmount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Funding("ks", 2013, -1m, FundingStatus.Granted));
}
