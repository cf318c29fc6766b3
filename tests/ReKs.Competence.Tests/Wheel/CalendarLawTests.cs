using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The calendar laws the annual-wheel issue names, over 1 000 generated cases each.</summary>
public class CalendarLawTests
{
    public static Arbitrary<Recurrence> Rules() => Arb.From(Gen.OneOf(
        from m in Gen.Choose(1, 12) from d in Gen.Choose(1, 28) select Recurrence.FixedDate(m, d),
        from m in Gen.Choose(1, 12) from w in Gen.Choose(1, 7) from n in Gen.Elements(1, 2, 3, 4, 5, -1, -2) select Recurrence.NthWeekdayOfMonth(m, (IsoDayOfWeek)w, n),
        from wk in Gen.Choose(1, 53) from w in Gen.Choose(1, 7) select Recurrence.IsoWeekday(wk, (IsoDayOfWeek)w),
        from off in Gen.Choose(0, 2000) from k in Gen.Choose(1, 6) from c in Gen.Choose(1, 30) select Recurrence.EveryNWeeks(new LocalDate(2024, 1, 1).PlusDays(off), k, c)));

    public static Arbitrary<DateInterval> Intervals() => Arb.From(
        from start in Gen.Choose(0, 3000) from length in Gen.Choose(0, 1500)
        select new DateInterval(new LocalDate(2023, 1, 1).PlusDays(start), new LocalDate(2023, 1, 1).PlusDays(start + length)));

    [Property(MaxTest = 1000)]
    public Property EasterSunday_IsASundayBetween22MarchAnd25April(PositiveInt seed)
    {
        var year = 1583 + (seed.Get % (9999 - 1583));
        var easter = NorwegianCalendar.EasterSunday(year);
        return (easter.DayOfWeek == IsoDayOfWeek.Sunday && easter >= new LocalDate(year, 3, 22) && easter <= new LocalDate(year, 4, 25)).ToProperty();
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(CalendarLawTests)])]
    public Property Occurrences_WithAnAdjustment_AreWorkingDays(Recurrence rule, DateInterval interval, bool july)
    {
        var workingDays = new WorkingDays(july ? [new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31)), new ClosedPeriod(new AnnualDate(12, 24), new AnnualDate(1, 1))] : []);
        return Enum.GetValues<DateAdjustment>().Where(a => a != DateAdjustment.None)
            .All(a => Schedule.Occurrences(rule, interval, workingDays, a).All(o => workingDays.IsWorkingDay(o.Date))).ToProperty();
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(CalendarLawTests)])]
    public Property Occurrences_OverAnInterval_AreTheUnionOverItsParts(Recurrence rule, DateInterval interval, NonNegativeInt cut)
    {
        var split = interval.Start.PlusDays(cut.Get % interval.Length);
        var whole = Schedule.Occurrences(rule, interval, WorkingDays.Norwegian, DateAdjustment.After);
        var left = Schedule.Occurrences(rule, new DateInterval(interval.Start, split), WorkingDays.Norwegian, DateAdjustment.After);
        var right = split == interval.End ? [] : Schedule.Occurrences(rule, new DateInterval(split.PlusDays(1), interval.End), WorkingDays.Norwegian, DateAdjustment.After);
        return whole.SequenceEqual(left.Concat(right)).ToProperty();
    }

    [Fact]
    public void Adjust_MaundyThursday2025_NearestTieGoesToTheEarlierDay()
    {
        // Easter 2025 is 20 April: 17 (Thu) to 21 (Mon) April are holidays or the weekend; 16 and 22 April are equally far.
        Assert.Equal(new LocalDate(2025, 4, 16), WorkingDays.Norwegian.Adjust(new LocalDate(2025, 4, 17), DateAdjustment.Nearest));
    }

    [Fact]
    public void Bodo_TrainingScheme_FourSessionsEveryOtherWeekAsData()
    {
        // Seed 003: "fire samlinger à ca. to timer hver 14. dag", starting in February 2013.
        var sessions = Schedule.Occurrences(Recurrence.EveryNWeeks(new LocalDate(2013, 2, 26), 2, 4), new DateInterval(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)), WorkingDays.Norwegian, DateAdjustment.After);
        Assert.Equal(4, sessions.Length);
        Assert.All(sessions.Zip(sessions.Skip(1)), p => Assert.Equal(14, Period.Between(p.First.Unadjusted, p.Second.Unadjusted, PeriodUnits.Days).Days));
    }
}
