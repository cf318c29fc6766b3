using System.Collections.Immutable;

namespace ReKs.Competence.Documents;

/// <summary>The outcome of reading a document (plan, wheel, evaluation, JSON-stat dataset): the value, or every problem found. A document with problems yields no value.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, ImmutableArray<Problem> problems)
    {
        Value = problems.IsEmpty ? value : null;
        Problems = problems;
    }

    /// <summary>Gets the value, or <see langword="null"/> when the document has problems.</summary>
    public T? Value { get; }

    /// <summary>Gets every problem found, each with its location in the document, in document order as far as it is known; empty when the document is valid.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether the document was read without problems.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <summary>Gets the value, or throws with every problem.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ValidationException">The document has problems.</exception>
    public T GetValueOrThrow() => Value ?? throw new ValidationException(Problems);
}
