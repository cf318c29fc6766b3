namespace ReKs.Competence.Wheel;

/// <summary>The kinds of recurrence a planner says.</summary>
public enum RecurrenceKind
{
    /// <summary>A fixed month and day each year (29 February only in leap years).</summary>
    FixedDate = 0,

    /// <summary>The n-th (or last, second last) weekday of a month each year.</summary>
    NthWeekdayOfMonth = 1,

    /// <summary>A weekday of an ISO-8601 week each year (week 53 only in years that have it).</summary>
    IsoWeekday = 2,

    /// <summary>A number of occurrences a number of weeks apart from a start date.</summary>
    EveryNWeeks = 3,

    /// <summary>A number of occurrences a number of months apart from a start date.</summary>
    EveryNMonths = 4,

    /// <summary>An offset in days, weeks or working days from each occurrence of another activity of the wheel.</summary>
    RelativeToActivity = 5,

    /// <summary>A boundary (first or last day or working day) of a named period of the wheel each year, plus an offset in days.</summary>
    RelativeToPeriod = 6,
}
