using System.Runtime.InteropServices;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

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
