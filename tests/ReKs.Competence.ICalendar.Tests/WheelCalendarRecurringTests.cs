using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using CalDateTime = Ical.Net.DataTypes.CalDateTime;
using NodaTime;
using Duration = NodaTime.Duration;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.ICalendar.Tests;

/// <summary>Generated one-activity wheels with a rule that has an RRULE form (the shared generator), an adjustment, and a skip.</summary>
public static class RecurringArbitraries
{
    public static Arbitrary<AnnualWheel> Wheels() => Arb.From(
        from rule in WheelArbitraries.RecurringRules(new LocalDate(2025, 6, 1), 1400)
        from skip in Gen.Choose(0, 3)
        from adjust in Gen.Elements(Adjustment.None, Adjustment.Before, Adjustment.After, Adjustment.Nearest)
        from timed in Gen.Elements(true, false)
        select Wheel(Skip(rule, skip), adjust, timed),
        _ => []);

    private static RecurrenceRule Skip(RecurrenceRule rule, int index)
    {
        var dates = rule.Dates(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31)));
        return index < dates.Length ? rule.WithSkip(dates[index].Nominal) : rule;
    }

    private static AnnualWheel Wheel(RecurrenceRule rule, Adjustment adjust, bool timed) => new(
        new LocalizedText("Generert"),
        AnnualWheel.ReksTemplate.Periods,
        ["unit"],
        [new WheelActivity("a", new LocalizedText("A"), "unit", ActivityCategory.Meeting, "owner", rule, adjust, timed ? new LocalTime(9, 30) : null)],
        AnnualWheel.ReksTemplate.WorkingDays.ClosedPeriods);
}

/// <summary>The recurring export: what is written parses back with Ical.Net and expands to exactly the wheel's dates.</summary>
[Properties(Arbitrary = new[] { typeof(RecurringArbitraries) })]
public class WheelCalendarRecurringTests
{
    private static readonly DateInterval Years = new(new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));

    private static WheelActivity Activity(string id, RecurrenceRule rule, Adjustment adjustment = Adjustment.None, LocalTime? time = null) =>
        new(id, new LocalizedText(id), "unit", ActivityCategory.Meeting, "owner-" + id, rule, adjustment, time, time is null ? null : Duration.FromHours(2));

    /// <summary>Every kind of rule, with skips, moves and adjustments that land on holidays and the common holiday.</summary>
    private static AnnualWheel Mixed() => new(
        new LocalizedText("Blandet", "Mixed"),
        AnnualWheel.ReksTemplate.Periods,
        ["unit"],
        [
            Activity("leap-day", RecurrenceRule.FixedDate(2, 29)),
            Activity("march-tenth", RecurrenceRule.FixedDate(3, 10).WithYears(2026, 2028).WithSkip(new LocalDate(2027, 3, 10)).WithMove(new LocalDate(2028, 3, 10), new LocalDate(2028, 3, 14))),
            Activity("may-day", RecurrenceRule.FixedDate(5, 1), Adjustment.After, new LocalTime(10, 0)),
            Activity("last-friday-june", RecurrenceRule.NthWeekdayOfMonth(6, IsoDayOfWeek.Friday, -1), Adjustment.Before),
            Activity("fifth-monday", RecurrenceRule.NthWeekdayOfMonth(3, IsoDayOfWeek.Monday, 5)),
            Activity("first-tuesday", RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, 1), Adjustment.After, new LocalTime(9, 0)),
            Activity("fortnightly", RecurrenceRule.EveryNWeeks(new LocalDate(2026, 3, 2), 2, 8).WithSkip(new LocalDate(2026, 3, 16)), Adjustment.After),
            Activity("late-fortnightly", RecurrenceRule.EveryNWeeks(new LocalDate(2026, 6, 29), 2, 4), Adjustment.After),
            Activity("quarterly", RecurrenceRule.EveryNMonths(new LocalDate(2025, 10, 15), 3, 10), Adjustment.Nearest),
            Activity("month-end", RecurrenceRule.EveryNMonths(new LocalDate(2026, 1, 31), 1, 6)),
            Activity("week-38", RecurrenceRule.IsoWeekday(38, IsoDayOfWeek.Wednesday)),
            Activity("before-meeting", RecurrenceRule.RelativeToActivity("first-tuesday", -2, OffsetUnit.Weeks)),
        ],
        [new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31)), new ClosedPeriod(new AnnualDate(12, 24), new AnnualDate(12, 31))]);

    public static TheoryData<string> Wheels => new() { "reks", "mixed" };

    [Theory]
    [MemberData(nameof(Wheels))]
    public void Export_Recurring_ExpandsToTheWheelsOccurrences(string which)
    {
        var wheel = which == "reks" ? AnnualWheel.ReksTemplate : Mixed();
        var text = WheelCalendar.Export(wheel, Years, "Test", CalendarMode.Recurring);
        var expected = wheel.Occurrences(Years).Select(o => $"{o.Date:uuuu-MM-dd} {o.Activity.Name.Norwegian}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Expand(text));
        Assert.Contains("RRULE:", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Export_RecurringGeneratedWheel_ExpandsToTheWheelsOccurrences(AnnualWheel wheel)
    {
        var text = WheelCalendar.Export(wheel, Years, "Test", CalendarMode.Recurring);
        var expected = wheel.Occurrences(Years).Select(o => $"{o.Date:uuuu-MM-dd} {o.Activity.Name.Norwegian}").Order(StringComparer.Ordinal);
        return expected.SequenceEqual(Expand(text)).Label(string.Join(",", expected) + " VS " + string.Join(",", Expand(text)) + "\n" + text);
    }

    [Fact]
    public void Export_Recurring_WritesRruleForms()
    {
        var text = WheelCalendar.Export(Mixed(), Years, "Test", CalendarMode.Recurring);
        Assert.Contains("RRULE:FREQ=YEARLY;UNTIL=20281231;BYMONTH=3;BYMONTHDAY=10", Unfold(text), StringComparison.Ordinal);
        Assert.Contains("BYDAY=-1FR", text, StringComparison.Ordinal);
        Assert.Contains("BYDAY=1TU", text, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=8", text, StringComparison.Ordinal);
        Assert.Contains("EXDATE;VALUE=DATE:20270310", text, StringComparison.Ordinal);
        Assert.Contains("RECURRENCE-ID;VALUE=DATE:20280310", text, StringComparison.Ordinal);
        // ISO weeks, day-31 months and relative rules stay single events with their per-occurrence UIDs.
        Assert.Contains("UID:week-38-20270922@reks-competence", text, StringComparison.Ordinal);
        Assert.Contains("UID:month-end-20260131@reks-competence", text, StringComparison.Ordinal);
        Assert.Contains("UID:before-meeting-20270824@reks-competence", text, StringComparison.Ordinal);
        // Two fortnightly dates in the closed July would both move to 3 August 2026: calendars cannot hold that in one series.
        Assert.DoesNotContain("UID:late-fortnightly@reks-competence", text, StringComparison.Ordinal);
        Assert.Contains("UID:late-fortnightly-20260713@reks-competence", text, StringComparison.Ordinal);
        Assert.Equal(text, WheelCalendar.Export(Mixed(), Years, "Test", CalendarMode.Recurring));
    }

    [Fact]
    public void Export_SingleEvents_MatchesOccurrenceExport()
    {
        var wheel = Mixed();
        Assert.Equal(
            WheelCalendar.ToICalendar(wheel.Occurrences(Years), "Test"),
            WheelCalendar.Export(wheel, Years, "Test", CalendarMode.SingleEvents));
    }

    [Fact]
    public void Export_TimedSeries_UntilInUtcOrCount()
    {
        // The ReKs September meeting has no last year: the series counts its four dates in 2026–2029. Bounded to 2028, it
        // ends at 23:59:59 on 31 December 2028 in Oslo (winter time, UTC+1), written in UTC as RFC 5545 requires.
        var text = Unfold(WheelCalendar.Export(AnnualWheel.ReksTemplate, Years, "ReKs", CalendarMode.Recurring));
        Assert.Contains("UID:september-meeting@reks-competence", text, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=YEARLY;COUNT=4;BYDAY=1TU;BYMONTH=9", text, StringComparison.Ordinal);
        var meeting = AnnualWheel.ReksTemplate.Activities.Single(a => a.Id == "september-meeting");
        var bounded = new AnnualWheel(
            AnnualWheel.ReksTemplate.Name,
            AnnualWheel.ReksTemplate.Periods,
            ["region"],
            [new WheelActivity(meeting.Id, meeting.Name, meeting.Ring, meeting.Category, meeting.OwnerRole, meeting.Rule.WithYears(2027, 2028), meeting.Adjustment, meeting.Time, meeting.Duration)],
            []);
        var boundedText = WheelCalendar.Export(bounded, Years, "ReKs", CalendarMode.Recurring);
        Assert.Contains("RRULE:FREQ=YEARLY;UNTIL=20281231T225959Z;BYDAY=1TU;BYMONTH=9", Unfold(boundedText), StringComparison.Ordinal);
        Assert.Equal(["2027-09-07 Septembermøte: kompetanseplaner i kommunene", "2028-09-05 Septembermøte: kompetanseplaner i kommunene"], Expand(boundedText));
    }

    private static string Unfold(string text) => text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    private static List<string> Expand(string text)
    {
        var calendar = Ical.Net.Calendar.Load(text)!;
        var from = new CalDateTime(Years.Start.Year - 1, 1, 1);
        return [.. calendar.GetOccurrences(from, null)
            .Select(o => $"{o.Period.StartTime.Date:yyyy-MM-dd} {((Ical.Net.CalendarComponents.CalendarEvent)o.Source).Summary}")
            .Order(StringComparer.Ordinal)];
    }
}
