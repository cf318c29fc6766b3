using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>One recurring activity of the wheel: what, on which ring, who owns it, and when.</summary>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class WheelActivity
{
    /// <summary>Initializes a new instance of the <see cref="WheelActivity"/> class.</summary>
    /// <param name="id">A stable identifier, unique in the wheel (used for calendar UIDs).</param>
    /// <param name="name">The name in Norwegian bokmål and English.</param>
    /// <param name="ring">The ring it belongs to, for example <c>region</c> or <c>municipality</c>.</param>
    /// <param name="category">The kind of work.</param>
    /// <param name="ownerRole">The role that owns it.</param>
    /// <param name="rule">When it recurs.</param>
    /// <param name="adjustment">How it moves when it lands on a day that is not a working day.</param>
    /// <param name="time">The time of day it starts, or <see langword="null"/> for an all-day activity.</param>
    /// <param name="duration">How long it lasts, or <see langword="null"/>; only with <paramref name="time"/>.</param>
    /// <param name="link">What it concerns (a goal, a measure, an indicator), or <see langword="null"/>.</param>
    /// <param name="ownerName">The owner's name, when the activity knows it (the plan's reminders name the unit or the
    /// measure's responsible role); <see langword="null"/> to name <paramref name="ownerRole"/> by the wheel's
    /// vocabulary (<see cref="WheelVocabulary.OwnerName"/>).</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="ring"/> or <paramref name="ownerRole"/> is empty, or <paramref name="duration"/> is not positive or given without <paramref name="time"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> or <paramref name="adjustment"/> is not defined.</exception>
    public WheelActivity(
        string id,
        LocalizedText name,
        string ring,
        ActivityCategory category,
        string ownerRole,
        RecurrenceRule rule,
        Adjustment adjustment = Adjustment.None,
        LocalTime? time = null,
        Duration? duration = null,
        WheelLink? link = null,
        LocalizedText? ownerName = null)
    {
        Id = Guard.Against.Null(id, nameof(id));
        Name = Guard.Against.Null(name, nameof(name));
        Ring = Guard.Against.NullOrWhiteSpace(ring, nameof(ring));
        Category = Guard.Against.EnumOutOfRange(category, nameof(category));
        OwnerRole = Guard.Against.Null(ownerRole, nameof(ownerRole));
        Rule = Guard.Against.Null(rule, nameof(rule));
        Adjustment = Guard.Against.EnumOutOfRange(adjustment, nameof(adjustment));
        Fault.Throw(Check(id, ownerRole, time, duration));
        Time = time;
        Duration = duration;
        Link = link;
        OwnerName = ownerName;
    }

    /// <summary>The activity's own checks, shared by the constructor and the wheel document.</summary>
    internal static IEnumerable<Fault> Check(string? id, string? ownerRole, LocalTime? time, Duration? duration)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            yield return new("id", nameof(id), ProblemKind.InvalidValue, "an activity needs an id");
        }

        if (string.IsNullOrWhiteSpace(ownerRole))
        {
            yield return new("owner", nameof(ownerRole), ProblemKind.InvalidValue, "an activity needs an owner role");
        }

        if (duration is { } d && (d <= NodaTime.Duration.Zero || time is null))
        {
            yield return new("durationMinutes", nameof(duration), ProblemKind.InvalidValue, "a duration must be a positive number of minutes and needs a time");
        }
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name in Norwegian bokmål and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the ring it belongs to.</summary>
    public string Ring { get; }

    /// <summary>Gets the kind of work.</summary>
    public ActivityCategory Category { get; }

    /// <summary>Gets the role that owns it.</summary>
    public string OwnerRole { get; }

    /// <summary>Gets the owner's name when the activity carries it, or <see langword="null"/>: the plan's reminders
    /// carry the name of the unit (renewals, needed-by deadlines) or of the measure's responsible role (sessions,
    /// evaluations, application deadlines), so that a calendar or a table shows "Gjøvik sykehjem" rather than the unit's
    /// id. A wheel's own activities carry none: their owner role is named by the wheel.</summary>
    public LocalizedText? OwnerName { get; }

    /// <summary>Gets when it recurs.</summary>
    public RecurrenceRule Rule { get; }

    /// <summary>Gets how it moves when it lands on a day that is not a working day.</summary>
    public Adjustment Adjustment { get; }

    /// <summary>Gets the time of day it starts, or <see langword="null"/> for an all-day activity.</summary>
    public LocalTime? Time { get; }

    /// <summary>Gets how long it lasts, or <see langword="null"/>.</summary>
    public Duration? Duration { get; }

    /// <summary>Gets what it concerns (a goal, a measure or an indicator of the plan), or <see langword="null"/>.</summary>
    public WheelLink? Link { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
