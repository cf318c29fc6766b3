namespace ReKs.Competence;

/// <summary>One problem in a plan, wheel or evaluation data, or in a document of one: where it is and what is wrong.</summary>
/// <remarks>
/// <para><see cref="Location"/> names the offending value by segments (<c>people</c>, 3, <c>holdings</c>, 0, <c>level</c>);
/// for a document they are its JSON path, for an aggregate built in code the element's position in the collection passed
/// in. Messages name elements only by their pseudonymous identifiers.</para>
/// <para>Two problems are equal when location, kind, message, line and column are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Problem : IEquatable<Problem>
{
    /// <summary>Initializes a new instance of the <see cref="Problem"/> class.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="message">What is wrong, in plain words.</param>
    /// <param name="line">The 1-based line in the document, when known.</param>
    /// <param name="column">The 1-based column in the document, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is empty.</exception>
    public Problem(ProblemPath location, ProblemKind kind, string message, int? line = null, int? column = null)
    {
        Location = Guard.Against.Null(location, nameof(location));
        Kind = kind;
        Message = Guard.Against.NullOrEmpty(message, nameof(message));
        Line = line;
        Column = column;
    }

    /// <summary>Initializes a new instance of the <see cref="Problem"/> class with a message interpolated in the invariant
    /// culture (see <see cref="InvariantText"/>); the library's own problems are made through this overload.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="message">What is wrong, in plain words.</param>
    /// <param name="line">The 1-based line in the document, when known.</param>
    /// <param name="column">The 1-based column in the document, when known.</param>
    internal Problem(ProblemPath location, ProblemKind kind, ref InvariantText message, int? line = null, int? column = null)
        : this(location, kind, message.ToStringAndClear(), line, column)
    {
    }

    /// <summary>Gets where the problem is.</summary>
    public ProblemPath Location { get; }

    /// <summary>Gets where the problem is in JSON-path notation (<c>$.people[3].holdings[0].level</c>).</summary>
    public string Path => Location.ToString();

    /// <summary>Gets the kind of problem.</summary>
    public ProblemKind Kind { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line in the document, or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column in the document, or <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <inheritdoc/>
    public bool Equals(Problem? other) =>
        other is not null && Location == other.Location && Kind == other.Kind && Message == other.Message && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Problem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Location, Kind, Message);

    /// <summary>Compares two problems for equality.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Problem? left, Problem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two problems for inequality.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Problem? left, Problem? right) => !(left == right);

    /// <summary>Formats the problem as <c>path (line:column): message</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() =>
        Line is { } l ? $"{Path} (line {l}, column {Column ?? 1}): {Message}" : $"{Path}: {Message}";
}
