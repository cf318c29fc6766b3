using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>Norway's public holidays, computed rather than tabled (lov om helligdager og helligdagsfred; lov om 1. og 17. mai).</summary>
/// <remarks>Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), exact for every year of the
/// Gregorian calendar from 1583 on; the movable holidays follow from it.</remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class NorwegianCalendar
{
    /// <summary>The first year the Gregorian Easter computation covers.</summary>
    public const int FirstYear = 1583;

    /// <summary>Gets Western (Gregorian) Easter Sunday of a year.</summary>
    /// <param name="year">The year, 1583 to 9999.</param>
    /// <returns>Easter Sunday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static LocalDate EasterSunday(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), FirstYear, 9999);
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Gets the twelve public holidays of a year besides ordinary Sundays, in date order.</summary>
    /// <param name="year">The year, 1583 to 9999.</param>
    /// <returns>The holidays; two may share a date (Ascension Day on 1 or 17 May, Whit Monday on 17 May).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static ImmutableArray<PublicHoliday> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            .. new[]
            {
                new PublicHoliday(new LocalDate(year, 1, 1), new LocalizedText("Første nyttårsdag", "New Year's Day")),
                new PublicHoliday(easter.PlusDays(-3), new LocalizedText("Skjærtorsdag", "Maundy Thursday")),
                new PublicHoliday(easter.PlusDays(-2), new LocalizedText("Langfredag", "Good Friday")),
                new PublicHoliday(easter, new LocalizedText("Første påskedag", "Easter Sunday")),
                new PublicHoliday(easter.PlusDays(1), new LocalizedText("Andre påskedag", "Easter Monday")),
                new PublicHoliday(new LocalDate(year, 5, 1), new LocalizedText("Offentlig høytidsdag", "Labour Day")),
                new PublicHoliday(new LocalDate(year, 5, 17), new LocalizedText("Grunnlovsdag", "Constitution Day")),
                new PublicHoliday(easter.PlusDays(39), new LocalizedText("Kristi himmelfartsdag", "Ascension Day")),
                new PublicHoliday(easter.PlusDays(49), new LocalizedText("Første pinsedag", "Whit Sunday")),
                new PublicHoliday(easter.PlusDays(50), new LocalizedText("Andre pinsedag", "Whit Monday")),
                new PublicHoliday(new LocalDate(year, 12, 25), new LocalizedText("Første juledag", "Christmas Day")),
                new PublicHoliday(new LocalDate(year, 12, 26), new LocalizedText("Andre juledag", "Boxing Day")),
            }.OrderBy(h => h.Date),
        ];
    }

    /// <summary>Returns whether a date is a Norwegian public holiday (ordinary Sundays are not counted here).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> on a public holiday.</returns>
    public static bool IsPublicHoliday(LocalDate date)
    {
        if (date.Year < FirstYear)
        {
            return false;
        }

        if ((date.Month, date.Day) is (1, 1) or (5, 1) or (5, 17) or (12, 25) or (12, 26))
        {
            return true;
        }

        var offset = Period.Between(EasterSunday(date.Year), date, PeriodUnits.Days).Days;
        return offset is -3 or -2 or 0 or 1 or 39 or 49 or 50;
    }
}

/// <summary>A public holiday: its date and name.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PublicHoliday
{
    internal PublicHoliday(LocalDate date, LocalizedText name)
    {
        Date = date;
        Name = name;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the name in Norwegian and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Returns the date and Norwegian name.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Name.Norwegian}";
}
