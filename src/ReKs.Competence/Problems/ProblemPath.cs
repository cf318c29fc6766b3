using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ReKs.Competence;

/// <summary>Where a problem is: an origin and the segments from it to the offending value
/// (<c>people</c>, 3, <c>holdings</c>, 0, <c>level</c>).</summary>
/// <remarks>
/// <para>The origin <c>$</c> (<see cref="Root"/>) is the plan, wheel or evaluation data as a whole: for a document its root, for an
/// aggregate built in code the collections passed to its constructor, by position. A named origin (<see cref="Of"/>) is an
/// argument, such as the <c>person</c> of a what-if change.</para>
/// <para>Each edge renders the segments in its own terms: the document reader as a JSON path, the CSV importer as
/// file, line and column. <see cref="ToString"/> gives the JSON-path notation
/// (<c>$.people[3].holdings[0].level</c>).</para>
/// <para>Two paths are equal when origin and segments are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ProblemPath : IEquatable<ProblemPath>
{
    private ProblemPath(string origin, ImmutableArray<PathSegment> segments)
    {
        Origin = origin;
        Segments = segments;
    }

    /// <summary>Gets the root of a document or aggregate, <c>$</c>.</summary>
    public static ProblemPath Root { get; } = new("$", []);

    /// <summary>Gets the origin: <c>$</c> for the root, or the name of an argument.</summary>
    public string Origin { get; }

    /// <summary>Gets the segments from the origin to the offending value.</summary>
    public ImmutableArray<PathSegment> Segments { get; }

    /// <summary>Creates a path whose origin is an argument rather than the root.</summary>
    /// <param name="origin">The argument's name, for example <c>person</c>.</param>
    /// <returns>The path with no segments.</returns>
    /// <exception cref="ArgumentException"><paramref name="origin"/> is <see langword="null"/> or empty.</exception>
    public static ProblemPath Of(string origin) => new(Guard.Against.NullOrEmpty(origin, nameof(origin)), []);

    /// <summary>Returns this path extended by segments.</summary>
    /// <param name="segments">The segments to add.</param>
    /// <returns>The longer path.</returns>
    public ProblemPath Then(params ReadOnlySpan<PathSegment> segments) => segments.IsEmpty ? this : new(Origin, Segments.AddRange(segments));

    /// <summary>Compares two paths for equality.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ProblemPath? left, ProblemPath? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two paths for inequality.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ProblemPath? left, ProblemPath? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(ProblemPath? other) => other is not null && Origin == other.Origin && Segments.SequenceEqual(other.Segments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProblemPath);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Origin);
        foreach (var s in Segments)
        {
            hash.Add(s);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the path in JSON-path notation: <c>$.people[3].holdings[0].level</c>; a name that is not a plain
    /// identifier is written in brackets (<c>$.index['a b']</c>).</summary>
    /// <returns>The path as text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(Origin);
        foreach (var s in Segments)
        {
            if (s.Name is not { } name)
            {
                sb.Append('[').Append(s.Index!.Value.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsPlain(name))
            {
                sb.Append('.').Append(name);
            }
            else
            {
                sb.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return sb.ToString();
    }

    private static bool IsPlain(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
