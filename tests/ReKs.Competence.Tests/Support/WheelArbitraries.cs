using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Support;

/// <summary>Generators for recurrence rules, intervals and wheels, shared by the core's and the iCalendar package's
/// property tests (the iCalendar test project compiles this file too).</summary>
public static class WheelArbitraries
{
    /// <summary>Rules of every kind that is dated on its own (not relative to another activity or a period).</summary>
    public static Gen<RecurrenceRule> Rules() => Gen.OneOf(
        RecurringRules(new LocalDate(2024, 1, 1), 3000),
        from wk in Gen.Choose(1, 53)
        from w in Gen.Choose(1, 7)
        select (RecurrenceRule)RecurrenceRule.IsoWeekday(wk, (IsoDayOfWeek)w));

    /// <summary>Rules of the kinds an iCalendar RRULE expresses: a fixed date, an nth weekday of a month, every n weeks or
    /// months from a start within <paramref name="spread"/> days after <paramref name="origin"/>.</summary>
    public static Gen<RecurrenceRule> RecurringRules(LocalDate origin, int spread) => Gen.OneOf(
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, 29)
        select (RecurrenceRule)RecurrenceRule.FixedDate(m, d),
        from m in Gen.Choose(1, 12)
        from w in Gen.Choose(1, 7)
        from n in Gen.Elements(1, 2, 3, 4, 5, -1, -2)
        select (RecurrenceRule)RecurrenceRule.NthWeekdayOfMonth(m, (IsoDayOfWeek)w, n),
        from s in Gen.Choose(0, spread)
        from w in Gen.Choose(1, 6)
        from c in Gen.Choose(1, 60)
        select (RecurrenceRule)RecurrenceRule.EveryNWeeks(origin.PlusDays(s), w, c),
        from s in Gen.Choose(0, spread)
        from m in Gen.Choose(1, 12)
        from c in Gen.Choose(1, 40)
        select (RecurrenceRule)RecurrenceRule.EveryNMonths(origin.PlusDays(s), m, c));

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
