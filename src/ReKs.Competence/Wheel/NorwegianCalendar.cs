using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>
/// The Norwegian calendar of public holidays: Easter computed by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher) and the movable days that depend on it, plus the fixed days
/// (lov om helligdager og helligdagsfred; lov om 1. og 17. mai).
/// </summary>
/// <threadsafety>This type is stateless; all members are safe to call from any thread.</threadsafety>
public static class NorwegianCalendar
{
    /// <summary>The first year of the Gregorian calendar the Easter computation is valid for.</summary>
    public const int FirstGregorianYear = 1583;

    /// <summary>The last year the calendar computes holidays for (the last year of <see cref="LocalDate.MaxIsoValue"/>).</summary>
    public const int LastYear = 9999;

    /// <summary>Computes Western (Gregorian) Easter Sunday.</summary>
    /// <param name="year">The year, from 1583 to 9999.</param>
    /// <returns>Easter Sunday of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static LocalDate EasterSunday(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), FirstGregorianYear, LastYear);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Lists the twelve Norwegian public holidays of a year besides ordinary Sundays, sorted by date.</summary>
    /// <param name="year">The year, from 1583 to 9999.</param>
    /// <returns>The twelve holidays, sorted by date; two may share a date (Ascension Day on 1 or 17 May, Whit Monday on 17 May).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static ImmutableArray<PublicHoliday> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return [.. Holidays
            .Select(h => new PublicHoliday(h.Month == 0 ? easter.PlusDays(h.Day) : new LocalDate(year, h.Month, h.Day), new LocalizedText(h.Nb, h.En)))
            .OrderBy(h => h.Date)];
    }

    /// <summary>Says whether a date is a Norwegian public holiday (not counting ordinary Sundays).</summary>
    /// <param name="date">The date, in the years 1583 to 9999.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is one of the twelve public holidays of its year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is before 1583.</exception>
    public static bool IsPublicHoliday(LocalDate date)
    {
        Guard.Against.OutOfRange(date.Year, nameof(date), FirstGregorianYear, LastYear);
        if (FixedDays.Contains((date.Month, date.Day)))
        {
            return true;
        }

        // The movable holidays fall between 19 March (Maundy Thursday) and 14 June (Whit Monday).
        return date.Month is >= 3 and <= 6 && EasterOffsets.Contains(Period.DaysBetween(EasterSunday(date.Year), date));
    }

    // The one table of holidays: a fixed month and day, or (month 0) a day offset from Easter Sunday.
    private static readonly (int Month, int Day, string Nb, string En)[] Holidays =
    [
        (1, 1, "Første nyttårsdag", "New Year's Day"),
        (0, -3, "Skjærtorsdag", "Maundy Thursday"),
        (0, -2, "Langfredag", "Good Friday"),
        (0, 0, "Første påskedag", "Easter Sunday"),
        (0, 1, "Andre påskedag", "Easter Monday"),
        (5, 1, "Offentlig høytidsdag", "Labour Day"),
        (5, 17, "Grunnlovsdag", "Constitution Day"),
        (0, 39, "Kristi himmelfartsdag", "Ascension Day"),
        (0, 49, "Første pinsedag", "Whit Sunday"),
        (0, 50, "Andre pinsedag", "Whit Monday"),
        (12, 25, "Første juledag", "Christmas Day"),
        (12, 26, "Andre juledag", "Boxing Day"),
    ];

    private static readonly HashSet<(int Month, int Day)> FixedDays = [.. Holidays.Where(h => h.Month != 0).Select(h => (h.Month, h.Day))];

    private static readonly HashSet<int> EasterOffsets = [.. Holidays.Where(h => h.Month == 0).Select(h => h.Day)];
}
