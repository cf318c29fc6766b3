using NodaTime;
using NodaTime.Testing;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The clock edge of the wheel: next due, current period and overdue occurrences on today's date in Oslo.</summary>
public class AnnualWheelClockTests
{
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    [Fact]
    public void NextDue_ClockJustAfterMidnightInOslo_UsesOsloDate()
    {
        // 22:30 UTC on 7 September 2027 is 00:30 on 8 September in Oslo (UTC+2): the September meeting (7 Sep) is past.
        var clock = new FakeClock(Instant.FromUtc(2027, 9, 7, 22, 30));
        var next = AnnualWheel.ReksTemplate.NextDue(clock, Oslo);
        Assert.NotNull(next);
        Assert.Equal("spring-programme", next.Activity.Id);
        Assert.Equal("september-meeting", AnnualWheel.ReksTemplate.NextDue(clock, DateTimeZone.Utc)!.Activity.Id);
    }

    [Fact]
    public void PeriodAt_ClockOnNewYearsEveUtc_IsJanuaryInOslo()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 12, 31, 23, 15));
        Assert.Equal("Januar–mars", AnnualWheel.ReksTemplate.PeriodAt(clock, Oslo).Name.Norwegian);
        clock.Advance(Duration.FromDays(100));
        Assert.Equal("April–juni", AnnualWheel.ReksTemplate.PeriodAt(clock, Oslo).Name.Norwegian);
    }

    [Fact]
    public void Overdue_PastAndNotDone_OldestFirst()
    {
        // On 10 September 2027 everything of 2027 up to the September meeting is past; reporting is marked done.
        var clock = new FakeClock(Instant.FromUtc(2027, 9, 10, 8, 0));
        var overdue = AnnualWheel.ReksTemplate.Overdue(clock, Oslo, new LocalDate(2027, 1, 1), ["reporting-20270201"]);
        Assert.Equal(
            ["grant-application", "autumn-programme", "autumn-start", "baseline-evaluation", "september-meeting"],
            overdue.Select(o => o.Activity.Id));
        Assert.Equal(overdue.Select(o => o.Date).Order(), overdue.Select(o => o.Date));
    }

    [Fact]
    public void Overdue_OccurrenceToday_IsDueNotOverdue()
    {
        var wheel = AnnualWheel.ReksTemplate;
        Assert.DoesNotContain(wheel.Overdue(new LocalDate(2027, 9, 7), new LocalDate(2027, 9, 1), []), o => o.Activity.Id == "september-meeting");
        Assert.Contains(wheel.Overdue(new LocalDate(2027, 9, 8), new LocalDate(2027, 9, 1), []), o => o.Activity.Id == "september-meeting");
        Assert.Empty(wheel.Overdue(new LocalDate(2027, 9, 8), new LocalDate(2027, 9, 8), []));
    }

    [Fact]
    public void Overdue_AdjustedAcrossSince_CountsByTheDayItHappens()
    {
        // Reporting's rule date 1 February 2026 is a Sunday: it happens on Friday 30 January, inside a look-back from 30 January.
        var overdue = AnnualWheel.ReksTemplate.Overdue(new LocalDate(2026, 2, 2), new LocalDate(2026, 1, 30), []);
        var reporting = Assert.Single(overdue);
        Assert.Equal("reporting-20260201", reporting.Key);
        Assert.Equal(new LocalDate(2026, 1, 30), reporting.Date);
        Assert.Empty(AnnualWheel.ReksTemplate.Overdue(new LocalDate(2026, 2, 2), new LocalDate(2026, 1, 30), [reporting.Key]));
    }
}
