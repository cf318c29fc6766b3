using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>The regional view of a gap analysis that may leave a municipality: partial figures per node and key with small groups withheld, and no person ids.</summary>
/// <remarks>
/// <para>For the nodes of a chosen sub-tree and each key, a cell publishes the node's partial (additive) figures; the
/// net view follows from them (<see cref="GapFigures.Net"/>). A cell's people P is the number of distinct people counted
/// on the key in any class in the node's sub-tree. A node's own people (placed on the node itself) form its never-printed
/// own cell; a node, its children and its own cell form a subtable: node = Σ children + own cell.</para>
/// <para>The people are counted twice: P_A, those whose own line (the line of the node they are placed on) has an
/// amount, and P_0, those whose own line has none (amounts are public, so the two parts of a figure can be told apart).
/// With each count in turn: a cell with 1 ≤ P &lt; <see cref="MinGroupSize"/> is withheld (primary suppression); then,
/// per key, subtable by subtable from the root down (a parent is settled before its children's subtable is visited),
/// while the withheld cells of the subtable (parent, children and own cell) number exactly 1, or the withheld children
/// and own cell hold between 1 and the minimum − 1 people and not all of the parent's, the visible child or own cell with
/// the smallest P ≥ 1 is withheld too (ties: a child before the own cell, then the smaller node id, ordinal). Cells with
/// P = 0 are never withheld. A cell is withheld when either count withholds it.</para>
/// <para>One pattern per analysis (plan and date) and minimum group size: it is computed once over the whole
/// organisation, and the export of a sub-tree publishes that pattern restricted to the sub-tree, so two exports of one
/// analysis never reveal more than the export of the whole organisation. The amount is always published.</para>
/// <para>Known limits, not hidden: a withheld figure is not unique but may be bounded (between 0 and a published
/// total); differences across levels of one competence (different keys) and across exports of different dates or plan
/// versions are not protected. Publish the regional view once per reporting period.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RegionalExport
{
    private static readonly ConditionalWeakTable<GapAnalysis, ConcurrentDictionary<int, RegionalPattern>> Patterns = [];

    // The export keeps the analysis and the pattern and makes a node's cells (in key order) the first time they are
    // asked for, like the analysis's line objects: _nodes are the sub-tree's nodes depth first (their indexes in the
    // organisation), _position a node's place among them, and _made each node's cells once made.
    private readonly GapAnalysis _analysis;
    private readonly RegionalPattern _pattern;
    private readonly int[] _nodes;
    private readonly ImmutableDictionary<NodeId, int> _position;
    private readonly RegionalCell[]?[] _made;
    private readonly Lazy<ImmutableArray<RegionalCell>> _cells;

    private RegionalExport(NodeId root, int minGroupSize, GapAnalysis analysis, RegionalPattern pattern, int[] nodes, ImmutableDictionary<NodeId, int> position)
    {
        Root = root;
        MinGroupSize = minGroupSize;
        _analysis = analysis;
        _pattern = pattern;
        _nodes = nodes;
        _position = position;
        _made = new RegionalCell[nodes.Length][];
        _cells = new(() =>
        {
            var count = 0;
            for (var n = 0; n < _nodes.Length; n++)
            {
                count += CellsAt(n).Length;
            }

            var all = new RegionalCell[count];
            var at = 0;
            for (var n = 0; n < _nodes.Length; n++)
            {
                var cells = CellsAt(n);
                cells.CopyTo(all, at);
                at += cells.Length;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(all);
        });
    }

    /// <summary>Gets the analysis the export was made from (its plan's name and vocabulary, date and options, for the export's view).</summary>
    internal GapAnalysis Analysis => _analysis;

    /// <summary>Gets the root of the exported sub-tree.</summary>
    public NodeId Root { get; }

    /// <summary>Gets the minimum group size applied.</summary>
    public int MinGroupSize { get; }

    /// <summary>Gets the cells, depth first through the sub-tree, then by key. A node of the sub-tree with no line on a key in its own sub-tree has no cell on it: it counts nobody, which is public.</summary>
    /// <remarks>The cell objects are made the first time they are asked for (here, or a node's by <see cref="CellOf"/>),
    /// once: <see cref="Create"/> settles which cells are withheld, and making millions of cell objects is left to the
    /// reader who wants them.</remarks>
    public ImmutableArray<RegionalCell> Cells => _cells.Value;

    /// <summary>Gets the cell of a node for a key, or <see langword="null"/> when the node's sub-tree has no line on the key (or the node is outside the export).</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The key.</param>
    /// <returns>The cell, or <see langword="null"/>.</returns>
    public RegionalCell? CellOf(NodeId node, GapKey key)
    {
        if (!_position.TryGetValue(node, out var n) || _analysis.KeySpace.Find(key) is not (var slot and >= 0))
        {
            return null;
        }

        var i = Array.BinarySearch(_analysis.PartialAt(_nodes[n]).SlotsIn(_analysis.KeySpace), slot);
        return i < 0 ? null : CellsAt(n)[i];
    }

    /// <summary>Suggests sharing across the children of a node from the published figures only: where one child's published net surplus covers another's published net need on the same key.</summary>
    /// <param name="parent">A node of the exported sub-tree (its root, to share between municipalities).</param>
    /// <returns>The suggestions, by key, largest need first; a child whose cell is withheld on a key takes no part on that key.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="parent"/> is not in the exported sub-tree.</exception>
    /// <remarks>The same greedy rule as <see cref="GapAnalysis.SharingSuggestions"/>, applied to published cells, so a suggestion never carries a withheld figure.</remarks>
    public ImmutableArray<SharingSuggestion> SharingSuggestions(NodeId parent)
    {
        if (!_position.ContainsKey(parent))
        {
            throw new KeyNotFoundException($"The export of '{Root}' has no node '{parent}'.");
        }

        // Only the children's cells are made (in the sub-tree's depth-first order, as the export lists them), not the
        // whole export's; a child with no published cell takes no part.
        var children = _analysis.Organisation.ChildrenOf(parent)
            .Select(child => _position[child.Id])
            .Order()
            .Select(n => CellsAt(n).Where(c => c.Figures is not null).ToList())
            .Where(published => published.Count > 0)
            .Select(published => (published[0].Node, (IReadOnlyDictionary<GapKey, NetFigures>)published.ToDictionary(c => c.Key, c => c.Net!.Value)))
            .ToList();
        return SharingSuggestion.Greedy(children);
    }

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
        var nodes = org.SubtreeOf(root).ToList();
        var pattern = PatternOf(analysis, m);
        return new RegionalExport(
            root,
            m,
            analysis,
            pattern,
            [.. nodes.Select(n => org.IndexOf(n.Id))],
            nodes.Select((node, n) => KeyValuePair.Create(node.Id, n)).ToImmutableDictionary());
    }

    /// <summary>Gets the cells of the <paramref name="n"/>th node of the sub-tree, in key order, making them on first use.</summary>
    private RegionalCell[] CellsAt(int n)
    {
        if (Volatile.Read(ref _made[n]) is { } made)
        {
            return made;
        }

        var index = _nodes[n];
        var id = _analysis.Organisation.Nodes[index].Id;
        var partial = _analysis.PartialAt(index);
        var space = _analysis.KeySpace;
        var slots = partial.SlotsIn(space);
        var cells = new RegionalCell[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            cells[i] = new RegionalCell(id, space.Keys[slots[i]], partial.FiguresAtPosition(i), _pattern.IsWithheldAt(index, i));
        }

        // Two threads may make a node's cells at once: the first to finish wins, so every reader sees the same objects.
        return Interlocked.CompareExchange(ref _made[n], cells, null) ?? cells;
    }

    /// <summary>Gets the suppression pattern of an analysis for a minimum group size: computed once over the whole organisation, then kept with the analysis.</summary>
    internal static RegionalPattern PatternOf(GapAnalysis analysis, int minGroupSize) =>
        Patterns.GetValue(analysis, _ => new()).GetOrAdd(minGroupSize, k => RegionalPattern.Compute(analysis, k));

    /// <summary>Summarises the export on one line: its root, the minimum group size, and how many cells are published and withheld.</summary>
    /// <returns>For example "Regional export of region (minimum group size 5): 120 cells, 98 published, 22 withheld".</returns>
    /// <remarks>Counts only: never a figure, so never a withheld one.</remarks>
    public override string ToString()
    {
        var withheld = Cells.Count(c => c.Withheld);
        return $"Regional export of {Root} (minimum group size {TextSummary.Count(MinGroupSize, "person", "people")}): {TextSummary.Count(Cells.Length, "cell")}, {TextSummary.Number(Cells.Length - withheld)} published, {TextSummary.Number(withheld)} withheld";
    }
}
