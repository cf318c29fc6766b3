using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>Easter, the public holidays and working days, against the conformance fixtures (tests/fixtures) and the laws of issue 4.</summary>
public class NorwegianCalendarTests
{
    public static TheoryData<string> EasterFiles => Fixtures.Files("easter");

    public static TheoryData<string> HolidayFiles => Fixtures.Files("holidays");

    [Theory]
    [MemberData(nameof(EasterFiles))]
    public void EasterSunday_FixtureCase_MatchesPublishedDate(string file)
    {
        foreach (var c in CalendarFixtureAdapter.LoadEaster(file))
        {
            var actual = NorwegianCalendar.EasterSunday(c.Year);
            Assert.True(actual == c.EasterSunday, $"{file}: year {c.Year}: easterSunday expected {c.EasterSunday:yyyy-MM-dd}, got {actual:yyyy-MM-dd}");
        }
    }

    [Theory]
    [MemberData(nameof(HolidayFiles))]
    public void PublicHolidays_FixtureCase_MatchesSetOfDistinctDates(string file)
    {
        foreach (var c in CalendarFixtureAdapter.LoadHolidays(file))
        {
            var actual = NorwegianCalendar.PublicHolidays(c.Year).Select(h => h.Date).ToHashSet();
            var missing = c.Dates.Except(actual).Order().Select(d => d.ToString("yyyy-MM-dd", null)).FirstOrDefault();
            var extra = actual.Except(c.Dates).Order().Select(d => d.ToString("yyyy-MM-dd", null)).FirstOrDefault();
            Assert.True(missing is null && extra is null, $"{file}: year {c.Year}: holidays missing {missing ?? "-"}, extra {extra ?? "-"}");
            Assert.All(c.Dates, d => Assert.True(NorwegianCalendar.IsPublicHoliday(d), $"{file}: {d:yyyy-MM-dd} not a holiday"));
        }
    }

    [Property(MaxTest = 1000)]
    public Property EasterSunday_AnyGregorianYear_IsSundayBetween22MarchAnd25April(PositiveInt seed)
    {
        var year = NorwegianCalendar.FirstGregorianYear + (seed.Get % (NorwegianCalendar.LastYear - NorwegianCalendar.FirstGregorianYear + 1));
        var easter = NorwegianCalendar.EasterSunday(year);
        return (easter.DayOfWeek == IsoDayOfWeek.Sunday
            && easter >= new LocalDate(year, 3, 22)
            && easter <= new LocalDate(year, 4, 25)).ToProperty();
    }

    [Property(MaxTest = 1000)]
    public Property IsPublicHoliday_AnyDate_AgreesWithHolidayList(PositiveInt seed)
    {
        var date = new LocalDate(1900, 1, 1).PlusDays(seed.Get % 73_000);
        var listed = NorwegianCalendar.PublicHolidays(date.Year).Any(h => h.Date == date);
        return (NorwegianCalendar.IsPublicHoliday(date) == listed).ToProperty();
    }

    [Fact]
    public void PublicHolidays_2025_HasTwelveSortedWithNames()
    {
        // Lov om helligdager og helligdagsfred: twelve days; Easter Sunday 2025 is 20 April (published tables).
        var holidays = NorwegianCalendar.PublicHolidays(2025);
        Assert.Equal(12, holidays.Length);
        Assert.Equal(holidays.Select(h => h.Date).Order(), holidays.Select(h => h.Date));
        Assert.Contains(holidays, h => h.Date == new LocalDate(2025, 5, 29) && h.Name.English == "Ascension Day");
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void EasterSunday_OutsideGregorianRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(nameof(year), () => NorwegianCalendar.EasterSunday(year));

    [Fact]
    public void IsWorkingDay_WeekendHolidayAndClosedPeriod_AreNotWorkingDays()
    {
        // Seed 000: the July common holiday and Christmas week are closed; the period over New Year wraps.
        var days = new WorkingDays([
            new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31)),
            new ClosedPeriod(new AnnualDate(12, 27), new AnnualDate(1, 2)),
        ]);
        Assert.True(days.IsWorkingDay(new LocalDate(2025, 6, 30)));
        Assert.False(days.IsWorkingDay(new LocalDate(2025, 7, 15)));
        Assert.False(days.IsWorkingDay(new LocalDate(2025, 5, 17)));
        Assert.False(days.IsWorkingDay(new LocalDate(2025, 6, 7)));
        Assert.False(days.IsWorkingDay(new LocalDate(2025, 12, 29)));
        Assert.False(days.IsWorkingDay(new LocalDate(2026, 1, 2)));
        Assert.True(days.IsWorkingDay(new LocalDate(2026, 1, 5)));
        Assert.True(new ClosedPeriod(new AnnualDate(12, 27), new AnnualDate(1, 2)).WrapsNewYear);
    }

    [Fact]
    public void Adjust_WholeYearClosed_Throws()
    {
        var days = new WorkingDays([new ClosedPeriod(new AnnualDate(1, 1), new AnnualDate(12, 31))]);
        Assert.Throws<InvalidOperationException>(() => days.Adjust(new LocalDate(2025, 3, 3), Adjustment.After));
    }

    // The tests below were written after a Stryker pass on WorkingDays and NorwegianCalendar (docs/reliability.md):
    // each kills mutants that survived the wheel's own tests.

    [Theory]
    [InlineData("2027-03-06", "2027-03-05")] // Saturday: Friday is one day back, Monday two ahead.
    [InlineData("2027-03-07", "2027-03-08")] // Sunday: Monday is one day ahead, Friday two back.
    [InlineData("2027-05-16", "2027-05-14")] // Sunday before Constitution Day (Monday 17 May): Friday and Tuesday are both two days away; a tie goes to the earlier day.
    public void Adjust_Nearest_TakesTheCloserWorkingDayAndTheEarlierOnATie(string date, string expected)
    {
        var parse = NodaTime.Text.LocalDatePattern.Iso;
        Assert.Equal(parse.Parse(expected).Value, WorkingDays.Standard.Adjust(parse.Parse(date).Value, Adjustment.Nearest));
    }

    [Fact]
    public void Adjust_UndefinedAdjustment_IsRefused() =>
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => WorkingDays.Standard.Adjust(new LocalDate(2027, 3, 6), (Adjustment)99));

    [Fact]
    public void IsPublicHoliday_YearOutsideTheCalendar_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NorwegianCalendar.IsPublicHoliday(new LocalDate(NorwegianCalendar.FirstGregorianYear - 1, 6, 1)));
    }

    [Theory]
    [InlineData(7, 1, 7, 31)] // the ReKs common holiday
    [InlineData(12, 20, 1, 5)] // a closed period across New Year
    [InlineData(3, 25, 4, 8)] // around Easter
    public void LongestClosedRun_NeverUnderestimatesTheDaysInARowWithoutWork(int startMonth, int startDay, int endMonth, int endDay)
    {
        // The wheel widens its searches by this bound; an estimate below the real run would miss occurrences.
        var days = new WorkingDays([new ClosedPeriod(new AnnualDate(startMonth, startDay), new AnnualDate(endMonth, endDay)), new ClosedPeriod(new AnnualDate(12, 24), new AnnualDate(12, 31))]);
        var (longest, run) = (0, 0);
        for (var d = new LocalDate(2026, 1, 1); d < new LocalDate(2030, 1, 1); d = d.PlusDays(1))
        {
            run = days.IsWorkingDay(d) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        Assert.InRange(longest, 1, days.LongestClosedRun());
    }
}
