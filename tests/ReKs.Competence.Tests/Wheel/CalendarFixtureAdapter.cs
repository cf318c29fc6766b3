using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The thin adapter from the easter and holidays fixture formats (their folders' READMEs) to plain values.</summary>
internal static class CalendarFixtureAdapter
{
    public sealed record EasterCase(int Year, LocalDate EasterSunday);

    public sealed record HolidayCase(int Year, IReadOnlySet<LocalDate> Dates);

    public static IReadOnlyList<EasterCase> LoadEaster(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return [.. doc.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => new EasterCase(c.GetProperty("year").GetInt32(), Date(c.GetProperty("easterSunday"))))];
    }

    public static IReadOnlyList<HolidayCase> LoadHolidays(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return [.. doc.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => new HolidayCase(
                c.GetProperty("year").GetInt32(),
                c.GetProperty("holidays").EnumerateArray().Select(h => Date(h.GetProperty("date"))).ToHashSet()))];
    }

    public static LocalDate Date(JsonElement e) => LocalDatePattern.Iso.Parse(e.GetString()!).Value;
}
