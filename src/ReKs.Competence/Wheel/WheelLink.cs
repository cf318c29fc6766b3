using ReKs.Competence.Evaluation;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>What a wheel activity concerns: a goal, a measure or an indicator of the plan, by id and kind.</summary>
/// <remarks>
/// <para>Create one with <see cref="Goal"/>, <see cref="Measure"/> or <see cref="Indicator"/>; <see cref="Untyped"/> keeps a
/// link read from a document that names only an id (its meaning before links had a kind: whichever of the plan's goals,
/// measures and indicators has that id). <see cref="AnnualWheel.ProblemsWith"/> checks links against a plan.</para>
/// <para>Two links are equal when kind and id are equal (ids compared ordinally).</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WheelLink : IEquatable<WheelLink>
{
    private WheelLink(WheelLinkKind kind, string id) => (Kind, Id) = (kind, id);

    /// <summary>Gets what the link names.</summary>
    public WheelLinkKind Kind { get; }

    /// <summary>Gets the id of what it names.</summary>
    public string Id { get; }

    /// <summary>Creates a link to a goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="goal"/> is the default value.</exception>
    public static WheelLink Goal(GoalId goal) => new(WheelLinkKind.Goal, Guard.Against.Default(goal, nameof(goal)).Value);

    /// <summary>Creates a link to a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is the default value.</exception>
    public static WheelLink Measure(MeasureId measure) => new(WheelLinkKind.Measure, Guard.Against.Default(measure, nameof(measure)).Value);

    /// <summary>Creates a link to an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is the default value.</exception>
    public static WheelLink Indicator(IndicatorId indicator) => new(WheelLinkKind.Indicator, Guard.Against.Default(indicator, nameof(indicator)).Value);

    /// <summary>Creates a link that names only an id, as wheel documents wrote links before links had a kind.</summary>
    /// <param name="id">The id: 1 to 128 characters without white space.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id.</exception>
    public static WheelLink Untyped(string id) => new(WheelLinkKind.Untyped, IdText.Validated(id, nameof(id)));

    /// <summary>Creates a link of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="id">The id: 1 to 128 characters without white space.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public static WheelLink Of(WheelLinkKind kind, string id) =>
        new(Guard.Against.EnumOutOfRange(kind, nameof(kind)), IdText.Validated(id, nameof(id)));

    /// <inheritdoc/>
    public bool Equals(WheelLink? other) => other is not null && Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WheelLink);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Id));

    /// <summary>Compares two links for equality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns><see langword="true"/> when kind and id are equal.</returns>
    public static bool operator ==(WheelLink? left, WheelLink? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two links for inequality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns><see langword="true"/> when kind or id differs.</returns>
    public static bool operator !=(WheelLink? left, WheelLink? right) => !(left == right);

    /// <summary>Formats the link as <c>kind:id</c>, or the id alone when untyped.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == WheelLinkKind.Untyped ? Id : $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
