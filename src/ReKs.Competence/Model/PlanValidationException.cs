using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>Thrown when a plan built in code breaks the plan's rules; lists every problem, not just the first.</summary>
public sealed class PlanValidationException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="PlanValidationException"/> class.</summary>
    public PlanValidationException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PlanValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public PlanValidationException(string message)
        : base(message) => Problems = [];

    /// <summary>Initializes a new instance of the <see cref="PlanValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Initializes a new instance of the <see cref="PlanValidationException"/> class.</summary>
    /// <param name="problems">Every problem found.</param>
    public PlanValidationException(IEnumerable<PlanProblem> problems)
        : this(problems is null ? [] : [.. problems], describe: true)
    {
    }

    private PlanValidationException(ImmutableArray<PlanProblem> problems, bool describe)
        : base(describe ? Describe(problems) : "The plan is invalid.") => Problems = problems;

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<PlanProblem> Problems { get; }

    private static string Describe(ImmutableArray<PlanProblem> problems) =>
        problems.IsEmpty ? "The plan is invalid." : $"The plan has {problems.Length} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
