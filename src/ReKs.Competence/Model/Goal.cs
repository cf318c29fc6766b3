using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>A strategic goal of the plan (mål), with the strategies and the non-person resources it leans on.</summary>
/// <remarks>Two goals are equal when every property is equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Goal : IEquatable<Goal>
{
    /// <summary>Initializes a new instance of the <see cref="Goal"/> class.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The goal as the plan words it.</param>
    /// <param name="strategies">Which of Lai's four strategies the goal leans on.</param>
    /// <param name="description">A longer description, if any.</param>
    /// <param name="resources">The non-person capital the goal leans on (environments, networks, agreements, partnerships, funds).</param>
    /// <exception cref="ArgumentException">The identifier is the default value, <paramref name="name"/> is <see langword="null"/> or a resource is <see langword="null"/>.</exception>
    public Goal(GoalId id, LocalizedText name, CompetenceStrategies strategies = CompetenceStrategies.None, LocalizedText? description = null, IEnumerable<GoalResource>? resources = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        Name = Guard.Against.Null(name, nameof(name));
        Strategies = strategies;
        Description = description;
        Resources = resources is null ? [] : [.. resources];
        if (Resources.Any(r => r is null))
        {
            throw new ArgumentException("A resource must not be null.", nameof(resources));
        }
    }

    /// <summary>Gets the identifier.</summary>
    public GoalId Id { get; }

    /// <summary>Gets the goal as the plan words it.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the strategies the goal leans on.</summary>
    public CompetenceStrategies Strategies { get; }

    /// <summary>Gets the description, or <see langword="null"/>.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Gets the non-person capital the goal leans on; it never enters person-year arithmetic.</summary>
    public ImmutableArray<GoalResource> Resources { get; }

    /// <inheritdoc/>
    public bool Equals(Goal? other) => other is not null && Id == other.Id && Name == other.Name && Strategies == other.Strategies && Description == other.Description
        && Resources.SequenceEqual(other.Resources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Goal);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Compares two goals for equality.</summary>
    /// <param name="left">The first goal.</param>
    /// <param name="right">The second goal.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Goal? left, Goal? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two goals for inequality.</summary>
    /// <param name="left">The first goal.</param>
    /// <param name="right">The second goal.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Goal? left, Goal? right) => !(left == right);
}
