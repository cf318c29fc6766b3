using System.Collections.Immutable;

namespace ReKs.Competence;

/// <summary>Thrown when a plan, wheel or evaluation data built in code breaks its rules, or a document read with a
/// <c>GetValueOrThrow</c> has problems; lists every problem, not just the first.</summary>
/// <threadsafety>Instances are immutable once thrown and safe to share between threads.</threadsafety>
public sealed class ValidationException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="ValidationException"/> class.</summary>
    public ValidationException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ValidationException(string message)
        : base(message) => Problems = [];

    /// <summary>Initializes a new instance of the <see cref="ValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Initializes a new instance of the <see cref="ValidationException"/> class.</summary>
    /// <param name="problems">Every problem found.</param>
    public ValidationException(IEnumerable<Problem> problems)
        : this(problems is null ? [] : [.. problems], describe: true)
    {
    }

    private ValidationException(ImmutableArray<Problem> problems, bool describe)
        : base(describe ? Describe(problems) : "The value is invalid.") => Problems = problems;

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<Problem> Problems { get; }

    private static string Describe(ImmutableArray<Problem> problems) =>
        problems.IsEmpty ? "The value is invalid." : $"{problems.Length} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
