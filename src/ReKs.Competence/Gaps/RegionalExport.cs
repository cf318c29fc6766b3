using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
}

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

    private readonly ImmutableDictionary<(NodeId Node, GapKey Key), RegionalCell> _index;
    private readonly ImmutableDictionary<NodeId, NodeId?> _parentOf;

    private RegionalExport(NodeId root, int minGroupSize, ImmutableArray<RegionalCell> cells, ImmutableDictionary<NodeId, NodeId?> parentOf)
    {
        Root = root;
        MinGroupSize = minGroupSize;
        Cells = cells;
        _index = cells.ToImmutableDictionary(c => (c.Node, c.Key));
        _parentOf = parentOf;
    }

    /// <summary>Gets the root of the exported sub-tree.</summary>
    public NodeId Root { get; }

    /// <summary>Gets the minimum group size applied.</summary>
    public int MinGroupSize { get; }

    /// <summary>Gets the cells, depth first through the sub-tree, then by key. A node of the sub-tree with no line on a key in its own sub-tree has no cell on it: it counts nobody, which is public.</summary>
    public ImmutableArray<RegionalCell> Cells { get; }

    /// <summary>Gets the cell of a node for a key, or <see langword="null"/> when the node's sub-tree has no line on the key (or the node is outside the export).</summary>
    /// <param name="node">The node.</param>
    /// <param name="key">The key.</param>
    /// <returns>The cell, or <see langword="null"/>.</returns>
    public RegionalCell? CellOf(NodeId node, GapKey key) => _index.TryGetValue((node, key), out var cell) ? cell : null;

    /// <summary>Suggests sharing across the children of a node from the published figures only: where one child's published net surplus covers another's published net need on the same key.</summary>
    /// <param name="parent">A node of the exported sub-tree (its root, to share between municipalities).</param>
    /// <returns>The suggestions, by key, largest need first; a child whose cell is withheld on a key takes no part on that key.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="parent"/> is not in the exported sub-tree.</exception>
    /// <remarks>The same greedy rule as <see cref="GapAnalysis.SharingSuggestions"/>, applied to published cells, so a suggestion never carries a withheld figure.</remarks>
    public ImmutableArray<SharingSuggestion> SharingSuggestions(NodeId parent)
    {
        if (!_parentOf.ContainsKey(parent))
        {
            throw new KeyNotFoundException($"The export of '{Root}' has no node '{parent}'.");
        }

        var children = Cells.Where(c => c.Figures is not null && c.Node != Root && _parentOf[c.Node] == parent)
            .GroupBy(c => c.Node)
            .Select(g => (g.Key, (IReadOnlyDictionary<GapKey, NetFigures>)g.ToDictionary(c => c.Key, c => c.Net!.Value)))
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
        var cells = ImmutableArray.CreateBuilder<RegionalCell>();
        foreach (var node in nodes)
        {
            var partial = analysis.PartialOf(node.Id);
            foreach (var key in partial.Keys)
            {
                cells.Add(new RegionalCell(node.Id, key, partial[key], pattern.IsWithheld(node.Id, key)));
            }
        }

        return new RegionalExport(root, m, cells.ToImmutable(), nodes.ToImmutableDictionary(n => n.Id, n => n.Parent));
    }

    /// <summary>Gets the suppression pattern of an analysis for a minimum group size: computed once over the whole organisation, then kept with the analysis.</summary>
    internal static RegionalPattern PatternOf(GapAnalysis analysis, int minGroupSize) =>
        Patterns.GetValue(analysis, _ => new()).GetOrAdd(minGroupSize, k => RegionalPattern.Compute(analysis, k));
}

/// <summary>The suppression pattern of one analysis and minimum group size over the whole organisation (the rule of <see cref="RegionalExport"/>).</summary>
internal sealed class RegionalPattern
{
    private const byte NodeA = 1, NodeZero = 2, OwnA = 4, OwnZero = 8;

    private readonly Organisation _organisation;
    private readonly Dictionary<GapKey, Cell>[] _cells;

    private RegionalPattern(Organisation organisation, Dictionary<GapKey, Cell>[] cells)
    {
        _organisation = organisation;
        _cells = cells;
    }

    /// <summary>Which count a suppression run uses.</summary>
    internal enum Run
    {
        /// <summary>P_A: people whose own line has an amount.</summary>
        WithAmount,

        /// <summary>P_0: people whose own line has none.</summary>
        WithoutAmount,
    }

    /// <summary>Returns whether a node's cell on a key is withheld (by either run).</summary>
    public bool IsWithheld(NodeId node, GapKey key) => Flags(node, key) is var f && (f & (NodeA | NodeZero)) != 0;

    /// <summary>Returns whether one run withholds a node's cell on a key.</summary>
    public bool IsWithheld(NodeId node, GapKey key, Run run) => (Flags(node, key) & (run == Run.WithAmount ? NodeA : NodeZero)) != 0;

    /// <summary>Returns whether one run suppresses a node's own cell on a key (it is never printed either way).</summary>
    public bool IsOwnSuppressed(NodeId node, GapKey key, Run run) => (Flags(node, key) & (run == Run.WithAmount ? OwnA : OwnZero)) != 0;

    /// <summary>Gets the people of a node's cell on a key in one count, and of its own cell.</summary>
    public (int Cell, int Own) People(NodeId node, GapKey key, Run run) =>
        _cells[_organisation.IndexOf(node)].TryGetValue(key, out var c) ? (c.Count(run), c.OwnCount(run)) : (0, 0);

    private byte Flags(NodeId node, GapKey key) => _cells[_organisation.IndexOf(node)].TryGetValue(key, out var c) ? c.Flags : (byte)0;

    internal static RegionalPattern Compute(GapAnalysis analysis, int k)
    {
        var org = analysis.Organisation;
        var n = org.Nodes.Length;
        var cells = new Dictionary<GapKey, Cell>[n];
        for (var i = 0; i < n; i++)
        {
            var own = new Dictionary<GapKey, Cell>();
            foreach (var line in analysis.LinesOf(org.Nodes[i].Id))
            {
                ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(own, line.Key, out _);
                c.OwnPeople += line.Figures.People;
                c.OwnWithAmount += line.Figures.Amount > PositionShare.Zero ? line.Figures.People : 0;
            }

            cells[i] = own;
        }

        // Sub-tree counts bottom-up: in reverse depth-first order every child is finished before its parent.
        var preorder = org.Preorder;
        for (var p = preorder.Length - 1; p >= 0; p--)
        {
            var i = preorder[p];
            var parent = org.ParentIndex(i);
            foreach (var key in cells[i].Keys)
            {
                ref var c = ref CollectionsMarshal.GetValueRefOrNullRef(cells[i], key);
                c.People += c.OwnPeople;
                c.WithAmount += c.OwnWithAmount;
                if (parent >= 0)
                {
                    ref var up = ref CollectionsMarshal.GetValueRefOrAddDefault(cells[parent], key, out _);
                    up.People += c.People;
                    up.WithAmount += c.WithAmount;
                }
            }
        }

        // Primary suppression, for both counts, of node cells and own cells.
        foreach (var byKey in cells)
        {
            foreach (var key in byKey.Keys)
            {
                ref var c = ref CollectionsMarshal.GetValueRefOrNullRef(byKey, key);
                c.Flags = (byte)((Small(c.Count(Run.WithAmount), k) ? NodeA : 0) | (Small(c.Count(Run.WithoutAmount), k) ? NodeZero : 0)
                    | (Small(c.OwnCount(Run.WithAmount), k) ? OwnA : 0) | (Small(c.OwnCount(Run.WithoutAmount), k) ? OwnZero : 0));
            }
        }

        // Secondary suppression, subtable by subtable from the root down.
        var byKeyChildren = new Dictionary<GapKey, List<int>>();
        var candidates = new List<(int People, bool Own, NodeId Id, int Index)>();
        foreach (var i in preorder)
        {
            foreach (var list in byKeyChildren.Values)
            {
                list.Clear();
            }

            foreach (var child in org.ChildIndexes(i))
            {
                foreach (var key in cells[child].Keys)
                {
                    if (!byKeyChildren.TryGetValue(key, out var list))
                    {
                        byKeyChildren[key] = list = [];
                    }

                    list.Add(child);
                }
            }

            foreach (var key in cells[i].Keys)
            {
                var children = byKeyChildren.TryGetValue(key, out var l) ? l : [];
                Subtable(org, cells, i, key, children, Run.WithAmount, k, candidates);
                Subtable(org, cells, i, key, children, Run.WithoutAmount, k, candidates);
            }
        }

        return new RegionalPattern(org, cells);
    }

    private static bool Small(int people, int k) => people >= 1 && people < k;

    private static void Subtable(Organisation org, Dictionary<GapKey, Cell>[] cells, int parent, GapKey key, List<int> children, Run run, int k, List<(int People, bool Own, NodeId Id, int Index)> candidates)
    {
        var (nodeFlag, ownFlag) = run == Run.WithAmount ? (NodeA, OwnA) : (NodeZero, OwnZero);
        ref var p = ref CollectionsMarshal.GetValueRefOrNullRef(cells[parent], key);
        var parentPeople = p.Count(run);
        if (parentPeople == 0)
        {
            return; // nobody counted: every cell of the subtable is a public zero
        }

        var count = (p.Flags & nodeFlag) != 0 ? 1 : 0;
        var hidden = 0;
        candidates.Clear();
        foreach (var child in children)
        {
            var c = cells[child][key];
            var people = c.Count(run);
            if ((c.Flags & nodeFlag) != 0)
            {
                count++;
                hidden += people;
            }
            else if (people >= 1)
            {
                candidates.Add((people, false, org.Nodes[child].Id, child));
            }
        }

        var ownPeople = p.OwnCount(run);
        if ((p.Flags & ownFlag) != 0)
        {
            count++;
            hidden += ownPeople;
        }
        else if (ownPeople >= 1)
        {
            candidates.Add((ownPeople, true, org.Nodes[parent].Id, parent));
        }

        bool Holds() => (count == 0 || count >= 2) && (hidden == 0 || hidden >= k || hidden == parentPeople);
        if (Holds())
        {
            return;
        }

        // Smallest P first; a child before the own cell; then the smaller node id (ordinal).
        candidates.Sort((a, b) => a.People != b.People ? a.People.CompareTo(b.People) : a.Own != b.Own ? a.Own.CompareTo(b.Own) : string.CompareOrdinal(a.Id.Value, b.Id.Value));
        foreach (var (people, own, _, index) in candidates)
        {
            if (own)
            {
                p.Flags |= ownFlag;
            }
            else
            {
                CollectionsMarshal.GetValueRefOrNullRef(cells[index], key).Flags |= nodeFlag;
            }

            count++;
            hidden += people;
            if (Holds())
            {
                return;
            }
        }
    }

    private struct Cell
    {
        public int People;
        public int WithAmount;
        public int OwnPeople;
        public int OwnWithAmount;
        public byte Flags;

        public readonly int Count(Run run) => run == Run.WithAmount ? WithAmount : People - WithAmount;

        public readonly int OwnCount(Run run) => run == Run.WithAmount ? OwnWithAmount : OwnPeople - OwnWithAmount;
    }
}
