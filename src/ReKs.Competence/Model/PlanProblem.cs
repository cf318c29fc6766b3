namespace ReKs.Competence.Model;

/// <summary>One problem in a plan or plan document: where it is and what is wrong.</summary>
/// <remarks>
/// <para><see cref="Path"/> is a JSON path into the plan document (<c>$.people[3].holdings[0].level</c>); for a plan built
/// in code, the same path names the element by its position in the collection passed in. Messages name elements only
/// by their pseudonymous identifiers.</para>
/// <para>Two problems are equal when path, kind and message are equal.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PlanProblem : IEquatable<PlanProblem>
{
    /// <summary>Initializes a new instance of the <see cref="PlanProblem"/> class.</summary>
    /// <param name="path">The JSON path of the problem.</param>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="message">What is wrong, in plain words.</param>
    /// <param name="line">The 1-based line in the document, when known.</param>
    /// <param name="column">The 1-based column in the document, when known.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="message"/> is empty.</exception>
    public PlanProblem(string path, PlanProblemKind kind, string message, int? line = null, int? column = null)
    {
        Path = Guard.Against.NullOrEmpty(path, nameof(path));
        Kind = kind;
        Message = Guard.Against.NullOrEmpty(message, nameof(message));
        Line = line;
        Column = column;
    }

    /// <summary>Gets the JSON path of the problem.</summary>
    public string Path { get; }

    /// <summary>Gets the kind of problem.</summary>
    public PlanProblemKind Kind { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line in the document, or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column in the document, or <see langword="null"/>.</summary>
    public int? Column { get; }

    /// <inheritdoc/>
    public bool Equals(PlanProblem? other) =>
        other is not null && Path == other.Path && Kind == other.Kind && Message == other.Message && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlanProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Kind, Message);

    /// <summary>Compares two problems for equality.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PlanProblem? left, PlanProblem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two problems for inequality.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PlanProblem? left, PlanProblem? right) => !(left == right);

    /// <summary>Formats the problem as <c>path (line:column): message</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() =>
        Line is { } l ? $"{Path} (line {l}, column {Column ?? 1}): {Message}" : $"{Path}: {Message}";
}
