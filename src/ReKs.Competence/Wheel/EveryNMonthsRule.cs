using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>A number of occurrences a number of months apart from a start date (<see cref="RecurrenceKind.EveryNMonths"/>); a day missing from a shorter month becomes its last day.</summary>
/// <remarks>Create one with <see cref="RecurrenceRule.EveryNMonths"/>.</remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class EveryNMonthsRule : RecurrenceRule
{
    internal EveryNMonthsRule(LocalDate start, int months, int count, RuleExceptions exceptions)
        : base(exceptions) => (Start, Months, Count) = (start, months, count);

    /// <inheritdoc/>
    public override RecurrenceKind Kind => RecurrenceKind.EveryNMonths;

    /// <summary>Gets the first occurrence.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the months between occurrences, at least 1.</summary>
    public int Months { get; }

    /// <summary>Gets the number of occurrences, at least 1.</summary>
    public int Count { get; }

    /// <summary>The spacing and count's own check, shared by the factory and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(int months, int count) => CheckRepeat(months, nameof(months), "months", count);

    /// <inheritdoc/>
    private protected override IEnumerable<LocalDate> Candidates(DateInterval interval)
    {
        for (var k = 0; k < Count; k++)
        {
            var d = Start.PlusMonths(checked(k * Months));
            if (d > interval.End)
            {
                yield break;
            }

            yield return d;
        }
    }

    /// <inheritdoc/>
    private protected override RecurrenceRule With(RuleExceptions exceptions) => new EveryNMonthsRule(Start, Months, Count, exceptions);
}
