using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The calendar fixtures (easter/, holidays/, annual-wheel/), shared and REKS_EXTRA_FIXTURES, through the public API.</summary>
public class CalendarConformanceTests
{
    public static TheoryData<string> Easter => Fixtures.Files("easter");

    public static TheoryData<string> Holidays => Fixtures.Files("holidays");

    public static TheoryData<string> Rules => Fixtures.Files("annual-wheel");

    private static LocalDate D(JsonElement e) => LocalDatePattern.Iso.Parse(e.GetString()!).Value;

    [Theory]
    [MemberData(nameof(Easter))]
    public void EasterSunday_FixtureCases_MatchPublishedDates(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var year = c.GetProperty("year").GetInt32();
            Assert.True(D(c.GetProperty("easterSunday")) == NorwegianCalendar.EasterSunday(year), $"{file}: year {year}: easterSunday expected {c.GetProperty("easterSunday").GetString()}, got {NorwegianCalendar.EasterSunday(year):uuuu-MM-dd}");
        }
    }

    [Theory]
    [MemberData(nameof(Holidays))]
    public void PublicHolidays_FixtureCases_MatchTheSetOfDistinctDates(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var year = c.GetProperty("year").GetInt32();
            var expected = c.GetProperty("holidays").EnumerateArray().Select(h => D(h.GetProperty("date"))).ToHashSet();
            var actual = NorwegianCalendar.PublicHolidays(year).Select(h => h.Date).ToHashSet();
            Assert.True(expected.SetEquals(actual), $"{file}: year {year}: expected {string.Join(", ", expected.Order())}, got {string.Join(", ", actual.Order())}");
            Assert.All(expected, d => Assert.True(NorwegianCalendar.IsPublicHoliday(d), $"{file}: {d:uuuu-MM-dd} is not recognised as a holiday"));
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Schedule_FixtureCases_GiveTheExpectedDatesInOrder(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString();
            var rule = RuleOf(c.GetProperty("rule"));
            var closed = c.TryGetProperty("closed", out var cl)
                ? cl.EnumerateArray().Select(p => new ClosedPeriod(Annual(p.GetProperty("start")), Annual(p.GetProperty("end"))))
                : [];
            var adjust = Enum.Parse<DateAdjustment>(c.GetProperty("adjust").GetString()!, ignoreCase: true);
            var actual = Schedule.Occurrences(rule, new DateInterval(D(c.GetProperty("from")), D(c.GetProperty("to"))), new WorkingDays(closed), adjust).Select(o => o.Date).ToList();
            var expected = c.GetProperty("expected").EnumerateArray().Select(D).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{file}: case '{name}': expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    private static AnnualDate Annual(JsonElement e)
    {
        var parts = e.GetString()!.Split('-');
        return new AnnualDate(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IsoDayOfWeek Weekday(JsonElement e) => Enum.Parse<IsoDayOfWeek>(e.GetString()!, ignoreCase: true);

    internal static Recurrence RuleOf(JsonElement r) => r.GetProperty("kind").GetString() switch
    {
        "fixedDate" => Recurrence.FixedDate(r.GetProperty("month").GetInt32(), r.GetProperty("day").GetInt32()),
        "nthWeekdayOfMonth" => Recurrence.NthWeekdayOfMonth(r.GetProperty("month").GetInt32(), Weekday(r.GetProperty("weekday")), r.GetProperty("n").GetInt32()),
        "isoWeekday" => Recurrence.IsoWeekday(r.GetProperty("week").GetInt32(), Weekday(r.GetProperty("weekday"))),
        "everyNWeeks" => Recurrence.EveryNWeeks(D(r.GetProperty("start")), r.GetProperty("weeks").GetInt32(), r.GetProperty("count").GetInt32()),
        "everyNMonths" => Recurrence.EveryNMonths(D(r.GetProperty("start")), r.GetProperty("months").GetInt32(), r.GetProperty("count").GetInt32()),
        var kind => throw new InvalidOperationException($"Unknown rule kind '{kind}'."),
    };
}
