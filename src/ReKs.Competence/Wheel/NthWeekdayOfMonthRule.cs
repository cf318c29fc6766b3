using NodaTime;
using NodaTime.Calendars;

namespace ReKs.Competence.Wheel;

/// <summary>The n-th (or last, second last, …) weekday of a month every year (<see cref="RecurrenceKind.NthWeekdayOfMonth"/>), for example the first Tuesday in September.</summary>
/// <remarks>Create one with <see cref="RecurrenceRule.NthWeekdayOfMonth"/>.</remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class NthWeekdayOfMonthRule : RecurrenceRule
{
    internal NthWeekdayOfMonthRule(int month, IsoDayOfWeek weekday, int ordinal, RuleExceptions exceptions)
        : base(exceptions) => (Month, Weekday, Ordinal) = (month, weekday, ordinal);

    /// <inheritdoc/>
    public override RecurrenceKind Kind => RecurrenceKind.NthWeekdayOfMonth;

    /// <summary>Gets the month, 1–12.</summary>
    public int Month { get; }

    /// <summary>Gets the weekday.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>Gets the ordinal: 1 to 5 from the start of the month, −1 (last) to −5 from the end; a fifth weekday recurs only in months that have it.</summary>
    public int Ordinal { get; }

    /// <summary>The month, weekday and ordinal's own check, shared by the factory and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(int month, IsoDayOfWeek weekday, int n)
    {
        if (month is < 1 or > 12)
        {
            yield return Fault.Invalid("month", nameof(month), $"month {month} is not 1 to 12");
        }

        foreach (var f in CheckWeekday(weekday))
        {
            yield return f;
        }

        if (n is < -5 or > 5 or 0)
        {
            yield return Fault.Invalid("n", nameof(n), $"n {n} is not 1 to 5 or -1 to -5");
        }
    }

    /// <inheritdoc/>
    private protected override IEnumerable<LocalDate> Candidates(DateInterval interval)
    {
        for (var y = interval.Start.Year; y <= interval.End.Year; y++)
        {
            if (In(y) is { } d)
            {
                yield return d;
            }
        }
    }

    /// <inheritdoc/>
    private protected override RecurrenceRule With(RuleExceptions exceptions) => new NthWeekdayOfMonthRule(Month, Weekday, Ordinal, exceptions);

    private LocalDate? In(int year)
    {
        if (Ordinal > 0)
        {
            var first = new LocalDate(year, Month, 1);
            var d = first.PlusDays(((int)Weekday - (int)first.DayOfWeek + 7) % 7).PlusDays(7 * (Ordinal - 1));
            return d.Month == Month ? d : null;
        }

        var last = new LocalDate(year, Month, CalendarSystem.Iso.GetDaysInMonth(year, Month));
        var back = last.PlusDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7)).PlusDays(7 * (Ordinal + 1));
        return back.Month == Month ? back : null;
    }
}
