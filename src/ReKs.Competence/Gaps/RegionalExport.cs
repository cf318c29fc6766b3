using System.Collections.Immutable;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>Why a cell of a regional export withholds its person-derived figures.</summary>
public enum SuppressionReason
{
    /// <summary>Published.</summary>
    None = 0,

    /// <summary>Primary: the cell describes fewer people than the minimum group size.</summary>
    SmallGroup = 1,

    /// <summary>Complementary: withheld so that a small sibling cannot be recovered by subtraction from the parent.</summary>
    Complementary = 2,
}

/// <summary>One cell of a regional export: a node's partial for one key, published or withheld.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RegionalCell
{
    internal RegionalCell(NodeId node, GapKey key, GapFigures figures, SuppressionReason reason)
    {
        Node = node;
        Key = key;
        Amount = figures.Amount;
        Reason = reason;
        Figures = reason == SuppressionReason.None ? figures : null;
    }

    /// <summary>Gets the node.</summary>
    public NodeId Node { get; }

    /// <summary>Gets the competence and level.</summary>
    public GapKey Key { get; }

    /// <summary>Gets the amount required: about the organisation, not about people, so always published.</summary>
    public PositionShare Amount { get; }

    /// <summary>Gets a value indicating whether the person-derived figures are withheld.</summary>
    public bool Suppressed => Reason != SuppressionReason.None;

    /// <summary>Gets why the figures are withheld, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason Reason { get; }

    /// <summary>Gets the partial's figures (supply, developable, heads, people, gap, needs, surplus), or <see langword="null"/> when withheld.</summary>
    public GapFigures? Figures { get; }

    /// <summary>Gets the net view, which follows from the partial by the sharing rule, or <see langword="null"/> when withheld.</summary>
    public NetFigures? Net => Figures?.Net();
}

/// <summary>The regional view of a gap analysis that may leave a municipality: partial figures per node and key with small groups suppressed, and no person ids.</summary>
/// <remarks>
/// <para>For the nodes of a chosen sub-tree and each key, a cell publishes the node's partial (additive) figures; the
/// net view follows from them (<see cref="GapFigures.Net"/>). A cell's people P is the number of distinct people counted
/// on the key in any class in the node's sub-tree.</para>
/// <para>Primary suppression: a cell with 1 ≤ P &lt; <see cref="MinGroupSize"/> withholds every person-derived figure;
/// the amount stays published. Complementary suppression, per key and at every depth, repeated until it holds: for
/// every node, the people in its suppressed children together number 0 or at least the minimum; while not, the visible
/// child with the smallest P (ties: the smaller node id) is suppressed too. So no withheld figure can be recomputed from
/// the published ones and the parents' totals by addition and subtraction within a key.</para>
/// <para>Known limit, not hidden: differencing across levels of one competence (the cell at level 1 minus the cell at
/// level 2 of the same node) is not protected by this rule, because the levels are different keys. Publish one level
/// per competence, or raise the minimum group size, where that matters.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RegionalExport
{
    private RegionalExport(NodeId root, int minGroupSize, ImmutableArray<RegionalCell> cells)
    {
        Root = root;
        MinGroupSize = minGroupSize;
        Cells = cells;
    }

    /// <summary>Gets the root of the exported sub-tree.</summary>
    public NodeId Root { get; }

    /// <summary>Gets the minimum group size applied.</summary>
    public int MinGroupSize { get; }

    /// <summary>Gets the cells, depth first through the sub-tree, then by key.</summary>
    public ImmutableArray<RegionalCell> Cells { get; }

    /// <summary>Creates the export of a sub-tree of an analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="root">The root of the sub-tree to publish (the region, to publish the regional view).</param>
    /// <param name="minGroupSize">The minimum group size; the analysis options' when <see langword="null"/>.</param>
    /// <returns>The export.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The organisation has no node <paramref name="root"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minGroupSize"/> is less than 1.</exception>
    public static RegionalExport Create(GapAnalysis analysis, NodeId root, int? minGroupSize = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var m = minGroupSize ?? analysis.Options.MinGroupSize;
        Guard.Against.NegativeOrZero(m, nameof(minGroupSize));
        var org = analysis.Organisation;
        var nodes = org.SubtreeOf(root).Select(n => n.Id).ToList();
        var keys = analysis.PartialOf(root).Keys.ToList();
        var suppressed = new Dictionary<GapKey, Dictionary<NodeId, SuppressionReason>>();
        foreach (var key in keys)
        {
            int P(NodeId n) => analysis.PartialOf(n)[key].People;
            bool Has(NodeId n) => analysis.PartialOf(n).Contains(key);
            var s = nodes.Where(n => Has(n) && P(n) >= 1 && P(n) < m).ToDictionary(n => n, _ => SuppressionReason.SmallGroup);
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var node in nodes)
                {
                    var children = org.ChildrenOf(node).Select(c => c.Id).Where(Has).ToList();
                    var hidden = children.Where(s.ContainsKey).Sum(P);
                    while (hidden != 0 && hidden < m)
                    {
                        var visible = children.Where(c => !s.ContainsKey(c)).OrderBy(P).ThenBy(c => c).ToList();
                        if (visible.Count == 0)
                        {
                            break;
                        }

                        s[visible[0]] = SuppressionReason.Complementary;
                        hidden += P(visible[0]);
                        changed = true;
                    }
                }
            }

            suppressed[key] = s;
        }

        var cells = ImmutableArray.CreateBuilder<RegionalCell>();
        foreach (var node in nodes)
        {
            var partial = analysis.PartialOf(node);
            foreach (var key in partial.Keys)
            {
                cells.Add(new RegionalCell(node, key, partial[key], suppressed[key].TryGetValue(node, out var reason) ? reason : SuppressionReason.None));
            }
        }

        return new RegionalExport(root, m, cells.ToImmutable());
    }
}
