using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// The edges of the annual wheel's search windows that the mutation review of group B left open (docs/reliability.md):
/// the far end of <see cref="AnnualWheel.NextDue(LocalDate)"/>'s 800-day look-ahead, which must widen by the furthest
/// move (RFC 5545: a moved instance keeps its nominal date, its RECURRENCE-ID, but happens on its new date), and the
/// years a rule relative to a period is dated in: 1 to 9998, the range the wheel's rules date in (as
/// <see cref="IsoWeekdayRule"/>'s week-years), since the instance of year 9999's last period would end in year 10 000.
/// </summary>
public class AnnualWheelWindowTests
{
    private static readonly WheelPeriod Year = new(new LocalizedText("År", "Year"), "#000000", new AnnualDate(1, 1));

    private static WheelActivity Activity(string id, RecurrenceRule rule) =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, "leader", rule);

    [Fact]
    public void NextDue_OccurrenceMovedIntoTheLookAheadFromJustPastIt_IsFound()
    {
        // A one-off activity nominally 805 days ahead, moved 10 days earlier: it happens on day 795, within the 800 days
        // NextDue looks ahead, so it is what is due next, although its nominal date lies past the look-ahead.
        var today = new LocalDate(2027, 1, 4);
        var nominal = today.PlusDays(805);
        var rule = RecurrenceRule.Once(nominal).WithMove(nominal, nominal.PlusDays(-10));
        var wheel = new AnnualWheel(new LocalizedText("Test"), [Year], ["unit"], [Activity("once", rule)], []);

        var next = wheel.NextDue(today);

        Assert.Equal(("once", nominal, today.PlusDays(795)), (next?.Activity.Id, next?.Nominal, next?.Date));
    }

    [Fact]
    public void NextDue_OccurrenceMovedPastTheLookAhead_IsNotFound()
    {
        // The other side of the same edge: nominally 805 days ahead and not moved, it lies past the look-ahead.
        var today = new LocalDate(2027, 1, 4);
        var wheel = new AnnualWheel(new LocalizedText("Test"), [Year], ["unit"], [Activity("once", RecurrenceRule.Once(today.PlusDays(805)))], []);

        Assert.Null(wheel.NextDue(today));
    }

    [Fact]
    public void Occurrences_RelativeToTheLastPeriodAtTheCalendarsEnd_StopsAtYear9998()
    {
        // The last day of the second half-year: the instance of 9998 ends on 31 December 9998. The instance of 9999 would
        // need the start of the next period in year 10 000, which no date has, so it is not dated (and nothing throws).
        var halves = new[]
        {
            new WheelPeriod(new LocalizedText("Vår", "Spring"), "#000000", new AnnualDate(1, 1)),
            new WheelPeriod(new LocalizedText("Høst", "Autumn"), "#FFFFFF", new AnnualDate(7, 1)),
        };
        var wheel = new AnnualWheel(new LocalizedText("Test"), halves, ["unit"], [Activity("end", RecurrenceRule.RelativeToPeriod("Høst", PeriodBoundary.LastDay))], []);

        var occurrences = wheel.Occurrences(new DateInterval(new LocalDate(9998, 1, 1), new LocalDate(9999, 12, 31)));

        Assert.Equal([new LocalDate(9998, 12, 31)], occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Occurrences_RelativeToAPeriodAtTheCalendarsStart_StartsAtYear1()
    {
        // 400 days after the start of the year: the instance of year 1 gives 5 February 2. There is no year 0 in the
        // calendar the wheel dates in (the year before 1 is 1 BC), so nothing falls in year 1, though ISO's proleptic
        // year 0 would have given 4 February 1.
        var wheel = new AnnualWheel(new LocalizedText("Test"), [Year], ["unit"], [Activity("late", RecurrenceRule.RelativeToPeriod("År", PeriodBoundary.FirstDay, 400))], []);

        Assert.Empty(wheel.Occurrences(new DateInterval(new LocalDate(1, 1, 1), new LocalDate(1, 12, 31))));
        Assert.Equal(
            [new LocalDate(2, 2, 5)],
            wheel.Occurrences(new DateInterval(new LocalDate(2, 1, 1), new LocalDate(2, 12, 31))).Select(o => o.Date));
    }
}
