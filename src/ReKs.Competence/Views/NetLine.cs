using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Gaps;
using ReKs.Competence.Model;

namespace ReKs.Competence.Views;

/// <summary>One node's net figures on one key: surplus in the node's sub-tree shared before anyone is recruited.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class NetLine
{
    /// <summary>Initializes a new net line.</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The competence and minimum level.</param>
    /// <param name="figures">The net figures.</param>
    internal NetLine(NodeId node, GapKey key, NetFigures figures)
    {
        Node = node;
        Key = key;
        Figures = figures;
    }

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence and minimum level.</summary>
    public GapKey Key { get; }

    /// <summary>Gets the net figures.</summary>
    public NetFigures Figures { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Node} {Key}: {Figures}";
}
