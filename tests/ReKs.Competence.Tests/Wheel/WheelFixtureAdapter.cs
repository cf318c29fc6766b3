using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The thin adapter from the annual-wheel fixture format (its folder's README) to the public API.</summary>
internal static class WheelFixtureAdapter
{
    public sealed record Case(string Name, RecurrenceRule Rule, DateInterval Interval, Adjustment Adjust, WorkingDays WorkingDays, IReadOnlyList<LocalDate> Expected);

    public static IReadOnlyList<Case> Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return [.. doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => new Case(
            c.GetProperty("name").GetString()!,
            Rule(c.GetProperty("rule")),
            new DateInterval(Date(c.GetProperty("from")), Date(c.GetProperty("to"))),
            Enum.Parse<Adjustment>(c.GetProperty("adjust").GetString()!, ignoreCase: true),
            new WorkingDays(c.TryGetProperty("closed", out var closed)
                ? closed.EnumerateArray().Select(p => new ClosedPeriod(Annual(p.GetProperty("start")), Annual(p.GetProperty("end"))))
                : []),
            [.. c.GetProperty("expected").EnumerateArray().Select(Date)]))];
    }

    public static string? FirstDifference(IReadOnlyList<LocalDate> actual, IReadOnlyList<LocalDate> expected)
    {
        for (var i = 0; i < Math.Max(actual.Count, expected.Count); i++)
        {
            var a = i < actual.Count ? actual[i].ToString("yyyy-MM-dd", null) : "(none)";
            var e = i < expected.Count ? expected[i].ToString("yyyy-MM-dd", null) : "(none)";
            if (a != e)
            {
                return $"expected[{i}]: expected {e}, got {a}";
            }
        }

        return null;
    }

    private static RecurrenceRule Rule(JsonElement r) => r.GetProperty("kind").GetString() switch
    {
        "fixedDate" => RecurrenceRule.FixedDate(r.GetProperty("month").GetInt32(), r.GetProperty("day").GetInt32()),
        "nthWeekdayOfMonth" => RecurrenceRule.NthWeekdayOfMonth(r.GetProperty("month").GetInt32(), Weekday(r), r.GetProperty("n").GetInt32()),
        "isoWeekday" => RecurrenceRule.IsoWeekday(r.GetProperty("week").GetInt32(), Weekday(r)),
        "everyNWeeks" => RecurrenceRule.EveryNWeeks(Date(r.GetProperty("start")), r.GetProperty("weeks").GetInt32(), r.GetProperty("count").GetInt32()),
        "everyNMonths" => RecurrenceRule.EveryNMonths(Date(r.GetProperty("start")), r.GetProperty("months").GetInt32(), r.GetProperty("count").GetInt32()),
        var kind => throw new InvalidDataException($"rule.kind: unknown kind '{kind}'"),
    };

    private static IsoDayOfWeek Weekday(JsonElement r) => Enum.Parse<IsoDayOfWeek>(r.GetProperty("weekday").GetString()!, ignoreCase: true);

    private static AnnualDate Annual(JsonElement e)
    {
        var parts = e.GetString()!.Split('-');
        return new AnnualDate(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static LocalDate Date(JsonElement e) => LocalDatePattern.Iso.Parse(e.GetString()!).Value;
}
