using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>Generators for recurrence rules, intervals and adjustments.</summary>
public static class WheelArbitraries
{
    public static Gen<RecurrenceRule> Rules() => Gen.OneOf(
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, 29)
        select RecurrenceRule.FixedDate(m, d),
        from m in Gen.Choose(1, 12)
        from w in Gen.Choose(1, 7)
        from n in Gen.Elements(1, 2, 3, 4, 5, -1, -2)
        select RecurrenceRule.NthWeekdayOfMonth(m, (IsoDayOfWeek)w, n),
        from wk in Gen.Choose(1, 53)
        from w in Gen.Choose(1, 7)
        select RecurrenceRule.IsoWeekday(wk, (IsoDayOfWeek)w),
        from s in Gen.Choose(0, 3000)
        from w in Gen.Choose(1, 6)
        from c in Gen.Choose(1, 60)
        select RecurrenceRule.EveryNWeeks(new LocalDate(2024, 1, 1).PlusDays(s), w, c),
        from s in Gen.Choose(0, 3000)
        from m in Gen.Choose(1, 12)
        from c in Gen.Choose(1, 40)
        select RecurrenceRule.EveryNMonths(new LocalDate(2024, 1, 1).PlusDays(s), m, c));

    public static Gen<DateInterval> Intervals() =>
        from s in Gen.Choose(0, 3000)
        from l in Gen.Choose(1, 2000)
        let start = new LocalDate(2024, 1, 1).PlusDays(s)
        select new DateInterval(start, start.PlusDays(l));

    /// <summary>Wheels on the ReKs quarters and closed periods: one to three plain activities, then one to three relative ones anchored to earlier activities or to a quarter.</summary>
    public static Gen<AnnualWheel> Wheels() =>
        from plain in Gen.ListOf(Rules()).Where(l => l.Count is >= 1 and <= 3)
        from relatives in Gen.ListOf(Relative()).Where(l => l.Count is >= 1 and <= 3)
        from adjust in Gen.ArrayOf(Gen.Elements(Adjustment.Before, Adjustment.After, Adjustment.Nearest), 6)
        from move in Gen.Choose(-60, 60)
        select Wheel([.. plain.Select((r, i) => i == 0 ? Moved(r, move) : r)], relatives, adjust);

    /// <summary>Moves the rule's first date of 2024–2027 by some days, so anchors with far moves are generated too.</summary>
    private static RecurrenceRule Moved(RecurrenceRule rule, int days) =>
        rule.Dates(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2027, 12, 31))) is { IsEmpty: false } dates
            ? rule.WithMove(dates[0].Nominal, dates[0].Nominal.PlusDays(days))
            : rule;

    public static Arbitrary<RecurrenceRule> RuleArbitrary() => Arb.From(Rules(), _ => []);

    public static Arbitrary<AnnualWheel> WheelArbitrary() => Arb.From(Wheels(), _ => []);

    private static readonly string[] Quarters = ["Januar–mars", "April–juni", "July–September", "Oktober–desember"];

    /// <summary>A relative rule: anchor index (taken modulo the earlier activities) with an offset, or a quarter boundary.</summary>
    private static Gen<Func<int, RecurrenceRule>> Relative() => Gen.OneOf(
        from anchor in Gen.Choose(0, 5)
        from offset in Gen.Choose(-30, 30)
        from unit in Gen.Elements(OffsetUnit.Days, OffsetUnit.Weeks, OffsetUnit.WorkingDays)
        select (Func<int, RecurrenceRule>)(i => RecurrenceRule.RelativeToActivity($"a{anchor % i}", unit == OffsetUnit.Weeks ? offset / 5 : offset, unit)),
        from q in Gen.Elements(Quarters)
        from b in Gen.Elements(PeriodBoundary.FirstDay, PeriodBoundary.LastDay, PeriodBoundary.FirstWorkingDay, PeriodBoundary.LastWorkingDay)
        from offset in Gen.Choose(-10, 10)
        select (Func<int, RecurrenceRule>)(_ => RecurrenceRule.RelativeToPeriod(q, b, offset)));

    private static AnnualWheel Wheel(List<RecurrenceRule> plain, List<Func<int, RecurrenceRule>> relatives, Adjustment[] adjust)
    {
        var rules = plain.Concat(relatives.Select((r, k) => r(plain.Count + k))).ToList();
        var template = AnnualWheel.ReksTemplate;
        return new AnnualWheel(
            template.Name,
            template.Periods,
            ["unit"],
            rules.Select((r, i) => new WheelActivity($"a{i}", new ReKs.Competence.Model.LocalizedText($"A{i}"), "unit", ActivityCategory.Meeting, "owner", r, adjust[i])),
            template.WorkingDays.ClosedPeriods);
    }

    public static Arbitrary<DateInterval> IntervalArbitrary() => Arb.From(Intervals(), _ => []);
}

/// <summary>The recurrence rules against the annual-wheel fixtures and the laws of issue 4.</summary>
[Properties(Arbitrary = new[] { typeof(WheelArbitraries) })]
public class RecurrenceRuleTests
{
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
            var actual = RecurrenceRule.Occurrences(c.Rule, c.Interval, c.WorkingDays, c.Adjust);
            var difference = WheelFixtureAdapter.FirstDifference(actual, c.Expected);
            Assert.True(difference is null, $"{file}: case '{c.Name}': {difference}");
        }
    }

    [Property(MaxTest = 1000)]
    public Property Occurrences_AdjustedRule_AreWorkingDays(RecurrenceRule rule, DateInterval interval, bool nearest) =>
        RecurrenceRule.Occurrences(rule, interval, Closed, nearest ? Adjustment.Nearest : Adjustment.After)
            .All(Closed.IsWorkingDay).ToProperty();

    [Property(MaxTest = 1000)]
    public Property Occurrences_Interval_AreUnionOfTwoHalves(RecurrenceRule rule, DateInterval interval)
    {
        var middle = interval.Start.PlusDays(interval.Length / 2);
        if (middle >= interval.End)
        {
            return true.ToProperty();
        }

        var whole = RecurrenceRule.Occurrences(rule, interval, Closed, Adjustment.Before);
        var left = RecurrenceRule.Occurrences(rule, new DateInterval(interval.Start, middle), Closed, Adjustment.Before);
        var right = RecurrenceRule.Occurrences(rule, new DateInterval(middle.PlusDays(1), interval.End), Closed, Adjustment.Before);
        return whole.SequenceEqual(left.Concat(right)).ToProperty();
    }

    [Fact]
    public void Occurrences_Leap29February_OnlyInLeapYears()
    {
        var dates = RecurrenceRule.Occurrences(RecurrenceRule.FixedDate(2, 29), new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2028, 12, 31)), WorkingDays.Standard, Adjustment.None);
        Assert.Equal<LocalDate>([new LocalDate(2024, 2, 29), new LocalDate(2028, 2, 29)], dates);
    }

    [Fact]
    public void Occurrences_SecondLastAndFifth_AsInCalendar()
    {
        var year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        // September 2025 has five Tuesdays (2, 9, 16, 23, 30); second last is the 23rd. February 2025 has no fifth Monday.
        Assert.Equal<LocalDate>([new LocalDate(2025, 9, 23)], RecurrenceRule.Occurrences(RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, -2), year, WorkingDays.Standard, Adjustment.None));
        Assert.Equal<LocalDate>([new LocalDate(2025, 9, 30)], RecurrenceRule.Occurrences(RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, 5), year, WorkingDays.Standard, Adjustment.None));
        Assert.Empty(RecurrenceRule.Occurrences(RecurrenceRule.NthWeekdayOfMonth(2, IsoDayOfWeek.Monday, 5), year, WorkingDays.Standard, Adjustment.None));
    }

    [Fact]
    public void Occurrences_YearsSkipAndMove_AreApplied()
    {
        var rule = RecurrenceRule.FixedDate(3, 10).WithYears(2025, 2028)
            .WithSkip(new LocalDate(2026, 3, 10))
            .WithMove(new LocalDate(2027, 3, 10), new LocalDate(2027, 3, 12));
        var dates = RecurrenceRule.Occurrences(rule, new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31)), WorkingDays.Standard, Adjustment.None);
        Assert.Equal<LocalDate>([new LocalDate(2025, 3, 10), new LocalDate(2027, 3, 12), new LocalDate(2028, 3, 10)], dates);
    }

    [Fact]
    public void Occurrences_EveryThreeMonths_StopsAfterCount()
    {
        var rule = RecurrenceRule.EveryNMonths(new LocalDate(2025, 1, 31), 1, 3);
        var dates = RecurrenceRule.Occurrences(rule, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), WorkingDays.Standard, Adjustment.None);
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
