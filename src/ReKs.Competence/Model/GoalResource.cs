namespace ReKs.Competence.Model;

/// <summary>Non-person capital a goal leans on: a competence environment, a network, an agreement, a partnership or funds.</summary>
/// <remarks>
/// <para>The plans count such capital beside people's competence (Bodø's "Kapital", ReKs's partners). It is listed with
/// the goal and never enters the person-year arithmetic of a gap analysis: a network is not an FTE.</para>
/// <para>Two resources are equal when every property is equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GoalResource : IEquatable<GoalResource>
{
    /// <summary>Initializes a new instance of the <see cref="GoalResource"/> class.</summary>
    /// <param name="kind">The kind of resource.</param>
    /// <param name="name">The resource as the plan names it.</param>
    /// <param name="description">A longer description, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined kind or <paramref name="name"/> is <see langword="null"/>.</exception>
    public GoalResource(ResourceKind kind, LocalizedText name, LocalizedText? description = null)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown resource kind.");
        Name = Guard.Against.Null(name, nameof(name));
        Description = description;
    }

    /// <summary>Gets the kind of resource.</summary>
    public ResourceKind Kind { get; }

    /// <summary>Gets the resource as the plan names it.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the description, or <see langword="null"/>.</summary>
    public LocalizedText? Description { get; }

    /// <inheritdoc/>
    public bool Equals(GoalResource? other) => other is not null && Kind == other.Kind && Name == other.Name && Description == other.Description;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GoalResource);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Name);

    /// <summary>Compares two resources for equality.</summary>
    /// <param name="left">The first resource.</param>
    /// <param name="right">The second resource.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(GoalResource? left, GoalResource? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two resources for inequality.</summary>
    /// <param name="left">The first resource.</param>
    /// <param name="right">The second resource.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(GoalResource? left, GoalResource? right) => !(left == right);

    /// <summary>Returns the kind and the Norwegian name.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Kind}: {Name.Norwegian}";
}
