using System.Collections.Immutable;

namespace ReKs.Competence.Model;

/// <summary>A competence on which a person's sources state different levels: a topic for the appraisal interview.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EvidenceDisagreement
{
    internal EvidenceDisagreement(PersonId person, CompetenceId competence, ImmutableArray<Evidence> statements, Evidence counted)
    {
        Person = person;
        Competence = competence;
        Statements = statements;
        Counted = counted;
    }

    /// <summary>Gets the person (by pseudonym).</summary>
    public PersonId Person { get; }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets each source's latest statement, the one that counts first.</summary>
    public ImmutableArray<Evidence> Statements { get; }

    /// <summary>Gets the statement the precedence rule counts.</summary>
    public Evidence Counted { get; }
}
