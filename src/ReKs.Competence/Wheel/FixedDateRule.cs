using NodaTime;
using NodaTime.Calendars;

namespace ReKs.Competence.Wheel;

/// <summary>A fixed month and day every year (<see cref="RecurrenceKind.FixedDate"/>); 29 February recurs only in leap years.</summary>
/// <remarks>Create one with <see cref="RecurrenceRule.FixedDate"/>.</remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class FixedDateRule : RecurrenceRule
{
    internal FixedDateRule(int month, int day, RuleExceptions exceptions)
        : base(exceptions) => (Month, Day) = (month, day);

    /// <inheritdoc/>
    public override RecurrenceKind Kind => RecurrenceKind.FixedDate;

    /// <summary>Gets the month, 1–12.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month.</summary>
    public int Day { get; }

    /// <summary>The month and day's own check, shared by the factory and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(int month, int day)
    {
        if (month is < 1 or > 12)
        {
            yield return Fault.Invalid("month", nameof(month), $"month {month} is not 1 to 12");
            yield break;
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(2000, month);
        if (day < 1 || day > days)
        {
            yield return Fault.Invalid("day", nameof(day), $"day {day} is not in month {month} (1 to {days})");
        }
    }

    /// <inheritdoc/>
    private protected override IEnumerable<LocalDate> Candidates(DateInterval interval)
    {
        for (var y = interval.Start.Year; y <= interval.End.Year; y++)
        {
            if (Day <= CalendarSystem.Iso.GetDaysInMonth(y, Month))
            {
                yield return new LocalDate(y, Month, Day);
            }
        }
    }

    /// <inheritdoc/>
    private protected override RecurrenceRule With(RuleExceptions exceptions) => new FixedDateRule(Month, Day, exceptions);
}
