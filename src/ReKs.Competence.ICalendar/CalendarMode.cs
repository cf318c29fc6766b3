namespace ReKs.Competence.ICalendar;

/// <summary>How <see cref="WheelCalendar"/> writes a wheel's activities.</summary>
public enum CalendarMode
{
    /// <summary>One VEVENT per occurrence.</summary>
    SingleEvents = 0,

    /// <summary>
    /// One recurring VEVENT with an RRULE per activity whose rule has an RRULE form (with EXDATE for skips and a
    /// RECURRENCE-ID override for every occurrence a move or an adjustment shifts); single events for the others.
    /// </summary>
    Recurring = 1,
}
