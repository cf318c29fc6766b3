using NodaTime;

namespace ReKs.Competence.Model;

/// <summary>A person who finished a measure, and when.</summary>
/// <remarks>Two completions are equal when person and date are equal.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class MeasureCompletion : IEquatable<MeasureCompletion>
{
    /// <summary>Initializes a new instance of the <see cref="MeasureCompletion"/> class.</summary>
    /// <param name="person">The person's pseudonym.</param>
    /// <param name="date">The date the person finished.</param>
    /// <exception cref="ArgumentException"><paramref name="person"/> is the default value.</exception>
    public MeasureCompletion(PersonId person, LocalDate date)
    {
        Person = Guard.Against.Default(person, nameof(person));
        Date = date;
    }

    /// <summary>Gets the person's pseudonym.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the date the person finished.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    public bool Equals(MeasureCompletion? other) => other is not null && Person == other.Person && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasureCompletion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Person, Date);

    /// <summary>Compares two completions for equality.</summary>
    /// <param name="left">The first completion.</param>
    /// <param name="right">The second completion.</param>
    /// <returns><see langword="true"/> when person and date are equal.</returns>
    public static bool operator ==(MeasureCompletion? left, MeasureCompletion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two completions for inequality.</summary>
    /// <param name="left">The first completion.</param>
    /// <param name="right">The second completion.</param>
    /// <returns><see langword="true"/> when person or date differ.</returns>
    public static bool operator !=(MeasureCompletion? left, MeasureCompletion? right) => !(left == right);

    /// <summary>Describes the completion.</summary>
    /// <returns>The pseudonym and the date.</returns>
    public override string ToString() => $"{Person} {Date:uuuu-MM-dd}";
}
