using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Views;

/// <summary>A reminder from the plan on the wheel: its occurrence and what it reminds of.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WheelReminder
{
    /// <summary>Initializes a new reminder.</summary>
    /// <param name="occurrence">The dated reminder.</param>
    /// <param name="kind">What it reminds of.</param>
    /// <exception cref="ArgumentNullException"><paramref name="occurrence"/> is <see langword="null"/>.</exception>
    internal WheelReminder(WheelOccurrence occurrence, ReminderKind kind)
    {
        Occurrence = Guard.Against.Null(occurrence, nameof(occurrence));
        Kind = kind;
    }

    /// <summary>Gets the dated reminder.</summary>
    public WheelOccurrence Occurrence { get; }

    /// <summary>Gets what it reminds of.</summary>
    public ReminderKind Kind { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Occurrence}";
}
