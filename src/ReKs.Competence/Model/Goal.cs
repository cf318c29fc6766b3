namespace ReKs.Competence.Model;

/// <summary>A strategic goal of the plan (mål), with the strategies it leans on.</summary>
/// <remarks>Two goals are equal when every property is equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Goal : IEquatable<Goal>
{
    /// <summary>Initializes a new instance of the <see cref="Goal"/> class.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The goal as the plan words it.</param>
    /// <param name="strategies">Which of Lai's four strategies the goal leans on.</param>
    /// <param name="description">A longer description, if any.</param>
    /// <exception cref="ArgumentException">The identifier is the default value or <paramref name="name"/> is <see langword="null"/>.</exception>
    public Goal(GoalId id, LocalizedText name, CompetenceStrategies strategies = CompetenceStrategies.None, LocalizedText? description = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        Name = Guard.Against.Null(name, nameof(name));
        Strategies = strategies;
        Description = description;
    }

    /// <summary>Gets the identifier.</summary>
    public GoalId Id { get; }

    /// <summary>Gets the goal as the plan words it.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the strategies the goal leans on.</summary>
    public CompetenceStrategies Strategies { get; }

    /// <summary>Gets the description, or <see langword="null"/>.</summary>
    public LocalizedText? Description { get; }

    /// <inheritdoc/>
    public bool Equals(Goal? other) => other is not null && Id == other.Id && Name == other.Name && Strategies == other.Strategies && Description == other.Description;

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
