using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>A number of occurrences a number of weeks apart from a start date (<see cref="RecurrenceKind.EveryNWeeks"/>).</summary>
/// <remarks>Create one with <see cref="RecurrenceRule.EveryNWeeks"/> or <see cref="RecurrenceRule.Once"/>.</remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class EveryNWeeksRule : RecurrenceRule
{
    internal EveryNWeeksRule(LocalDate start, int weeks, int count, RuleExceptions exceptions)
        : base(exceptions) => (Start, Weeks, Count) = (start, weeks, count);

    /// <inheritdoc/>
    public override RecurrenceKind Kind => RecurrenceKind.EveryNWeeks;

    /// <summary>Gets the first occurrence.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the weeks between occurrences, at least 1.</summary>
    public int Weeks { get; }

    /// <summary>Gets the number of occurrences, at least 1.</summary>
    public int Count { get; }

    /// <summary>The spacing and count's own check, shared by the factory and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(int weeks, int count) => CheckRepeat(weeks, nameof(weeks), "weeks", count);

    /// <inheritdoc/>
    private protected override IEnumerable<LocalDate> Candidates(DateInterval interval)
    {
        var days = 7L * Weeks;
        var skip = Math.Max(0L, Period.DaysBetween(Start, interval.Start) / days);
        for (var k = skip; k < Count; k++)
        {
            var d = Start.PlusDays(checked((int)(k * days)));
            if (d > interval.End)
            {
                yield break;
            }

            yield return d;
        }
    }

    /// <inheritdoc/>
    private protected override RecurrenceRule With(RuleExceptions exceptions) => new EveryNWeeksRule(Start, Weeks, Count, exceptions);
}
