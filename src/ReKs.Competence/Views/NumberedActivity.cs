using System.Collections.Immutable;
using ReKs.Competence.Wheel;

namespace ReKs.Competence.Views;

/// <summary>One activity of a <see cref="WheelDrawing"/>: its number (the label of its dots on the wheel and of its
/// row in the list beside it) and its occurrences in the drawn year.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class NumberedActivity
{
    internal NumberedActivity(int number, ImmutableArray<WheelOccurrence> occurrences)
    {
        Number = number;
        Occurrences = occurrences;
    }

    /// <summary>Gets the activity's number, from 1, in the order of the activities' first dates.</summary>
    public int Number { get; }

    /// <summary>Gets the activity.</summary>
    public WheelActivity Activity => Occurrences[0].Activity;

    /// <summary>Gets the activity's occurrences in the drawn year, by date (never empty).</summary>
    public ImmutableArray<WheelOccurrence> Occurrences { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Number}. {Activity.Id} ×{Occurrences.Length}";
}
