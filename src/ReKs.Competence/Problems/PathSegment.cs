namespace ReKs.Competence;

/// <summary>One step of a <see cref="ProblemPath"/>: a property name (<c>holdings</c>) or a position in a list (<c>3</c>).</summary>
/// <remarks>
/// <para>Strings and integers convert implicitly, so a path reads as it is written:
/// <c>ProblemPath.Root.Then("people", 3, "holdings", 0, "level")</c>.</para>
/// <para>Two segments are equal when both are the same name (compared ordinally) or both the same position.
/// <c>default</c> is position 0.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value and safe to share between threads.</threadsafety>
public readonly struct PathSegment : IEquatable<PathSegment>
{
    private readonly string? _name;
    private readonly int _index;

    /// <summary>Initializes a new instance of the <see cref="PathSegment"/> struct naming a property.</summary>
    /// <param name="name">The property name; a document may use any string, the empty one too.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public PathSegment(string name)
    {
        _name = Guard.Against.Null(name, nameof(name));
        _index = 0;
    }

    /// <summary>Initializes a new instance of the <see cref="PathSegment"/> struct naming a position in a list.</summary>
    /// <param name="index">The 0-based position.</param>
    /// <exception cref="ArgumentException"><paramref name="index"/> is negative.</exception>
    public PathSegment(int index)
    {
        _name = null;
        _index = Guard.Against.Negative(index, nameof(index));
    }

    /// <summary>Gets the property name, or <see langword="null"/> when the segment is a position.</summary>
    public string? Name => _name;

    /// <summary>Gets the 0-based position, or <see langword="null"/> when the segment is a property name.</summary>
    public int? Index => _name is null ? _index : null;

    /// <summary>Converts a property name to a segment.</summary>
    /// <param name="name">The property name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static implicit operator PathSegment(string name) => new(name);

    /// <summary>Converts a position to a segment.</summary>
    /// <param name="index">The 0-based position.</param>
    /// <exception cref="ArgumentException"><paramref name="index"/> is negative.</exception>
    public static implicit operator PathSegment(int index) => new(index);

    /// <summary>Compares two segments for equality.</summary>
    /// <param name="left">The first segment.</param>
    /// <param name="right">The second segment.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PathSegment left, PathSegment right) => left.Equals(right);

    /// <summary>Compares two segments for inequality.</summary>
    /// <param name="left">The first segment.</param>
    /// <param name="right">The second segment.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PathSegment left, PathSegment right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PathSegment other) => string.Equals(_name, other._name, StringComparison.Ordinal) && _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PathSegment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_name, _index);

    /// <summary>Formats the segment as a name or a position in brackets.</summary>
    /// <returns>The segment as text.</returns>
    public override string ToString() => _name ?? $"[{_index}]";
}
