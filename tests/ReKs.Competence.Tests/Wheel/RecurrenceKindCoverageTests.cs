using NodaTime;
using ReKs.Competence.Documents;
using ReKs.Competence.ICalendar;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Tests.Wheel;

/// <summary>Every switch over a recurrence kind names every kind and throws <see cref="System.Diagnostics.UnreachableException"/>
/// otherwise, so a new kind cannot compile and silently behave as another. This test finds the kinds by reflection and
/// takes a wheel with one activity of each through every such switch: dating (rule and wheel), the document both ways,
/// and the iCalendar export, single and recurring.</summary>
public class RecurrenceKindCoverageTests
{
    private static readonly Dictionary<RecurrenceKind, RecurrenceRule> Samples = new()
    {
        [RecurrenceKind.FixedDate] = RecurrenceRule.FixedDate(3, 10),
        [RecurrenceKind.NthWeekdayOfMonth] = RecurrenceRule.NthWeekdayOfMonth(9, IsoDayOfWeek.Tuesday, 2),
        [RecurrenceKind.IsoWeekday] = RecurrenceRule.IsoWeekday(40, IsoDayOfWeek.Wednesday),
        [RecurrenceKind.EveryNWeeks] = RecurrenceRule.EveryNWeeks(new LocalDate(2027, 1, 4), 2, 10),
        [RecurrenceKind.EveryNMonths] = RecurrenceRule.EveryNMonths(new LocalDate(2027, 1, 31), 1, 12),
        [RecurrenceKind.RelativeToActivity] = RecurrenceRule.RelativeToActivity("FixedDate", -3, OffsetUnit.WorkingDays),
        [RecurrenceKind.RelativeToPeriod] = RecurrenceRule.RelativeToPeriod(AnnualWheel.ReksTemplate.Periods[0].Name.Norwegian, PeriodBoundary.LastWorkingDay, 2),
    };

    [Fact]
    public void EveryRecurrenceKind_HasASample()
    {
        Assert.Equal(Enum.GetValues<RecurrenceKind>().Order(), Samples.Keys.Order());
        Assert.All(Samples, s => Assert.Equal(s.Key, s.Value.Kind));
    }

    [Fact]
    public void EveryRecurrenceKind_PassesEverySwitch()
    {
        var t = AnnualWheel.ReksTemplate;
        var activities = Samples.Select(s => new WheelActivity(s.Key.ToString(), new LocalizedText(s.Key.ToString()), t.Rings[0], ActivityCategory.Meeting, "owner", s.Value, Adjustment.Nearest));
        var wheel = new AnnualWheel(t.Name, t.Periods, t.Rings, activities, t.WorkingDays.ClosedPeriods);
        var year = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

        var occurrences = wheel.Occurrences(year);
        Assert.All(Samples.Keys, k => Assert.Contains(occurrences, o => o.Activity.Id == k.ToString()));
        Assert.All(Samples.Values.Where(r => !r.IsRelative), r => Assert.NotEmpty(r.Dates(year)));

        var again = WheelDocument.Parse(WheelDocument.WriteString(wheel)).GetValueOrThrow();
        Assert.Equal(occurrences.Select(o => (o.Activity.Id, o.Date)), again.Occurrences(year).Select(o => (o.Activity.Id, o.Date)));

        Assert.NotEmpty(WheelCalendar.Export(wheel, year, "Test", CalendarMode.SingleEvents));
        Assert.NotEmpty(WheelCalendar.Export(wheel, year, "Test", CalendarMode.Recurring));
    }
}
