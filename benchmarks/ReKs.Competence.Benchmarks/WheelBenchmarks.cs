using BenchmarkDotNet.Attributes;
using NodaTime;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Benchmarks;

/// <summary>Dating the ReKs annual wheel over a plan period: the rule-driven scheduler against a day-by-day scan.</summary>
[MemoryDiagnoser]
public class WheelBenchmarks
{
    private DateInterval _interval = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    /// <summary>The ReKs template with a chain of three relative rules (two weeks before the September meeting, three
    /// working days before that) and the last working day of the October–December period.</summary>
    private static readonly AnnualWheel WithRelativeRules = CreateWithRelativeRules();

    /// <summary>The number of years (4 is the plan period of seed 000).</summary>
    [Params(1, 4, 20)]
    public int Years { get; set; }

    [GlobalSetup]
    public void Setup() => _interval = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026 + Years - 1, 12, 31));

    /// <summary>The naive baseline: ask every activity about every single day of the interval.</summary>
    [Benchmark(Baseline = true)]
    public int DayByDayScan()
    {
        var wheel = AnnualWheel.ReksTemplate;
        var count = 0;
        for (var day = _interval.Start; day <= _interval.End; day = day.PlusDays(1))
        {
            var one = new DateInterval(day, day);
            foreach (var activity in wheel.Activities)
            {
                count += activity.Rule.Dates(one).Select(d => wheel.WorkingDays.Adjust(d.Date, activity.Adjustment)).Count();
            }
        }

        return count;
    }

    /// <summary>The scheduler: each rule generates its dates directly, then adjusts them to working days.</summary>
    [Benchmark]
    public int Occurrences() => AnnualWheel.ReksTemplate.Occurrences(_interval).Length;

    /// <summary>The scheduler with relative rules: anchors are dated over a widened window first.</summary>
    [Benchmark]
    public int OccurrencesWithRelativeRules() => WithRelativeRules.Occurrences(_interval).Length;

    /// <summary>Conflicts over the same interval (same owner same day, activities in closed periods).</summary>
    [Benchmark]
    public int Conflicts() => AnnualWheel.ReksTemplate.Conflicts(_interval).Length;

    private static AnnualWheel CreateWithRelativeRules()
    {
        var t = AnnualWheel.ReksTemplate;
        WheelActivity Relative(string id, RecurrenceRule rule) =>
            new(id, new Model.LocalizedText(id), "region", ActivityCategory.Deadline, "reks-coordinator", rule, Adjustment.Before);
        return new AnnualWheel(t.Name, t.Periods, t.Rings, t.Activities.Concat(new[]
        {
            Relative("plans-due", RecurrenceRule.RelativeToActivity("september-meeting", -2, OffsetUnit.Weeks)),
            Relative("reminder", RecurrenceRule.RelativeToActivity("plans-due", -3, OffsetUnit.WorkingDays)),
            Relative("quarter-end", RecurrenceRule.RelativeToPeriod("Oktober–desember", PeriodBoundary.LastWorkingDay)),
        }), t.WorkingDays.ClosedPeriods);
    }
}
