using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>Holders, in one node, of a competence that no requirement asks for: candidates to mobilise elsewhere or to phase out.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class UnrequiredCompetence
{
    internal UnrequiredCompetence(NodeId node, CompetenceId competence, ImmutableArray<PersonId> holders, PositionShare share)
    {
        Node = node;
        Competence = competence;
        Holders = holders;
        Share = share;
    }

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence.</summary>
    public CompetenceId Competence { get; }

    /// <summary>Gets the holders employed at the date with a valid holding, by pseudonym (for use inside the municipality only).</summary>
    public ImmutableArray<PersonId> Holders { get; }

    /// <summary>Gets the holders' position shares added up.</summary>
    public PositionShare Share { get; }
}
