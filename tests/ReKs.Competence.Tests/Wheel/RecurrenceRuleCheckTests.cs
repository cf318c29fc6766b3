using System.ComponentModel;
using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>
/// Each recurrence kind's own argument check, at the edges of its range: the factory throws it for the parameter
/// (the exception its documentation names, with a message that says what is wrong), and the wheel document reports
/// the same check at the rule's field. Ranges as docs/wheel.md and the annual-wheel fixture README define them:
/// months 1–12, ISO-8601 weeks 1–53, n of 1 to 5 or −1 to −5 (RFC 5545's BYDAY ordinals, limited to a month),
/// at least one occurrence at least one unit apart, relative offsets of at most 3660 days.
/// </summary>
public class RecurrenceRuleCheckTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 31)]
    [InlineData(2, 29)]
    [InlineData(12, 31)]
    public void FixedDate_DayOfALeapYear_IsAccepted(int month, int day)
    {
        var rule = RecurrenceRule.FixedDate(month, day);
        Assert.Equal((month, day, RecurrenceKind.FixedDate), (rule.Month, rule.Day, rule.Kind));
    }

    [Theory]
    [InlineData(0, 1, "month", "month 0 is not 1 to 12")]
    [InlineData(13, 1, "month", "month 13 is not 1 to 12")]
    [InlineData(1, 0, "day", "day 0 is not in month 1 (1 to 31)")]
    [InlineData(1, 32, "day", "day 32 is not in month 1 (1 to 31)")]
    [InlineData(4, 31, "day", "day 31 is not in month 4 (1 to 30)")]
    [InlineData(2, 30, "day", "day 30 is not in month 2 (1 to 29)")]
    public void FixedDate_NoDateOfALeapYear_IsOutOfRangeSayingWhy(int month, int day, string parameter, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(parameter, () => RecurrenceRule.FixedDate(month, day));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(12, -5)]
    [InlineData(6, 1)]
    [InlineData(6, -1)]
    public void NthWeekdayOfMonth_EdgesOfTheRange_AreAccepted(int month, int n)
    {
        var rule = RecurrenceRule.NthWeekdayOfMonth(month, IsoDayOfWeek.Sunday, n);
        Assert.Equal((month, IsoDayOfWeek.Sunday, n, RecurrenceKind.NthWeekdayOfMonth), (rule.Month, rule.Weekday, rule.Ordinal, rule.Kind));
    }

    [Theory]
    [InlineData(0, 1, 1, "month", "month 0 is not 1 to 12")]
    [InlineData(13, 1, 1, "month", "month 13 is not 1 to 12")]
    [InlineData(1, 0, 1, "weekday", "the weekday must be Monday to Sunday")]
    [InlineData(1, 8, 1, "weekday", "the weekday must be Monday to Sunday")]
    [InlineData(1, 1, 0, "n", "n 0 is not 1 to 5 or -1 to -5")]
    [InlineData(1, 1, 6, "n", "n 6 is not 1 to 5 or -1 to -5")]
    [InlineData(1, 1, -6, "n", "n -6 is not 1 to 5 or -1 to -5")]
    public void NthWeekdayOfMonth_OutOfRange_IsOutOfRangeSayingWhy(int month, int weekday, int n, string parameter, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(parameter, () => RecurrenceRule.NthWeekdayOfMonth(month, (IsoDayOfWeek)weekday, n));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(53, 7)]
    public void IsoWeekday_EdgesOfTheRange_AreAccepted(int week, int weekday)
    {
        var rule = RecurrenceRule.IsoWeekday(week, (IsoDayOfWeek)weekday);
        Assert.Equal((week, (IsoDayOfWeek)weekday, RecurrenceKind.IsoWeekday), (rule.Week, rule.Weekday, rule.Kind));
    }

    [Theory]
    [InlineData(0, 1, "week", "ISO week 0 is not 1 to 53")]
    [InlineData(54, 1, "week", "ISO week 54 is not 1 to 53")]
    [InlineData(10, 0, "weekday", "the weekday must be Monday to Sunday")]
    [InlineData(10, 8, "weekday", "the weekday must be Monday to Sunday")]
    public void IsoWeekday_OutOfRange_IsOutOfRangeSayingWhy(int week, int weekday, string parameter, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(parameter, () => RecurrenceRule.IsoWeekday(week, (IsoDayOfWeek)weekday));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryNWeeksAndMonths_OneOccurrenceOneApart_IsAccepted()
    {
        var start = new LocalDate(2027, 1, 4);
        var weeks = RecurrenceRule.EveryNWeeks(start, 1, 1);
        var months = RecurrenceRule.EveryNMonths(start, 1, 1);
        Assert.Equal((start, 1, 1, RecurrenceKind.EveryNWeeks), (weeks.Start, weeks.Weeks, weeks.Count, weeks.Kind));
        Assert.Equal((start, 1, 1, RecurrenceKind.EveryNMonths), (months.Start, months.Months, months.Count, months.Kind));
    }

    [Fact]
    public void EveryNWeeksAndMonths_NothingApartOrNoOccurrence_IsOutOfRangeSayingWhy()
    {
        var start = new LocalDate(2027, 1, 4);
        Assert.StartsWith("every 0 weeks: the number of weeks apart is at least 1", Assert.Throws<ArgumentOutOfRangeException>("weeks", () => RecurrenceRule.EveryNWeeks(start, 0, 1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("a count of 0: a rule has at least 1 occurrence", Assert.Throws<ArgumentOutOfRangeException>("count", () => RecurrenceRule.EveryNWeeks(start, 1, 0)).Message, StringComparison.Ordinal);
        Assert.StartsWith("every -1 months: the number of months apart is at least 1", Assert.Throws<ArgumentOutOfRangeException>("months", () => RecurrenceRule.EveryNMonths(start, -1, 1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("a count of -3: a rule has at least 1 occurrence", Assert.Throws<ArgumentOutOfRangeException>("count", () => RecurrenceRule.EveryNMonths(start, 1, -3)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3660, OffsetUnit.Days)]
    [InlineData(-3660, OffsetUnit.Days)]
    [InlineData(522, OffsetUnit.Weeks)]
    [InlineData(-522, OffsetUnit.Weeks)]
    [InlineData(2614, OffsetUnit.WorkingDays)]
    [InlineData(-2614, OffsetUnit.WorkingDays)]
    public void RelativeToActivity_OffsetAtItsLimit_IsAccepted(int offset, OffsetUnit unit)
    {
        var rule = RecurrenceRule.RelativeToActivity("meeting", offset, unit);
        Assert.Equal(("meeting", offset, unit, RecurrenceKind.RelativeToActivity, true), (rule.ActivityId, rule.Offset, rule.Unit, rule.Kind, rule.IsRelative));
    }

    [Theory]
    [InlineData(3661, OffsetUnit.Days, "an offset of 3661 Days is more than 3660 away")]
    [InlineData(-3661, OffsetUnit.Days, "an offset of -3661 Days is more than 3660 away")]
    [InlineData(523, OffsetUnit.Weeks, "an offset of 523 Weeks is more than 522 away")]
    [InlineData(2615, OffsetUnit.WorkingDays, "an offset of 2615 WorkingDays is more than 2614 away")]
    [InlineData(int.MinValue, OffsetUnit.WorkingDays, "an offset of -2147483648 WorkingDays is more than 2614 away")]
    public void RelativeToActivity_OffsetBeyondItsLimit_IsOutOfRangeSayingWhy(int offset, OffsetUnit unit, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(nameof(offset), () => RecurrenceRule.RelativeToActivity("meeting", offset, unit));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeToActivity_NoActivityOrUndefinedUnit_IsRefusedForItsParameter()
    {
        Assert.Throws<ArgumentNullException>("activityId", () => RecurrenceRule.RelativeToActivity(null!, 1, OffsetUnit.Days));
        var blank = Assert.Throws<ArgumentException>("activityId", () => RecurrenceRule.RelativeToActivity(" ", 1, OffsetUnit.Days));
        Assert.StartsWith("a rule relative to an activity names the activity", blank.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidEnumArgumentException>("unit", () => RecurrenceRule.RelativeToActivity("meeting", 1, (OffsetUnit)99));
    }

    [Theory]
    [InlineData(3660)]
    [InlineData(-3660)]
    [InlineData(0)]
    public void RelativeToPeriod_OffsetWithinItsLimit_IsAccepted(int offset)
    {
        var rule = RecurrenceRule.RelativeToPeriod("April–juni", PeriodBoundary.LastWorkingDay, offset);
        Assert.Equal(("April–juni", PeriodBoundary.LastWorkingDay, offset, RecurrenceKind.RelativeToPeriod, true), (rule.Period, rule.Boundary, rule.OffsetDays, rule.Kind, rule.IsRelative));
    }

    [Fact]
    public void RelativeToPeriod_NoPeriodUndefinedBoundaryOrFarOffset_IsRefusedForItsParameter()
    {
        Assert.Throws<ArgumentNullException>("period", () => RecurrenceRule.RelativeToPeriod(null!, PeriodBoundary.FirstDay));
        var blank = Assert.Throws<ArgumentException>("period", () => RecurrenceRule.RelativeToPeriod("\t", PeriodBoundary.FirstDay));
        Assert.StartsWith("a rule relative to a period names the period", blank.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidEnumArgumentException>("boundary", () => RecurrenceRule.RelativeToPeriod("April–juni", (PeriodBoundary)99));
        var far = Assert.Throws<ArgumentOutOfRangeException>("offsetDays", () => RecurrenceRule.RelativeToPeriod("April–juni", PeriodBoundary.FirstDay, -3661));
        Assert.StartsWith("an offset of -3661 days is more than 3660 away", far.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("offsetDays", () => RecurrenceRule.RelativeToPeriod("April–juni", PeriodBoundary.FirstDay, int.MinValue));
    }

    [Fact]
    public void PlainRules_AreNotRelative()
    {
        Assert.False(RecurrenceRule.FixedDate(1, 1).IsRelative);
        Assert.False(RecurrenceRule.NthWeekdayOfMonth(1, IsoDayOfWeek.Monday, 1).IsRelative);
        Assert.False(RecurrenceRule.IsoWeekday(1, IsoDayOfWeek.Monday).IsRelative);
        Assert.False(RecurrenceRule.Once(new LocalDate(2027, 1, 1)).IsRelative);
        Assert.False(RecurrenceRule.EveryNMonths(new LocalDate(2027, 1, 1), 1, 1).IsRelative);
    }

    [Fact]
    public void WithYears_OneYearOrOneBound_IsAcceptedAndKept()
    {
        var one = RecurrenceRule.FixedDate(5, 17).WithYears(2027, 2027);
        Assert.Equal((2027, 2027), (one.FirstYear, one.LastYear));
        var from = RecurrenceRule.FixedDate(5, 17).WithYears(2027, null);
        Assert.Equal((2027, (int?)null), (from.FirstYear, from.LastYear));
        var e = Assert.Throws<ArgumentException>("lastYear", () => RecurrenceRule.FixedDate(5, 17).WithYears(2028, 2027));
        Assert.StartsWith("the last year 2027 is before the first year 2028", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_NoInterval_IsRefused() =>
        Assert.Throws<ArgumentNullException>("interval", () => RecurrenceRule.FixedDate(1, 1).Dates(null!));

    [Fact]
    public void Dates_RelativeRules_NameTheirAnchorAndTheWheel()
    {
        var year = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
        var activity = Assert.Throws<InvalidOperationException>(() => RecurrenceRule.RelativeToActivity("september-meeting", -2, OffsetUnit.Weeks).Dates(year));
        Assert.Equal("A rule relative to the activity 'september-meeting' is dated by its wheel: use AnnualWheel.Occurrences.", activity.Message);
        var period = Assert.Throws<InvalidOperationException>(() => RecurrenceRule.RelativeToPeriod("April–juni", PeriodBoundary.FirstDay).Dates(year));
        Assert.Equal("A rule relative to the period 'April–juni' is dated by its wheel: use AnnualWheel.Occurrences.", period.Message);
    }

    /// <summary>A one-activity wheel document whose rule is <paramref name="rule"/>.</summary>
    private static string Document(string rule) => $$"""
        {
          "schemaVersion": 1,
          "name": { "nb": "Hjul" },
          "periods": [{ "name": { "nb": "År" }, "colour": "#336699", "start": "01-01" }],
          "rings": ["region"],
          "activities": [{ "id": "a", "name": { "nb": "A" }, "ring": "region", "category": "meeting", "owner": "x", "rule": {{rule}} }]
        }
        """;

    [Theory]
    [InlineData("""{ "kind": "fixedDate", "month": 13, "day": 1 }""", "$.activities[0].rule.month", "month 13 is not 1 to 12")]
    [InlineData("""{ "kind": "fixedDate", "month": 4, "day": 31 }""", "$.activities[0].rule.day", "day 31 is not in month 4 (1 to 30)")]
    [InlineData("""{ "kind": "nthWeekdayOfMonth", "month": 0, "weekday": "monday", "n": 1 }""", "$.activities[0].rule.month", "month 0 is not 1 to 12")]
    [InlineData("""{ "kind": "nthWeekdayOfMonth", "month": 9, "weekday": "monday", "n": 6 }""", "$.activities[0].rule.n", "n 6 is not 1 to 5 or -1 to -5")]
    [InlineData("""{ "kind": "isoWeekday", "week": 54, "weekday": "monday" }""", "$.activities[0].rule.week", "ISO week 54 is not 1 to 53")]
    [InlineData("""{ "kind": "everyNWeeks", "start": "2027-01-04", "every": 0, "count": 2 }""", "$.activities[0].rule.every", "every 0 weeks: the number of weeks apart is at least 1")]
    [InlineData("""{ "kind": "everyNMonths", "start": "2027-01-04", "every": 1, "count": 0 }""", "$.activities[0].rule.count", "a count of 0: a rule has at least 1 occurrence")]
    [InlineData("""{ "kind": "relativeToPeriod", "period": "År", "boundary": "firstDay", "offset": 3661 }""", "$.activities[0].rule.offset", "an offset of 3661 days is more than 3660 away")]
    [InlineData("""{ "kind": "fixedDate", "month": 1, "day": 1, "firstYear": 2028, "lastYear": 2027 }""", "$.activities[0].rule.lastYear", "the last year 2027 is before the first year 2028")]
    public void Parse_RuleOutsideItsRange_IsReportedAtTheField(string rule, string path, string message)
    {
        var read = WheelDocument.Parse(Document(rule));
        var problem = Assert.Single(read.Problems);
        Assert.Equal((path, message), (problem.Path, problem.Message));
    }

    [Theory]
    [InlineData("""{ "kind": "relativeToActivity", "activity": " ", "offset": 1, "unit": "days" }""", "$.activities[0].rule.activity", ProblemKind.Missing, "a rule relative to an activity names the activity")]
    [InlineData("""{ "kind": "relativeToActivity", "activity": "a", "offset": -523, "unit": "weeks" }""", "$.activities[0].rule.offset", ProblemKind.InvalidValue, "an offset of -523 Weeks is more than 522 away")]
    [InlineData("""{ "kind": "relativeToPeriod", "period": "", "boundary": "firstDay" }""", "$.activities[0].rule.period", ProblemKind.Missing, "a rule relative to a period names the period")]
    public void Parse_RelativeRuleWithoutAnchorOrTooFar_IsReportedAtTheField(string rule, string path, ProblemKind kind, string message)
    {
        var read = WheelDocument.Parse(Document(rule));
        Assert.Contains(read.Problems, p => p.Path == path && p.Kind == kind && p.Message == message);
    }
}
