using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Tests.Evaluation;

/// <summary>Periods, observations and series: the time axis of an indicator.</summary>
public class MeasurementTests
{
    [Theory]
    [InlineData("2025-03-14", PeriodGranularity.Day, "2025-03-14", "2025-03-14")]
    [InlineData("2025-03", PeriodGranularity.Month, "2025-03-01", "2025-03-31")]
    [InlineData("2024M02", PeriodGranularity.Month, "2024-02-01", "2024-02-29")] // SSB's monthly code
    [InlineData("2025-Q2", PeriodGranularity.Quarter, "2025-04-01", "2025-06-30")]
    [InlineData("2025K4", PeriodGranularity.Quarter, "2025-10-01", "2025-12-31")] // SSB's quarterly code
    [InlineData("2023", PeriodGranularity.Year, "2023-01-01", "2023-12-31")] // KOSTRA's annual figures
    public void Parse_EveryForm_GivesItsDays(string text, PeriodGranularity granularity, string start, string end)
    {
        var p = MeasurementPeriod.Parse(text);
        Assert.Equal(granularity, p.Granularity);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value, p.Start);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value, p.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-13")]
    [InlineData("2025-Q5")]
    [InlineData("2025K0")]
    [InlineData("25-03")]
    [InlineData("2025-02-30")]
    [InlineData("2025M13")]
    [InlineData("２０２５")]
    public void TryParse_Malformed_IsRejected(string text) => Assert.False(MeasurementPeriod.TryParse(text, out _));

    [Fact]
    public void Default_IsTheFirstDayOfYearOne() =>
        Assert.Equal((new LocalDate(1, 1, 1), PeriodGranularity.Day, "0001-01-01"), (default(MeasurementPeriod).Start, default(MeasurementPeriod).Granularity, default(MeasurementPeriod).ToString()));

    [Fact]
    public void Next_EndOfYear_RollsOver()
    {
        Assert.Equal(MeasurementPeriod.Parse("2026-01"), MeasurementPeriod.Parse("2025-12").Next());
        Assert.Equal(MeasurementPeriod.Parse("2026-Q1"), MeasurementPeriod.Parse("2025-Q4").Next());
    }

    public static Arbitrary<MeasurementPeriod> Periods() => Arb.From(
        from kind in Gen.Elements(Enum.GetValues<PeriodGranularity>())
        from day in Gen.Choose(0, 200_000)
        let date = new LocalDate(1900, 1, 1).PlusDays(day)
        select kind switch
        {
            PeriodGranularity.Day => MeasurementPeriod.Day(date),
            PeriodGranularity.Month => MeasurementPeriod.Month(date.ToYearMonth()),
            PeriodGranularity.Quarter => MeasurementPeriod.Quarter(date.Year, ((date.Month - 1) / 3) + 1),
            _ => MeasurementPeriod.Year(date.Year),
        });

    [Property(MaxTest = 1000, Arbitrary = [typeof(MeasurementTests)])]
    public Property ToString_ThenParse_GivesTheSamePeriod(MeasurementPeriod p) =>
        (MeasurementPeriod.Parse(p.ToString()) == p && p.Contains(p.Start) && p.Contains(p.End) && !p.Contains(p.Next().Start) && p.Next().Start == p.End.PlusDays(1)).ToProperty();

    [Fact]
    public void Series_UnlistedMonth_IsRejectedSoGapsAreExplicit()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Series(new IndicatorId("x"), new NodeId("n"), [
            new Observation(MeasurementPeriod.Parse("2025-01"), 1), new Observation(MeasurementPeriod.Parse("2025-03"), 1)]));
        Assert.Contains("2025-03", ex.Message, StringComparison.Ordinal);

        var ok = new Series(new IndicatorId("x"), new NodeId("n"), [
            new Observation(MeasurementPeriod.Parse("2025-01"), 1), Observation.Missing(MeasurementPeriod.Parse("2025-02"), ".."), new Observation(MeasurementPeriod.Parse("2025-03"), 1)]);
        Assert.True(ok.Observations[1].IsMissing);
        Assert.Equal("..", ok.Observations[1].Status);
    }

    [Fact]
    public void Series_MixedGranularityOrOutOfOrder_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Series(new IndicatorId("x"), new NodeId("n"), [new Observation(MeasurementPeriod.Parse("2025-01"), 1), new Observation(MeasurementPeriod.Parse("2025-02-03"), 1)]));
        Assert.Throws<ArgumentException>(() => new Series(new IndicatorId("x"), new NodeId("n"), [new Observation(MeasurementPeriod.Parse("2025-02-03"), 1), new Observation(MeasurementPeriod.Parse("2025-01-03"), 1)]));
    }

    [Fact]
    public void Observation_NonFiniteValueOrNonPositiveDenominator_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(default, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(default, 1, 0));
    }
}
