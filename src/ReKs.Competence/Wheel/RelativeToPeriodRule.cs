using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>A boundary of a named period of the same wheel each year, plus an offset in calendar days (<see cref="RecurrenceKind.RelativeToPeriod"/>), for example the last working day of the period.</summary>
/// <remarks>Create one with <see cref="RecurrenceRule.RelativeToPeriod"/>; only its <see cref="AnnualWheel"/> can date it.</remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class RelativeToPeriodRule : RecurrenceRule
{
    internal RelativeToPeriodRule(string period, PeriodBoundary boundary, int offsetDays, RuleExceptions exceptions)
        : base(exceptions) => (Period, Boundary, OffsetDays) = (period, boundary, offsetDays);

    /// <inheritdoc/>
    public override RecurrenceKind Kind => RecurrenceKind.RelativeToPeriod;

    /// <summary>Gets the Norwegian or English name of the period.</summary>
    public string Period { get; }

    /// <summary>Gets the boundary of the period.</summary>
    public PeriodBoundary Boundary { get; }

    /// <summary>Gets the calendar days after the boundary; negative is before.</summary>
    public int OffsetDays { get; }

    /// <summary>The offset's own check, shared by the factory and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(string period, int offsetDays)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            yield return new("period", nameof(period), ProblemKind.Missing, "a rule relative to a period names the period");
        }

        if (Math.Abs((long)offsetDays) > MaxOffsetDays)
        {
            yield return Fault.Invalid("offset", nameof(offsetDays), $"an offset of {offsetDays} days is more than {MaxOffsetDays} away");
        }
    }

    /// <inheritdoc/>
    private protected override IEnumerable<LocalDate> Candidates(DateInterval interval) =>
        throw new InvalidOperationException($"A rule relative to the period '{Period}' is dated by its wheel: use AnnualWheel.Occurrences.");

    /// <inheritdoc/>
    private protected override RecurrenceRule With(RuleExceptions exceptions) => new RelativeToPeriodRule(Period, Boundary, OffsetDays, exceptions);
}
