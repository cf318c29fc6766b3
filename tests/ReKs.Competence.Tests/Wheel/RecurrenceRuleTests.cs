using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>The recurrence rules against the annual-wheel fixtures and the laws of issue 4.</summary>
[Properties(Arbitrary = new[] { typeof(WheelArbitraries) })]
public class RecurrenceRuleTests
{
    /// <summary>A plain rule's dates adjusted to working days: what the wheel does for an activity with that rule.</summary>
    private static LocalDate[] Occurrences(RecurrenceRule rule, DateInterval interval, WorkingDays workingDays, Adjustment adjustment) =>
        [.. rule.Dates(interval).Select(d => workingDays.Adjust(d.Date, adjustment))];

    private static readonly WorkingDays Closed = new([
        new ClosedPeriod(new AnnualDate(7, 1), new AnnualDate(7, 31)),
        new ClosedPeriod(new AnnualDate(12, 24), new AnnualDate(12, 31)),
    ]);

    public static TheoryData<string> Cases => Fixtures.Files("annual-wheel");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Occurrences_FixtureCase_MatchesExpectedDates(string file)
    {
        foreach (var c in WheelFixtureAdapter.Load(file))
        {
            var actual = Occurrences(c.Rule, c.Interval, c.WorkingDays, c.Adjust);
            var difference = WheelFixtureAdapter.FirstDifference(actual, c.Expected);
            Assert.True(difference is null, $"{file}: case '{c.Name}': {difference}");
        }
    }

    [Property(MaxTest = 1000)]
    public Property Occurrences_AdjustedRule_AreWorkingDays(RecurrenceRule rule, DateInterval interval, bool nearest) =>
        Occurrences(rule, interval, Closed, nearest ? Adjustment.Nearest : Adjustment.After)
            .All(Closed.IsWorkingDay).ToProperty();

    [Property(MaxTest = 1000)]
    public Property Occurrences_Interval_AreUnionOfTwoHalves(RecurrenceRule rule, DateInterval interval)
    {
        var middle = interval.Start.PlusDays(interval.Length / 2);
        if (middle >= interval.End)
        {
            return true.ToProperty();
        }

        var whole = Occurrences(rule, interval, Closed, Adjustment.Before);
        var left = Occurrences(rule, new DateInterval(interval.Start, middle), Closed, Adjustment.Before);
        var right = Occurrences(rule, new DateInterval(middle.PlusDays(1), interval.End), Closed, Adjustment.Before);
        return whole.SequenceEqual(left.Concat(right)).ToProperty();
    }

    [Fact]
    public void Occurrences_Leap29February_OnlyInLeapYears()
    {
        var dates = Occurrences(RecurrenceRule.FixedDate(2, 29), new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)), WorkingDays.Standard, Adjustment.None);
        Assert.Equal<LocalDate>([new LocalDate(2024, 2, 29), new LocalDate(2028, 2, 29)], dates);
    }

    [Fact]
    public void Occurrences_SecondLastAndFifth_AsInCalendar()
    {
        var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        // September 2025 has five Tuesdays (2, 9, 16, 23, 30); second last is the 23rd. February 2025 has no fifth Monday.
        Assert.Equal<LocalDate>([new LocalDate(2025, 9, 23)], Occurrences(RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, -2), year, WorkingDays.Standard, Adjustment.None));
        Assert.Equal<LocalDate>([new LocalDate(2025, 9, 30)], Occurrences(RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, 5), year, WorkingDays.Standard, Adjustment.None));
        Assert.Empty(Occurrences(RecurrenceRule.NthWeekdayOfMonth(2, IsoDayOfWeek.Monday, 5), year, WorkingDays.Standard, Adjustment.None));
    }

    [Fact]
    public void Occurrences_YearsSkipAndMove_AreApplied()
    {
        var rule = RecurrenceRule.FixedDate(3, 10).WithYears(2025, 2028)
            .WithSkip(new LocalDate(2026, 3, 10))
            .WithMove(new LocalDate(2027, 3, 10), new LocalDate(2027, 3, 12));
        var dates = Occurrences(rule, new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31)), WorkingDays.Standard, Adjustment.None);
        Assert.Equal<LocalDate>([new LocalDate(2025, 3, 10), new LocalDate(2027, 3, 12), new LocalDate(2028, 3, 10)], dates);
    }

    [Fact]
    public void Occurrences_EveryThreeMonths_StopsAfterCount()
    {
        var rule = RecurrenceRule.EveryNMonths(new LocalDate(2025, 1, 31), 1, 3);
        var dates = Occurrences(rule, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), WorkingDays.Standard, Adjustment.None);
        Assert.Equal<LocalDate>([new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 31)], dates);
    }

    [Fact]
    public void Factories_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("day", () => RecurrenceRule.FixedDate(2, 30));
        Assert.Throws<ArgumentOutOfRangeException>("n", () => RecurrenceRule.NthWeekdayOfMonth(1, IsoDayOfWeek.Monday, 0));
        Assert.Throws<ArgumentOutOfRangeException>("week", () => RecurrenceRule.IsoWeekday(54, IsoDayOfWeek.Monday));
        Assert.Throws<ArgumentException>("lastYear", () => RecurrenceRule.FixedDate(1, 1).WithYears(2027, 2026));
    }
}
