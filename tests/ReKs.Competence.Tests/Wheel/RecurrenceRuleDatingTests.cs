using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// The plain rules' dates at the edges of an interval and of a year, and their exceptions (skips, moves, year bounds):
/// an occurrence belongs to an interval (inclusive at both ends) by its date before any move (the annual-wheel fixture
/// README, docs/wheel.md); ISO-8601 week 1 can start in December and week 53 end in January; a skipped date is no
/// longer moved and a moved date no longer skipped (RFC 5545: an EXDATE removes an instance, an overriding instance
/// replaces it, and one date cannot be both).
/// </summary>
public class RecurrenceRuleDatingTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static LocalDate[] Nominal(RecurrenceRule rule, LocalDate from, LocalDate to) =>
        [.. rule.Dates(new DateInterval(from, to)).Select(d => d.Nominal)];

    [Fact]
    public void FixedDate_IntervalAcrossYears_TakesTheDatesOnItsBothEnds()
    {
        Assert.Equal<LocalDate>([D(2028, 3, 14), D(2029, 3, 14)], Nominal(RecurrenceRule.FixedDate(3, 14), D(2027, 3, 15), D(2029, 3, 14)));
        Assert.Equal<LocalDate>([D(2027, 3, 15), D(2028, 3, 15)], Nominal(RecurrenceRule.FixedDate(3, 15), D(2027, 3, 15), D(2029, 3, 14)));
    }

    [Fact]
    public void FixedDate_LastDayOfAMonth_RecursEveryYear() =>
        Assert.Equal<LocalDate>([D(2027, 1, 31), D(2028, 1, 31)], Nominal(RecurrenceRule.FixedDate(1, 31), D(2027, 1, 1), D(2028, 12, 31)));

    [Fact]
    public void IsoWeekday_Week1StartingInDecember_IsListedInDecember() =>
        // 1 January 2026 is a Thursday, so ISO week 1 of 2026 starts on Monday 29 December 2025.
        Assert.Equal<LocalDate>([D(2025, 12, 29)], Nominal(RecurrenceRule.IsoWeekday(1, IsoDayOfWeek.Monday), D(2025, 12, 1), D(2025, 12, 31)));

    [Fact]
    public void IsoWeekday_Week53EndingInJanuary_IsListedInJanuary() =>
        // 2026 has 53 ISO weeks (it starts on a Thursday); the Friday of week 53 is 1 January 2027.
        Assert.Equal<LocalDate>([D(2027, 1, 1)], Nominal(RecurrenceRule.IsoWeekday(53, IsoDayOfWeek.Friday), D(2027, 1, 1), D(2027, 1, 31)));

    [Fact]
    public void NthWeekdayOfMonth_FifthFromTheEnd_OnlyInMonthsThatHaveIt()
    {
        // September 2025 has five Tuesdays (2, 9, 16, 23, 30); February 2025 has four Mondays.
        Assert.Equal<LocalDate>([D(2025, 9, 2)], Nominal(RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, -5), D(2025, 1, 1), D(2025, 12, 31)));
        Assert.Empty(Nominal(RecurrenceRule.NthWeekdayOfMonth(2, IsoDayOfWeek.Monday, -5), D(2025, 1, 1), D(2025, 12, 31)));
        Assert.Equal<LocalDate>([D(2025, 2, 24)], Nominal(RecurrenceRule.NthWeekdayOfMonth(2, IsoDayOfWeek.Monday, -1), D(2025, 1, 1), D(2025, 12, 31)));
    }

    [Fact]
    public void EveryNWeeks_IntervalStartingWeeksBeforeTheStart_BeginsAtTheStart() =>
        Assert.Equal<LocalDate>(
            [D(2027, 1, 4), D(2027, 1, 18), D(2027, 2, 1)],
            Nominal(RecurrenceRule.EveryNWeeks(D(2027, 1, 4), 2, 3), D(2026, 11, 20), D(2027, 12, 31)));

    [Fact]
    public void EveryNWeeks_IntervalFromOneOccurrenceToAnother_HasBoth()
    {
        var rule = RecurrenceRule.EveryNWeeks(D(2027, 1, 4), 2, 3);
        Assert.Equal<LocalDate>([D(2027, 1, 18), D(2027, 2, 1)], Nominal(rule, D(2027, 1, 18), D(2027, 2, 1)));
        Assert.Equal<LocalDate>([D(2027, 1, 18)], Nominal(rule, D(2027, 1, 5), D(2027, 1, 31)));
        Assert.Empty(Nominal(rule, D(2027, 2, 2), D(2028, 12, 31)));
    }

    [Fact]
    public void EveryNMonths_IntervalEndingOnAnOccurrence_HasIt() =>
        Assert.Equal<LocalDate>(
            [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31)],
            Nominal(RecurrenceRule.EveryNMonths(D(2027, 1, 31), 1, 5), D(2027, 1, 1), D(2027, 3, 31)));

    [Fact]
    public void EveryNMonths_Quarterly_FromThe31st_TakesEachQuartersLastDayWhenShorter() =>
        // docs/wheel.md: "quarterly; 31st becomes the month's last day".
        Assert.Equal<LocalDate>(
            [D(2027, 1, 31), D(2027, 4, 30), D(2027, 7, 31), D(2027, 10, 31)],
            Nominal(RecurrenceRule.EveryNMonths(D(2027, 1, 31), 3, 4), D(2027, 1, 1), D(2028, 12, 31)));

    [Fact]
    public void EveryNWeeksAndMonths_CountReachingPastTheCalendar_AreDatedOnlyUpToTheIntervalsEnd()
    {
        // A count the calendar cannot hold (year 9999 is LocalDate's last) is fine as long as the interval ends first.
        Assert.Equal<LocalDate>(
            [D(2027, 1, 4), D(2027, 1, 11), D(2027, 1, 18), D(2027, 1, 25)],
            Nominal(RecurrenceRule.EveryNWeeks(D(2027, 1, 4), 1, int.MaxValue), D(2027, 1, 1), D(2027, 1, 31)));
        Assert.Equal<LocalDate>([D(2027, 1, 31)], Nominal(RecurrenceRule.EveryNMonths(D(2027, 1, 31), 12, int.MaxValue), D(2027, 1, 1), D(2027, 12, 31)));
    }

    [Fact]
    public void WithSkip_DatesInAnyOrderAndTwice_AreKeptSortedOnce()
    {
        var rule = RecurrenceRule.FixedDate(3, 10).WithSkip(D(2028, 3, 10)).WithSkip(D(2026, 3, 10)).WithSkip(D(2028, 3, 10));
        Assert.Equal<LocalDate>([D(2026, 3, 10), D(2028, 3, 10)], rule.Skipped);
        Assert.Equal<LocalDate>([D(2027, 3, 10)], Nominal(rule, D(2026, 1, 1), D(2028, 12, 31)));
    }

    [Fact]
    public void WithSkip_MovedDate_IsNoLongerMoved()
    {
        var rule = RecurrenceRule.FixedDate(3, 10).WithMove(D(2027, 3, 10), D(2027, 3, 12)).WithSkip(D(2027, 3, 10));
        Assert.Empty(rule.Moves);
        Assert.Equal<LocalDate>([D(2027, 3, 10)], rule.Skipped);
        Assert.Empty(rule.Dates(new DateInterval(D(2027, 1, 1), D(2027, 12, 31))));
    }

    [Fact]
    public void WithMove_SkippedDate_IsNoLongerSkipped()
    {
        var rule = RecurrenceRule.FixedDate(3, 10).WithSkip(D(2027, 3, 10)).WithSkip(D(2028, 3, 10)).WithMove(D(2027, 3, 10), D(2027, 3, 12));
        Assert.Equal<LocalDate>([D(2028, 3, 10)], rule.Skipped);
        Assert.Equal(D(2027, 3, 12), Assert.Single(rule.Moves).Value);
        Assert.Equal<(LocalDate, LocalDate)>([(D(2027, 3, 10), D(2027, 3, 12))], rule.Dates(new DateInterval(D(2027, 1, 1), D(2028, 12, 31))));
    }

    [Fact]
    public void Dates_MoveAcrossTheNextDate_StaysInTheOrderOfTheRuleDates()
    {
        // A date moved past the next one is still listed by its rule date (docs/wheel.md: "sorted by the rule's date").
        var rule = RecurrenceRule.FixedDate(3, 10).WithMove(D(2027, 3, 10), D(2028, 6, 1));
        Assert.Equal<(LocalDate, LocalDate)>(
            [(D(2027, 3, 10), D(2028, 6, 1)), (D(2028, 3, 10), D(2028, 3, 10))],
            rule.Dates(new DateInterval(D(2027, 1, 1), D(2028, 12, 31))));
    }

    [Fact]
    public void WithoutExceptions_DropsSkipsAndMovesKeepsYearsKindAndFields()
    {
        var start = D(2027, 1, 4);
        RecurrenceRule[] rules =
        [
            RecurrenceRule.FixedDate(3, 10),
            RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, -2),
            RecurrenceRule.IsoWeekday(38, IsoDayOfWeek.Wednesday),
            RecurrenceRule.EveryNWeeks(start, 2, 4),
            RecurrenceRule.EveryNMonths(start, 3, 4),
            RecurrenceRule.RelativeToActivity("meeting", -3, OffsetUnit.WorkingDays),
            RecurrenceRule.RelativeToPeriod("April–juni", PeriodBoundary.LastDay, 2),
        ];
        foreach (var rule in rules)
        {
            var full = rule.WithYears(2026, 2029).WithSkip(D(2027, 5, 5)).WithMove(D(2028, 5, 5), D(2028, 5, 8));
            Assert.Equal((rule.GetType(), (int?)2026, (int?)2029, 1, 1), (full.GetType(), full.FirstYear, full.LastYear, full.Skipped.Length, full.Moves.Count));
            var plain = full.WithoutExceptions();
            Assert.Equal((rule.GetType(), rule.Kind, (int?)2026, (int?)2029, 0, 0), (plain.GetType(), plain.Kind, plain.FirstYear, plain.LastYear, plain.Skipped.Length, plain.Moves.Count));
            Assert.Equal(Fields(rule), Fields(plain));
        }
    }

    private static string Fields(RecurrenceRule rule) => rule switch
    {
        FixedDateRule r => $"{r.Month} {r.Day}",
        NthWeekdayOfMonthRule r => $"{r.Month} {r.Weekday} {r.Ordinal}",
        IsoWeekdayRule r => $"{r.Week} {r.Weekday}",
        EveryNWeeksRule r => $"{r.Start} {r.Weeks} {r.Count}",
        EveryNMonthsRule r => $"{r.Start} {r.Months} {r.Count}",
        RelativeToActivityRule r => $"{r.ActivityId} {r.Offset} {r.Unit}",
        RelativeToPeriodRule r => $"{r.Period} {r.Boundary} {r.OffsetDays}",
        _ => throw new InvalidOperationException(rule.Kind.ToString()),
    };

    [Fact]
    public void WithYears_DatesOnTheFirstAndLastYear_AreKept() =>
        Assert.Equal<LocalDate>(
            [D(2026, 5, 17), D(2027, 5, 17)],
            Nominal(RecurrenceRule.FixedDate(5, 17).WithYears(2026, 2027), D(2024, 1, 1), D(2030, 12, 31)));
}
