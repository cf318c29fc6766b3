using NodaTime;
using NodaTime.Calendars;

namespace ReKs.Competence.Wheel;

/// <summary>A weekday of an ISO-8601 week every year (<see cref="RecurrenceKind.IsoWeekday"/>), for example Wednesday in week 38; week 53 recurs only in years that have it.</summary>
/// <remarks>Create one with <see cref="RecurrenceRule.IsoWeekday"/>.</remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class IsoWeekdayRule : RecurrenceRule
{
    internal IsoWeekdayRule(int week, IsoDayOfWeek weekday, RuleExceptions exceptions)
        : base(exceptions) => (Week, Weekday) = (week, weekday);

    /// <inheritdoc/>
    public override RecurrenceKind Kind => RecurrenceKind.IsoWeekday;

    /// <summary>Gets the ISO week, 1–53.</summary>
    public int Week { get; }

    /// <summary>Gets the weekday.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>The week and weekday's own check, shared by the factory and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(int week, IsoDayOfWeek weekday)
    {
        if (week is < 1 or > 53)
        {
            yield return Fault.Invalid("week", nameof(week), $"ISO week {week} is not 1 to 53");
        }

        foreach (var f in CheckWeekday(weekday))
        {
            yield return f;
        }
    }

    /// <inheritdoc/>
    private protected override IEnumerable<LocalDate> Candidates(DateInterval interval)
    {
        var rules = WeekYearRules.Iso;
        for (var y = Math.Max(interval.Start.Year - 1, 1); y <= Math.Min(interval.End.Year + 1, 9998); y++)
        {
            if (Week <= rules.GetWeeksInWeekYear(y))
            {
                yield return rules.GetLocalDate(y, Week, Weekday);
            }
        }
    }

    /// <inheritdoc/>
    private protected override RecurrenceRule With(RuleExceptions exceptions) => new IsoWeekdayRule(Week, Weekday, exceptions);
}
