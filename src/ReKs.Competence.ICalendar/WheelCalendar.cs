using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Views;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.ICalendar;

/// <summary>
/// Writes occurrences of an annual wheel as an iCalendar (RFC 5545) document that Outlook, Google Calendar and
/// Apple Calendar import: one VEVENT per occurrence with a stable UID (so a re-import updates instead of
/// duplicating), all-day events for activities without a time of day, and timed events in Europe/Oslo with its VTIMEZONE;
/// or, in <see cref="CalendarMode.Recurring"/>, one recurring VEVENT per activity whose rule has an RRULE form.
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
        return $"{occurrence.Key}@{UidDomain}";
    }

    /// <summary>Makes the stable UID of an activity's recurring event: <c>{activity id}@reks-competence</c>.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The UID shared by the recurring VEVENT and its RECURRENCE-ID overrides.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is <see langword="null"/>.</exception>
    public static string SeriesUid(WheelActivity activity)
    {
        Guard.Against.Null(activity, nameof(activity));
        return $"{activity.Id}@{UidDomain}";
    }

    /// <summary>Writes occurrences as an iCalendar document.</summary>
    /// <param name="occurrences">The occurrences, for example from <see cref="AnnualWheel.Occurrences"/> and <see cref="AnnualWheel.Reminders"/>.</param>
    /// <param name="calendarName">The calendar's name (X-WR-CALNAME).</param>
    /// <param name="language">The language of summaries and descriptions.</param>
    /// <returns>The RFC 5545 text. DTSTAMP is the start of each occurrence's date in UTC, so the output is deterministic.</returns>
    /// <remarks>Without the wheel, an owner and a ring are named by the name the occurrence carries (a reminder's unit or
    /// responsible role) or by the built-in vocabulary (<see cref="WheelVocabulary"/>); <see cref="Export(AnnualWheel, DateInterval, string, CalendarMode, Language, IEnumerable{WheelOccurrence})"/> also uses the
    /// names the wheel gives its rings and owner roles.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="occurrences"/> or <paramref name="calendarName"/> is <see langword="null"/>.</exception>
    public static string ToICalendar(IEnumerable<WheelOccurrence> occurrences, string calendarName, Language language = Language.Norwegian)
    {
        Guard.Against.Null(occurrences, nameof(occurrences));
        Guard.Against.Null(calendarName, nameof(calendarName));
        var list = occurrences.ToList();
        var names = new Names(a => a.OwnerName ?? WheelVocabulary.OwnerName(a.OwnerRole), WheelVocabulary.RingName);
        return Write(calendarName, list.Any(o => o.Activity.Time is not null), list.Select(o => Event(o, language, names)));
    }

    /// <summary>Writes a wheel's activities over a span as an iCalendar document, as single or recurring events.</summary>
    /// <param name="wheel">The wheel.</param>
    /// <param name="span">The dates to export; an occurrence belongs to it as in <see cref="AnnualWheel.Occurrences"/>.</param>
    /// <param name="calendarName">The calendar's name (X-WR-CALNAME).</param>
    /// <param name="mode">Single events, or recurring events where a rule has an RRULE form.</param>
    /// <param name="language">The language of summaries and descriptions.</param>
    /// <param name="extra">More occurrences written as single events, for example <see cref="AnnualWheel.Reminders"/>; or <see langword="null"/>.</param>
    /// <returns>The RFC 5545 text; deterministic.</returns>
    /// <remarks>
    /// In <see cref="CalendarMode.Recurring"/> an activity gets one VEVENT with UID <see cref="SeriesUid"/> and an RRULE when
    /// its rule is a fixed date (<c>FREQ=YEARLY;BYMONTH;BYMONTHDAY</c>), an n-th weekday of a month
    /// (<c>FREQ=YEARLY;BYMONTH;BYDAY=1TU</c> or <c>-1FR</c>) — both with <c>UNTIL</c> at the end of the rule's last year
    /// when the span reaches it, otherwise with <c>COUNT</c>, the number of the rule's dates in the span — or every n
    /// weeks or months (<c>FREQ=WEEKLY</c>/<c>MONTHLY;INTERVAL;COUNT</c>, months only from a day up to the 28th).
    /// DTSTART is the rule's first date in the span. A skipped date becomes an EXDATE; an
    /// occurrence that a move or the activity's adjustment puts on another day becomes a VEVENT with the same UID,
    /// <c>RECURRENCE-ID</c> at the rule's date and DTSTART at the day it happens, so calendars show it where the wheel
    /// does. ISO-week rules (BYWEEKNO is poorly supported by calendar programs), relative rules, and activities with
    /// two occurrences on one day are written as single events with <see cref="Uid"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="wheel"/>, <paramref name="span"/> or <paramref name="calendarName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static string Export(AnnualWheel wheel, DateInterval span, string calendarName, CalendarMode mode, Language language = Language.Norwegian, IEnumerable<WheelOccurrence>? extra = null)
    {
        Guard.Against.Null(wheel, nameof(wheel));
        Guard.Against.Null(span, nameof(span));
        Guard.Against.Null(calendarName, nameof(calendarName));
        Guard.Against.EnumOutOfRange(mode, nameof(mode));
        return Export(wheel, span, wheel.Occurrences(span), calendarName, mode, language, extra, new Names(a => a.OwnerName ?? wheel.OwnerName(a.OwnerRole), wheel.RingName));
    }

    /// <summary>Writes a wheel view as an iCalendar document: the wheel's activities over the view's window, as single or
    /// recurring events as in <see cref="Export(AnnualWheel, DateInterval, string, CalendarMode, Language, IEnumerable{WheelOccurrence}?)"/>,
    /// and the view's reminders as single events, owners and rings named as the view names them in every other output
    /// (<see cref="WheelView.OwnerName"/>: a unit of the plan by its name, then the wheel's vocabulary).</summary>
    /// <param name="view">The view, for example <see cref="WheelView.Create(CompetencePlan, AnnualWheel, DateInterval, NodaTime.Period)"/>.</param>
    /// <param name="calendarName">The calendar's name (X-WR-CALNAME).</param>
    /// <param name="mode">Single events, or recurring events where a rule has an RRULE form.</param>
    /// <param name="language">The language of summaries and descriptions.</param>
    /// <returns>The RFC 5545 text; deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> or <paramref name="calendarName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static string Export(WheelView view, string calendarName, CalendarMode mode, Language language)
    {
        Guard.Against.Null(view, nameof(view));
        Guard.Against.Null(calendarName, nameof(calendarName));
        Guard.Against.EnumOutOfRange(mode, nameof(mode));
        var wheel = view.Definition;
        return Export(wheel, view.Window, view.Occurrences, calendarName, mode, language, view.Reminders.Select(r => r.Occurrence), new Names(view.OwnerName, wheel.RingName));
    }

    private static string Export(AnnualWheel wheel, DateInterval span, IReadOnlyList<WheelOccurrence> occurrences, string calendarName, CalendarMode mode, Language language, IEnumerable<WheelOccurrence>? extra, Names names)
    {
        var series = new Dictionary<WheelActivity, List<CalendarEvent>>();
        if (mode == CalendarMode.Recurring)
        {
            var byActivity = occurrences.ToLookup(o => o.Activity);
            foreach (var activity in wheel.Activities)
            {
                if (Series(activity, [.. byActivity[activity]], span, language, names) is { } events)
                {
                    series[activity] = events;
                }
            }
        }

        var singles = occurrences.Where(o => !series.ContainsKey(o.Activity)).Concat(extra ?? []).ToList();
        var timed = occurrences.Concat(extra ?? []).Any(o => o.Activity.Time is not null);
        return Write(calendarName, timed, series.Values.SelectMany(e => e).Concat(singles.Select(o => Event(o, language, names))));
    }

    /// <summary>The date the VTIMEZONE's rules are taken from: Europe/Oslo has had today's summer-time rules since 1996.</summary>
    private static readonly DateTime ZoneRulesSince = new(1997, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static string Write(string calendarName, bool timed, IEnumerable<CalendarEvent> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//ReKs.Competence//Annual wheel//EN" };
        calendar.AddProperty("X-WR-CALNAME", Text(calendarName));
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        if (timed)
        {
            // Ical.Net derives the VTIMEZONE from the zone's transitions between the given date and the machine's clock:
            // a fixed early date makes it the same on every run (and keeps it from failing for dates years ahead).
            calendar.AddTimeZone(TimeZoneId, ZoneRulesSince, false);
        }

        foreach (var e in events)
        {
            calendar.Events.Add(e);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>Writes an activity's occurrences as one recurring event plus overrides, or returns <see langword="null"/> when the rule has no RRULE form.</summary>
    private static List<CalendarEvent>? Series(WheelActivity a, List<WheelOccurrence> own, DateInterval span, Language language, Names names)
    {
        if (Pattern(a.Rule) is not { } pattern || own.Select(o => o.Date).Distinct().Count() != own.Count)
        {
            return null;
        }

        var plain = a.Rule.WithoutExceptions().Dates(span).Select(d => d.Nominal).ToList();
        if (plain.Count == 0 || own.Count == 0)
        {
            return [];
        }

        if (pattern.Frequency == FrequencyType.Yearly && a.Rule.LastYear is { } last && new LocalDate(last, 12, 31) <= span.End)
        {
            pattern.Until = Until(new LocalDate(last, 12, 31), a.Time is null ? null : new LocalTime(23, 59, 59));
        }
        else
        {
            pattern.Count = plain.Count;
        }

        var master = Event(own[0], language, names);
        master.Uid = SeriesUid(a);
        (master.DtStart, master.DtEnd) = Times(a, plain[0]);
        master.DtStamp = Stamp(plain[0]);
        master.RecurrenceRule = pattern;
        var byNominal = own.ToDictionary(o => o.Nominal);
        foreach (var skipped in plain.Where(d => !byNominal.ContainsKey(d)))
        {
            master.ExceptionDates.Add(Times(a, skipped).Start);
        }

        var events = new List<CalendarEvent> { master };
        foreach (var moved in own.Where(o => o.Date != o.Nominal))
        {
            var e = Event(moved, language, names);
            e.Uid = master.Uid;
            e.RecurrenceIdentifier = new RecurrenceIdentifier(Times(a, moved.Nominal).Start, null);
            events.Add(e);
        }

        return events;
    }

    private static RecurrencePattern? Pattern(Wheel.RecurrenceRule rule)
    {
        switch (rule)
        {
            case FixedDateRule r:
                var fixedDate = new RecurrencePattern(FrequencyType.Yearly);
                fixedDate.ByMonth.Add(r.Month);
                fixedDate.ByMonthDay.Add(r.Day);
                return fixedDate;
            case NthWeekdayOfMonthRule r:
                var nth = new RecurrencePattern(FrequencyType.Yearly);
                nth.ByMonth.Add(r.Month);
                nth.ByDay.Add(new WeekDay(NodaTime.Utility.BclConversions.ToDayOfWeek(r.Weekday), r.Ordinal));
                return nth;
            case EveryNWeeksRule r:
                return new RecurrencePattern(FrequencyType.Weekly, r.Weeks);
            case EveryNMonthsRule r:
                return r.Start.Day <= 28 ? new RecurrencePattern(FrequencyType.Monthly, r.Months) : null;
            case IsoWeekdayRule or RelativeToActivityRule or RelativeToPeriodRule:
                return null; // no RRULE form: written as single events
            default:
                throw new System.Diagnostics.UnreachableException($"Recurrence kind {rule.Kind}.");
        }
    }

    /// <summary>The UNTIL of a yearly RRULE: the last date, or for timed events that time in UTC (RFC 5545 §3.3.10).</summary>
    private static CalDateTime Until(LocalDate last, LocalTime? time)
    {
        if (time is not { } t)
        {
            return new CalDateTime(last.Year, last.Month, last.Day);
        }

        var utc = (last + t).InZoneLeniently(DateTimeZoneProviders.Tzdb[TimeZoneId]).ToDateTimeUtc();
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC");
    }

    private static (CalDateTime Start, CalDateTime End) Times(WheelActivity a, LocalDate date)
    {
        if (a.Time is { } time)
        {
            var start = date + time;
            var end = start.PlusTicks((a.Duration ?? NodaTime.Duration.FromHours(1)).BclCompatibleTicks);
            return (Timed(start), Timed(end));
        }

        var next = date.PlusDays(1);
        return (new CalDateTime(date.Year, date.Month, date.Day), new CalDateTime(next.Year, next.Month, next.Day));
    }

    private static CalDateTime Stamp(LocalDate date) =>
        new(new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc), "UTC", true);

    /// <summary>One occurrence as an event, its owner and ring named by <paramref name="names"/>.</summary>
    private static CalendarEvent Event(WheelOccurrence o, Language language, Names names)
    {
        var a = o.Activity;
        var e = new CalendarEvent
        {
            Uid = Uid(o),
            Summary = Text(a.Name.In(language)),
            Description = Text($"{WheelVocabulary.CategoryName(a.Category).In(language)} · {names.Owner(a).In(language)} · {o.Period.Name.In(language)} · {names.Ring(a.Ring).In(language)}"),
            DtStamp = Stamp(o.Date),
        };
        e.Categories.Add(WheelVocabulary.CategoryName(a.Category).In(language));
        (e.DtStart, e.DtEnd) = Times(a, o.Date);
        return e;
    }

    /// <summary>
    /// Makes text fit RFC 5545's TEXT value: control characters are not allowed there (a calendar with one is unreadable,
    /// Ical.Net's own reader included), so each but the line break and the tab is replaced by U+FFFD; the writer escapes
    /// line breaks, commas and semicolons itself.
    /// </summary>
    internal static string Text(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) && c is not '\n' and not '\t' ? '\uFFFD' : c;
            }
        });
    }

    private static CalDateTime Timed(LocalDateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, TimeZoneId);

    /// <summary>How an event names its owner and ring: the one naming of the output the calendar is written from.</summary>
    private readonly record struct Names(Func<WheelActivity, LocalizedText> Owner, Func<string, LocalizedText> Ring);
}
