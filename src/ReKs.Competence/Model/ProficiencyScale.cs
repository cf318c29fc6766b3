using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>A plan's proficiency scale: ordered levels 1..N, each with a label.</summary>
/// <remarks>Two scales are equal when they have the same labels in the same order.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ProficiencyScale : IEquatable<ProficiencyScale>
{
    /// <summary>Initializes a new instance of the <see cref="ProficiencyScale"/> class.</summary>
    /// <param name="labels">The label of each level, from level 1 upwards.</param>
    /// <exception cref="ArgumentException"><paramref name="labels"/> is empty, has more than <see cref="ProficiencyLevel.MaxValue"/> labels, or contains <see langword="null"/>.</exception>
    public ProficiencyScale(IEnumerable<LocalizedText> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Labels = [.. labels];
        if (Labels.IsEmpty || Labels.Length > ProficiencyLevel.MaxValue)
        {
            throw new ArgumentException($"A scale has 1 to {ProficiencyLevel.MaxValue} levels (got {Labels.Length}).", nameof(labels));
        }

        if (Labels.Any(l => l is null))
        {
            throw new ArgumentException("A scale level needs a label.", nameof(labels));
        }
    }

    /// <summary>Gets the default four-level scale: basic, independent, proficient, expert.</summary>
    public static ProficiencyScale Default { get; } = new(
    [
        new LocalizedText("Grunnleggende", "Basic"),
        new LocalizedText("Selvstendig", "Independent"),
        new LocalizedText("Erfaren", "Proficient"),
        new LocalizedText("Ekspert", "Expert"),
    ]);

    /// <summary>Gets the labels, level 1 first.</summary>
    public ImmutableArray<LocalizedText> Labels { get; }

    /// <summary>Gets the highest level of the scale.</summary>
    public ProficiencyLevel Max => new(Labels.Length);

    /// <summary>Gets every level of the scale, lowest first.</summary>
    public IEnumerable<ProficiencyLevel> Levels => Enumerable.Range(1, Labels.Length).Select(i => new ProficiencyLevel(i));

    /// <summary>Returns whether a level belongs to this scale.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when the level is between 1 and <see cref="Max"/>.</returns>
    public bool Contains(ProficiencyLevel level) => level.Value >= 1 && level.Value <= Labels.Length;

    /// <summary>Returns whether a whole number is a level of this scale.</summary>
    /// <param name="level">The number.</param>
    /// <returns><see langword="true"/> when the number is between 1 and <see cref="Max"/>.</returns>
    public bool Contains(int level) => level >= 1 && level <= Labels.Length;

    /// <summary>Creates a level of this scale.</summary>
    /// <param name="value">The level's number.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1..<see cref="Max"/>.</exception>
    public ProficiencyLevel Level(int value) => new(Guard.Against.OutOfRange(value, nameof(value), 1, Labels.Length));

    /// <summary>Gets the label of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not on this scale.</exception>
    public LocalizedText LabelOf(ProficiencyLevel level) =>
        Contains(level) ? Labels[level.Value - 1] : throw new ArgumentOutOfRangeException(nameof(level), level.Value, $"The scale has levels 1 to {Labels.Length}.");

    /// <inheritdoc/>
    public bool Equals(ProficiencyScale? other) => other is not null && Labels.SequenceEqual(other.Labels);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProficiencyScale);

    /// <inheritdoc/>
    public override int GetHashCode() => Labels.Length;

    /// <summary>Compares two scales for equality.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when the scales have the same labels.</returns>
    public static bool operator ==(ProficiencyScale? left, ProficiencyScale? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two scales for inequality.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when the scales differ.</returns>
    public static bool operator !=(ProficiencyScale? left, ProficiencyScale? right) => !(left == right);
}
