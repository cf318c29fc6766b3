using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>One person on a line of an explanation, by pseudonym.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CountedPerson
{
    internal CountedPerson(PersonId person, PositionShare share, PersonClass @class, CountReason reason, ProficiencyLevel? level)
    {
        Person = person;
        Share = share;
        Class = @class;
        Reason = reason;
        Level = level;
    }

    /// <summary>Gets the person's pseudonym.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the person's position share.</summary>
    public PositionShare Share { get; }

    /// <summary>Gets the class the person was counted in.</summary>
    public PersonClass Class { get; }

    /// <summary>Gets why.</summary>
    public CountReason Reason { get; }

    /// <summary>Gets the level that decided it, when a level did.</summary>
    public ProficiencyLevel? Level { get; }
}
