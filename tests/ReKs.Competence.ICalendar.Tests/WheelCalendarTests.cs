using Ical.Net.CalendarComponents;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.ICalendar.Tests;

/// <summary>The iCalendar export, parsed back with Ical.Net: same dates, same UIDs, Europe/Oslo for timed events.</summary>
public class WheelCalendarTests
{
    private static readonly DateInterval Years = new(new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));

    [Fact]
    public void ToICalendar_ReksTemplate_ParsesBackToSameDatesAndUids()
    {
        var occurrences = AnnualWheel.ReksTemplate.Occurrences(Years);
        var text = WheelCalendar.ToICalendar(occurrences, "Årshjul ReKs");
        var parsed = Ical.Net.Calendar.Load(text)!;
        var events = parsed.Events.OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();
        var expected = occurrences.OrderBy(WheelCalendar.Uid, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Count, events.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var o = expected[i];
            var e = events[i];
            Assert.Equal(WheelCalendar.Uid(o), e.Uid);
            Assert.Equal(new DateOnly(o.Date.Year, o.Date.Month, o.Date.Day), e.DtStart!.Date);
            Assert.Equal(o.Activity.Time is null, !e.DtStart.HasTime);
        }
    }

    [Fact]
    public void ToICalendar_ControlCharactersInText_AreReplacedSoTheCalendarStaysReadable()
    {
        // RFC 5545 3.3.11: TEXT excludes control characters; one would make the file unreadable (issue "Reliability").
        var occurrences = AnnualWheel.ReksTemplate.Occurrences(Years).Take(3).ToList();
        var text = WheelCalendar.ToICalendar(occurrences, "Årshjul\u0007\u001b[2J ReKs\u0000");
        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\r' and not '\n');
        var parsed = Ical.Net.Calendar.Load(text)!;
        Assert.Equal(3, parsed.Events.Count);
        Assert.Contains("X-WR-CALNAME:Årshjul\uFFFD\uFFFD[2J ReKs\uFFFD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToICalendar_TimedEvent_InOsloWithTimeZone()
    {
        var september = AnnualWheel.ReksTemplate.Occurrences(Years).Where(o => o.Activity.Id == "september-meeting").ToList();
        var text = WheelCalendar.ToICalendar(september, "ReKs");
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20270907T090000", text, StringComparison.Ordinal);
        var e = Assert.Single(Ical.Net.Calendar.Load(text)!.Events, x => x.Uid == "september-meeting-20270907@reks-competence");
        Assert.Equal("Europe/Oslo", e.DtStart!.TzId);
        Assert.Equal(12, e.DtEnd!.Hour);
    }

    [Fact]
    public void ToICalendar_AllDay_UsesDateValuesAndIsDeterministic()
    {
        var occurrences = AnnualWheel.ReksTemplate.Occurrences(Years).Where(o => o.Activity.Time is null).ToList();
        var first = WheelCalendar.ToICalendar(occurrences, "ReKs");
        Assert.Contains("DTSTART;VALUE=DATE:20270201", first, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN:VTIMEZONE", first, StringComparison.Ordinal);
        Assert.Equal(first, WheelCalendar.ToICalendar(occurrences, "ReKs"));
        Assert.All(Ical.Net.Calendar.Load(first)!.Events, (CalendarEvent e) => Assert.True(e.IsAllDay, e.Uid));
    }

    [Fact]
    public void Uid_AdjustedOccurrence_KeepsUnadjustedDate()
    {
        // 1 February 2026 is a Sunday: reporting moves back to Friday 30 January, but the UID names the rule's date.
        var reporting = AnnualWheel.ReksTemplate.Occurrences(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))).Single(o => o.Activity.Id == "reporting");
        Assert.Equal(new LocalDate(2026, 1, 30), reporting.Date);
        Assert.Equal("reporting-20260201@reks-competence", WheelCalendar.Uid(reporting));
    }
}
