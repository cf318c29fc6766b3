using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Serialization;

/// <summary>The outcome of reading a plan document: the plan, or every problem found. An invalid document yields no plan.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PlanReadResult
{
    internal PlanReadResult(CompetencePlan? plan, ImmutableArray<PlanProblem> problems)
    {
        Plan = problems.IsEmpty ? plan : null;
        Problems = problems;
    }

    /// <summary>Gets the plan, or <see langword="null"/> when the document has problems.</summary>
    public CompetencePlan? Plan { get; }

    /// <summary>Gets every problem found, in document order as far as it is known; empty when the document is valid.</summary>
    public ImmutableArray<PlanProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the document is a valid plan.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Plan))]
    public bool IsValid => Plan is not null;

    /// <summary>Gets the plan, or throws with every problem.</summary>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanValidationException">The document has problems.</exception>
    public CompetencePlan GetPlanOrThrow() => Plan ?? throw new PlanValidationException(Problems);
}
