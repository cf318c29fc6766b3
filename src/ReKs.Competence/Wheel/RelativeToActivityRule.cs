using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>An offset in days, weeks or working days from each occurrence of another activity of the same wheel (<see cref="RecurrenceKind.RelativeToActivity"/>), for example two weeks before the September meeting.</summary>
/// <remarks>Create one with <see cref="RecurrenceRule.RelativeToActivity"/>; only its <see cref="AnnualWheel"/> can date it.</remarks>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class RelativeToActivityRule : RecurrenceRule
{
    internal RelativeToActivityRule(string activityId, int offset, OffsetUnit unit, RuleExceptions exceptions)
        : base(exceptions) => (ActivityId, Offset, Unit) = (activityId, offset, unit);

    /// <inheritdoc/>
    public override RecurrenceKind Kind => RecurrenceKind.RelativeToActivity;

    /// <summary>Gets the identifier of the anchor activity.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the offset from each of the anchor's dates, in <see cref="Unit"/>; negative is before.</summary>
    public int Offset { get; }

    /// <summary>Gets the unit of <see cref="Offset"/>.</summary>
    public OffsetUnit Unit { get; }

    /// <summary>The offset's own check, shared by the factory and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(string activityId, int offset, OffsetUnit unit)
    {
        if (string.IsNullOrWhiteSpace(activityId))
        {
            yield return new("activity", nameof(activityId), ProblemKind.Missing, "a rule relative to an activity names the activity");
        }

        var limit = unit switch
        {
            OffsetUnit.Days => MaxOffsetDays,
            OffsetUnit.Weeks => MaxOffsetDays / 7,
            OffsetUnit.WorkingDays => MaxOffsetDays * 5 / 7,
            _ => throw new System.Diagnostics.UnreachableException($"Offset unit {unit}."),
        };
        if (Math.Abs((long)offset) > limit)
        {
            yield return Fault.Invalid("offset", nameof(offset), $"an offset of {offset} {unit} is more than {limit} away");
        }
    }

    /// <inheritdoc/>
    private protected override IEnumerable<LocalDate> Candidates(DateInterval interval) =>
        throw new InvalidOperationException($"A rule relative to the activity '{ActivityId}' is dated by its wheel: use AnnualWheel.Occurrences.");

    /// <inheritdoc/>
    private protected override RecurrenceRule With(RuleExceptions exceptions) => new RelativeToActivityRule(ActivityId, Offset, Unit, exceptions);
}
