using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Tests.Support;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>Rules relative to another activity or to a period boundary, dated by their wheel (issue 4).</summary>
[Properties(Arbitrary = new[] { typeof(WheelArbitraries) })]
public class RelativeRuleTests
{
    private static DateInterval Year(int y) => new(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31));

    private static AnnualWheel ReksWith(params WheelActivity[] extra)
    {
        var t = AnnualWheel.ReksTemplate;
        return new AnnualWheel(t.Name, t.Periods, t.Rings, t.Activities.Concat(extra), t.WorkingDays.ClosedPeriods);
    }

    private static WheelActivity Activity(string id, RecurrenceRule rule, Adjustment adjustment = Adjustment.None) =>
        new(id, new LocalizedText(id), "region", ActivityCategory.Deadline, "reks-coordinator", rule, adjustment);

    [Fact]
    public void Occurrences_TwoWeeksBeforeSeptemberMeeting_FollowsTheMeeting()
    {
        // Issue 4: "two weeks before the September meeting"; the meeting is the first Tuesday of September (7 Sep 2027).
        var wheel = ReksWith(Activity("plans-due", RecurrenceRule.RelativeToActivity("september-meeting", -2, OffsetUnit.Weeks)));
        var due = Assert.Single(wheel.Occurrences(Year(2027)), o => o.Activity.Id == "plans-due");
        Assert.Equal(new LocalDate(2027, 8, 24), due.Date);
        Assert.Equal(RecurrenceKind.RelativeToActivity, due.Rule.Kind);
        Assert.Equal("Juli–september", due.Period.Name.Norwegian);
    }

    [Fact]
    public void Occurrences_LastWorkingDayOfPeriod_SkipsChristmasClosure()
    {
        // Issue 4: "last working day of the period"; Christmas 24–31 Dec is closed in the ReKs template, so the last
        // working day of October–December 2026 is Wednesday 23 December.
        var wheel = ReksWith(Activity("close-quarter", RecurrenceRule.RelativeToPeriod("Oktober–desember", PeriodBoundary.LastWorkingDay)));
        var close = Assert.Single(wheel.Occurrences(Year(2026)), o => o.Activity.Id == "close-quarter");
        Assert.Equal(new LocalDate(2026, 12, 23), close.Date);
    }

    [Fact]
    public void Occurrences_PeriodByEnglishNameWithOffset_IsFirstDayPlusOffset()
    {
        var wheel = ReksWith(Activity("kick-off", RecurrenceRule.RelativeToPeriod("April–June", PeriodBoundary.FirstWorkingDay, 7)));
        // 1 April 2027 is Thursday after Easter Monday (29 March): a working day, plus seven days is 8 April.
        Assert.Equal(new LocalDate(2027, 4, 8), Assert.Single(wheel.Occurrences(Year(2027)), o => o.Activity.Id == "kick-off").Date);
    }

    [Fact]
    public void Occurrences_WorkingDaysBefore_CountsOverWhitMondayAnd17May()
    {
        // 2027: Whit Monday and Constitution Day are both Monday 17 May; three working days before Thursday 20 May
        // are 19, 18 and then Friday 14 May.
        var wheel = ReksWith(
            Activity("board", RecurrenceRule.FixedDate(5, 20)),
            Activity("papers", RecurrenceRule.RelativeToActivity("board", -3, OffsetUnit.WorkingDays)));
        Assert.Equal(new LocalDate(2027, 5, 14), Assert.Single(wheel.Occurrences(Year(2027)), o => o.Activity.Id == "papers").Date);
    }

    [Fact]
    public void Occurrences_AnchorNearYearEnd_BelongsToYearOfOwnDate()
    {
        // Two weeks after Monday 20 December 2027 is Monday 3 January 2028: it is listed in 2028, not in 2027.
        var wheel = ReksWith(
            Activity("year-end", RecurrenceRule.FixedDate(12, 20)),
            Activity("follow-up", RecurrenceRule.RelativeToActivity("year-end", 2, OffsetUnit.Weeks)));
        Assert.Equal(
            [new LocalDate(2027, 1, 3), new LocalDate(2028, 1, 3)],
            new[] { 2027, 2028 }.Select(y => wheel.Occurrences(Year(y)).Single(o => o.Activity.Id == "follow-up").Nominal));
    }

    [Fact]
    public void Occurrences_ChainWithSkipAndMove_AppliesOwnExceptions()
    {
        var wheel = ReksWith(
            Activity("prepare", RecurrenceRule.RelativeToActivity("september-meeting", -7, OffsetUnit.Days)),
            Activity("invite", RecurrenceRule.RelativeToActivity("prepare", -1, OffsetUnit.Weeks)
                .WithSkip(new LocalDate(2027, 8, 24))
                .WithMove(new LocalDate(2028, 8, 22), new LocalDate(2028, 8, 21))));
        var invites = wheel.Occurrences(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2028, 12, 31))).Where(o => o.Activity.Id == "invite").ToList();
        var invite = Assert.Single(invites);
        Assert.Equal(new LocalDate(2028, 8, 22), invite.Nominal); // meeting 5 Sep 2028 − 7 days − 1 week
        Assert.Equal(new LocalDate(2028, 8, 21), invite.Date);
    }

    [Fact]
    public void Constructor_UnknownReferencesAndCycles_ListsEveryProblem()
    {
        var e = Assert.Throws<ValidationException>(() => ReksWith(
            Activity("ghost", RecurrenceRule.RelativeToActivity("nobody", 1, OffsetUnit.Days)),
            Activity("no-period", RecurrenceRule.RelativeToPeriod("Sommer", PeriodBoundary.FirstDay)),
            Activity("x", RecurrenceRule.RelativeToActivity("y", 1, OffsetUnit.Days)),
            Activity("y", RecurrenceRule.RelativeToActivity("x", 1, OffsetUnit.Days)),
            Activity("self", RecurrenceRule.RelativeToActivity("self", 1, OffsetUnit.Days)),
            Activity("into-cycle", RecurrenceRule.RelativeToActivity("x", 1, OffsetUnit.Days))));
        Assert.Contains("'ghost' is relative to the unknown activity 'nobody'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'no-period' is relative to the unknown period 'Sommer'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'x' → 'y' → 'x' form a cycle", e.Message, StringComparison.Ordinal);
        Assert.Contains("'self' → 'self' form a cycle", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("into-cycle", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_RelativeRule_NeedsItsWheel()
    {
        var rule = RecurrenceRule.RelativeToPeriod("Q1", PeriodBoundary.LastDay);
        Assert.Throws<InvalidOperationException>(() => rule.Dates(Year(2027)));
        Assert.Throws<ArgumentOutOfRangeException>("offset", () => RecurrenceRule.RelativeToActivity("a", 600, OffsetUnit.Weeks));
    }

    [Fact]
    public void AddWorkingDays_OverEaster_SkipsHolidaysAndWeekend()
    {
        // Easter 2027 is 28 March: Maundy Thursday 25 March to Easter Monday 29 March are not working days.
        Assert.Equal(new LocalDate(2027, 3, 30), WorkingDays.Standard.AddWorkingDays(new LocalDate(2027, 3, 24), 1));
        Assert.Equal(new LocalDate(2027, 3, 24), WorkingDays.Standard.AddWorkingDays(new LocalDate(2027, 3, 30), -1));
        Assert.Equal(new LocalDate(2027, 3, 27), WorkingDays.Standard.AddWorkingDays(new LocalDate(2027, 3, 27), 0));
    }

    [Property(MaxTest = 1000)]
    public Property Occurrences_WheelWithRelativeRules_AreUnionOfTwoHalves(AnnualWheel wheel, DateInterval interval)
    {
        var middle = interval.Start.PlusDays(interval.Length / 2);
        if (middle >= interval.End)
        {
            return true.ToProperty();
        }

        var whole = wheel.Occurrences(interval).Select(Key).Order(StringComparer.Ordinal);
        var parts = wheel.Occurrences(new DateInterval(interval.Start, middle))
            .Concat(wheel.Occurrences(new DateInterval(middle.PlusDays(1), interval.End)))
            .Select(Key).Order(StringComparer.Ordinal);
        return whole.SequenceEqual(parts).ToProperty();
    }

    [Property(MaxTest = 1000)]
    public Property Occurrences_WheelWithRelativeRules_AdjustedAreWorkingDays(AnnualWheel wheel, DateInterval interval) =>
        wheel.Occurrences(interval).All(o => wheel.WorkingDays.IsWorkingDay(o.Date)).ToProperty();

    [Property(MaxTest = 1000)]
    public Property Occurrences_WheelWithRelativeRules_PeriodContainsOccurrence(AnnualWheel wheel, DateInterval interval) =>
        wheel.Occurrences(interval).All(o => Contains(wheel, o)).ToProperty();

    private static bool Contains(AnnualWheel wheel, WheelOccurrence o) =>
        new[] { o.Date.Year - 1, o.Date.Year }.Any(y => wheel.PeriodSpan(o.Period, y).Contains(o.Date));

    private static string Key(WheelOccurrence o) => $"{o.Nominal:uuuu-MM-dd} {o.Date:uuuu-MM-dd} {o.Activity.Id}";
}
