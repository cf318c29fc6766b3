namespace ReKs.Competence.Model;

/// <summary>A node of the organisation tree: a region, a municipality, a service area, a unit.</summary>
/// <remarks>Two nodes are equal when every property is equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class OrganisationNode : IEquatable<OrganisationNode>
{
    /// <summary>Initializes a new instance of the <see cref="OrganisationNode"/> class.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="parent">The parent, or <see langword="null"/> for the root.</param>
    /// <param name="name">The name; the identifier when <see langword="null"/>.</param>
    /// <param name="kind">The kind of node.</param>
    /// <param name="extensions">An integrator's own data, kept verbatim through reading and writing; <see langword="null"/> when there is none.</param>
    /// <exception cref="ArgumentException">An identifier is the default value, or the node is its own parent.</exception>
    public OrganisationNode(NodeId id, NodeId? parent, LocalizedText? name = null, NodeKind kind = NodeKind.Unit, ExtensionData? extensions = null)
    {
        Id = Guard.Against.Default(id, nameof(id));
        if (parent is { } p && (p.Value.Length == 0 || p == id))
        {
            throw new ArgumentException("A node's parent must be another node.", nameof(parent));
        }

        Parent = parent;
        Name = name ?? new LocalizedText(id.Value);
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind.");
        Extensions = extensions;
    }

    /// <summary>Gets the identifier.</summary>
    public NodeId Id { get; }

    /// <summary>Gets the parent, or <see langword="null"/> for the root.</summary>
    public NodeId? Parent { get; }

    /// <summary>Gets the name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the kind of node.</summary>
    public NodeKind Kind { get; }

    /// <summary>Gets an integrator's own data, kept verbatim, or <see langword="null"/>.</summary>
    public ExtensionData? Extensions { get; }

    /// <inheritdoc/>
    public bool Equals(OrganisationNode? other) => other is not null && Id == other.Id && Parent == other.Parent && Name == other.Name && Kind == other.Kind && Extensions == other.Extensions;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OrganisationNode);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Parent);

    /// <summary>Compares two nodes for equality.</summary>
    /// <param name="left">The first node.</param>
    /// <param name="right">The second node.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(OrganisationNode? left, OrganisationNode? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two nodes for inequality.</summary>
    /// <param name="left">The first node.</param>
    /// <param name="right">The second node.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(OrganisationNode? left, OrganisationNode? right) => !(left == right);

    /// <summary>Returns the identifier and name.</summary>
    /// <returns>Text for people.</returns>
    public override string ToString() => $"{Id} ({Name.Norwegian})";
}
