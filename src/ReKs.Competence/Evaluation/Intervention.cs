using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Evaluation;

/// <summary>When a measure started to act at which nodes: the date that splits a series into baseline and after.</summary>
/// <remarks>Nodes in <see cref="Nodes"/> took part; a node with a series of the same indicator that is not listed (and is
/// not below a listed node) did not, and serves as a comparison in a difference-in-differences estimate.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Intervention
{
    /// <summary>Initializes a new instance of the <see cref="Intervention"/> class.</summary>
    /// <param name="id">The identifier, e.g. <c>fallforebygging-2025</c>.</param>
    /// <param name="date">The first day of the intervention; periods that start on or after it are "after".</param>
    /// <param name="nodes">The nodes that took part, at least one.</param>
    /// <param name="label">What happened, for charts and reports.</param>
    /// <param name="measure">The plan's measure, if any.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The identifier is invalid or no node is given.</exception>
    public Intervention(string id, LocalDate date, IEnumerable<NodeId> nodes, LocalizedText label, MeasureId? measure = null)
    {
        Id = IdText.Validated(id, nameof(id));
        Date = date;
        Nodes = [.. Guard.Against.Null(nodes, nameof(nodes))];
        Label = Guard.Against.Null(label, nameof(label));
        Measure = measure;
        if (Nodes.IsEmpty)
        {
            throw new ArgumentException("An intervention takes place at one node at least.", nameof(nodes));
        }
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the first day of the intervention.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the nodes that took part, in the order given.</summary>
    public ImmutableArray<NodeId> Nodes { get; }

    /// <summary>Gets what happened.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the plan's measure, or <see langword="null"/>.</summary>
    public MeasureId? Measure { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
