using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel.Serialization;

/// <summary>The outcome of reading a wheel document: the wheel, or every problem found. An invalid document yields no wheel.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WheelReadResult
{
    internal WheelReadResult(AnnualWheel? wheel, ImmutableArray<PlanProblem> problems)
    {
        Wheel = problems.IsEmpty ? wheel : null;
        Problems = problems;
    }

    /// <summary>Gets the wheel, or <see langword="null"/> when the document has problems.</summary>
    public AnnualWheel? Wheel { get; }

    /// <summary>Gets every problem found, each with its JSON path; empty when the document is valid.</summary>
    public ImmutableArray<PlanProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the document is a valid wheel.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Wheel))]
    public bool IsValid => Wheel is not null;

    /// <summary>Gets the wheel, or throws with every problem.</summary>
    /// <returns>The wheel.</returns>
    /// <exception cref="PlanValidationException">The document has problems.</exception>
    public AnnualWheel GetWheelOrThrow() => Wheel ?? throw new PlanValidationException(Problems);
}
