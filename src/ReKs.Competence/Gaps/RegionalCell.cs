using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>One cell of a regional export: a node's partial for one key, published or withheld.</summary>
/// <remarks>A withheld cell says only that it is withheld for privacy: it never says why (a small group of its own, or
/// a cell withheld so that another cannot be worked out), because with a minimum group size of 2 "a small group" alone
/// would say that one person is counted there.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RegionalCell
{
    internal RegionalCell(NodeId node, GapKey key, GapFigures figures, bool withheld)
    {
        Node = node;
        Key = key;
        Amount = figures.Amount;
        Withheld = withheld;
        Figures = withheld ? null : figures;
    }

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence and level.</summary>
    public GapKey Key { get; }

    /// <summary>Gets the amount required: about the organisation, not about people, so always published.</summary>
    public PositionShare Amount { get; }

    /// <summary>Gets a value indicating whether the person-derived figures are withheld for privacy.</summary>
    public bool Withheld { get; }

    /// <summary>Gets the partial's figures (supply, developable, heads, people, gap, needs, surplus), or <see langword="null"/> when withheld.</summary>
    public GapFigures? Figures { get; }

    /// <summary>Gets the net view, which follows from the partial by the sharing rule, or <see langword="null"/> when withheld.</summary>
    public NetFigures? Net => Figures?.Net();

    /// <summary>Summarises the cell on one line: node, key, the amount required, and either the net figures or "withheld".</summary>
    /// <returns>For example "gjovik helsefagarbeider≥2: requirement 3.00 person-years; withheld for privacy".</returns>
    /// <remarks>A withheld cell shows only what the export publishes for it: the requirement.</remarks>
    public override string ToString() =>
        $"{Node} {Key}: requirement {TextSummary.PersonYears(Amount)} person-years; {(Net is { } net ? net.ToString() : "withheld for privacy")}";
}
