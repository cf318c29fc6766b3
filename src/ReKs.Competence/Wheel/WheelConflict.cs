using System.Collections.Immutable;
using NodaTime;

namespace ReKs.Competence.Wheel;

/// <summary>A conflict in the wheel: one owner double-booked on a day, or an activity inside a closed period.</summary>
/// <threadsafety>This type is immutable; all members are safe to call from any thread.</threadsafety>
public sealed class WheelConflict
{
    /// <summary>Initializes a new instance of the <see cref="WheelConflict"/> class.</summary>
    /// <param name="kind">Why the occurrences conflict.</param>
    /// <param name="date">The day of the conflict.</param>
    /// <param name="occurrences">The occurrences involved, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="occurrences"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="occurrences"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public WheelConflict(WheelConflictKind kind, LocalDate date, IEnumerable<WheelOccurrence> occurrences)
    {
        Kind = Guard.Against.EnumOutOfRange(kind, nameof(kind));
        Date = date;
        Occurrences = [.. Guard.Against.Null(occurrences, nameof(occurrences))];
        Guard.Against.Zero(Occurrences.Length, nameof(occurrences));
    }

    /// <summary>Gets why the occurrences conflict.</summary>
    public WheelConflictKind Kind { get; }

    /// <summary>Gets the day of the conflict.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the occurrences involved.</summary>
    public ImmutableArray<WheelOccurrence> Occurrences { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date:yyyy-MM-dd} {Kind}: {string.Join(", ", Occurrences.Select(o => o.Activity.Id))}";
}
