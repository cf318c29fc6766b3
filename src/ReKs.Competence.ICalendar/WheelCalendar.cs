using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.ICalendar;

/// <summary>
/// Writes occurrences of an annual wheel as an iCalendar (RFC 5545) document that Outlook, Google Calendar and
/// Apple Calendar import: one VEVENT per occurrence with a stable UID (so a re-import updates instead of
/// duplicating), all-day events for activities without a time of day, and timed events in Europe/Oslo with its VTIMEZONE.
/// </summary>
/// <threadsafety>This type is stateless; all members are safe to call from any thread.</threadsafety>
public static class WheelCalendar
{
    /// <summary>The time zone of timed events.</summary>
    public const string TimeZoneId = "Europe/Oslo";

    /// <summary>The domain part of every UID.</summary>
    public const string UidDomain = "reks-competence";

    /// <summary>Makes the stable UID of an occurrence: <c>{activity id}-{yyyyMMdd of the unadjusted date}@reks-competence</c>.</summary>
    /// <param name="occurrence">The occurrence.</param>
    /// <returns>The UID; the same occurrence gives the same UID on every export, even when its adjustment changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrence"/> is <see langword="null"/>.</exception>
    public static string Uid(WheelOccurrence occurrence)
    {
        Guard.Against.Null(occurrence, nameof(occurrence));
        return string.Create(CultureInfo.InvariantCulture, $"{occurrence.Activity.Id}-{occurrence.Nominal.Year:0000}{occurrence.Nominal.Month:00}{occurrence.Nominal.Day:00}@{UidDomain}");
    }

    /// <summary>Writes occurrences as an iCalendar document.</summary>
    /// <param name="occurrences">The occurrences, for example from <see cref="AnnualWheel.Occurrences"/> and <see cref="AnnualWheel.Reminders"/>.</param>
    /// <param name="calendarName">The calendar's name (X-WR-CALNAME).</param>
    /// <param name="language">The language of summaries and descriptions.</param>
    /// <returns>The RFC 5545 text. DTSTAMP is the start of each occurrence's date in UTC, so the output is deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrences"/> or <paramref name="calendarName"/> is <see langword="null"/>.</exception>
    public static string ToICalendar(IEnumerable<WheelOccurrence> occurrences, string calendarName, Language language = Language.Norwegian)
    {
        Guard.Against.Null(occurrences, nameof(occurrences));
        Guard.Against.Null(calendarName, nameof(calendarName));
        var list = occurrences.ToList();
        var calendar = new Ical.Net.Calendar { ProductId = "-//ReKs.Competence//Annual wheel//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        var timed = list.Where(o => o.Activity.Time is not null).Select(o => o.Date).ToList();
        if (timed.Count > 0)
        {
            calendar.AddTimeZone(TimeZoneId, new DateTime(timed.Min().Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), false);
        }

        foreach (var o in list)
        {
            calendar.Events.Add(Event(o, language));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent Event(WheelOccurrence o, Language language)
    {
        var a = o.Activity;
        var e = new CalendarEvent
        {
            Uid = Uid(o),
            Summary = a.Name.In(language),
            Description = $"{a.Category} · {a.OwnerRole} · {o.Period.Name.In(language)} · {a.Ring}",
            DtStamp = new CalDateTime(new DateTime(o.Date.Year, o.Date.Month, o.Date.Day, 0, 0, 0, DateTimeKind.Utc), "UTC", true),
        };
        e.Categories.Add(a.Category.ToString());
        if (a.Time is { } time)
        {
            var start = o.Date + time;
            var end = start.PlusTicks((a.Duration ?? NodaTime.Duration.FromHours(1)).BclCompatibleTicks);
            e.DtStart = Timed(start);
            e.DtEnd = Timed(end);
        }
        else
        {
            e.DtStart = new CalDateTime(o.Date.Year, o.Date.Month, o.Date.Day);
            var next = o.Date.PlusDays(1);
            e.DtEnd = new CalDateTime(next.Year, next.Month, next.Day);
        }

        return e;
    }

    private static CalDateTime Timed(LocalDateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, TimeZoneId);
}
