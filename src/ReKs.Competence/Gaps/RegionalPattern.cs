using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>The suppression pattern of one analysis and minimum group size over the whole organisation (the rule of <see cref="RegionalExport"/>).</summary>
/// <remarks>The cells are arrays on the analysis's own columns: a node's cells are laid out like its partial (one per
/// key slot its sub-tree has a line for, ascending), so the pattern is found without a dictionary or a line object,
/// by walking sorted slot lists from the lines up to the root and then down subtable by subtable.</remarks>
internal sealed class RegionalPattern
{
    private const byte NodeA = 1, NodeZero = 2, OwnA = 4, OwnZero = 8;

    private readonly Organisation _organisation;
    private readonly GapKeySpace _space;
    private readonly int[][] _slots;
    private readonly int[] _start;
    private readonly Cell[] _cells;

    private RegionalPattern(Organisation organisation, GapKeySpace space, int[][] slots, int[] start, Cell[] cells)
    {
        _organisation = organisation;
        _space = space;
        _slots = slots;
        _start = start;
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

    /// <summary>Returns whether the cell at a position of a node's partial is withheld (by either run).</summary>
    public bool IsWithheldAt(int node, int position) => (_cells[_start[node] + position].Flags & (NodeA | NodeZero)) != 0;

    /// <summary>Returns whether one run withholds a node's cell on a key.</summary>
    public bool IsWithheld(NodeId node, GapKey key, Run run) => (Flags(node, key) & (run == Run.WithAmount ? NodeA : NodeZero)) != 0;

    /// <summary>Returns whether one run suppresses a node's own cell on a key (it is never printed either way).</summary>
    public bool IsOwnSuppressed(NodeId node, GapKey key, Run run) => (Flags(node, key) & (run == Run.WithAmount ? OwnA : OwnZero)) != 0;

    /// <summary>Gets the people of a node's cell on a key in one count, and of its own cell.</summary>
    public (int Cell, int Own) People(NodeId node, GapKey key, Run run) =>
        Position(node, key) is var (n, i) && i >= 0 ? (_cells[_start[n] + i].Count(run), _cells[_start[n] + i].OwnCount(run)) : (0, 0);

    private byte Flags(NodeId node, GapKey key) => Position(node, key) is var (n, i) && i >= 0 ? _cells[_start[n] + i].Flags : (byte)0;

    private (int Node, int Position) Position(NodeId node, GapKey key)
    {
        var n = _organisation.IndexOf(node);
        var slot = _space.Find(key);
        return (n, slot < 0 ? -1 : Array.BinarySearch(_slots[n], slot));
    }

    internal static RegionalPattern Compute(GapAnalysis analysis, int k)
    {
        var org = analysis.Organisation;
        var n = org.Nodes.Length;
        var space = analysis.KeySpace;
        var slots = new int[n][];
        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            slots[i] = analysis.PartialAt(i).SlotsIn(space);
            start[i + 1] = start[i] + slots[i].Length;
        }

        // One array for every node's cells (node i's from start[i]): a few large arrays, not one small array a node.
        var cells = new Cell[start[n]];

        // Own counts from each node's lines, and sub-tree counts bottom-up: in reverse depth-first order every child is
        // finished before its parent, whose cells are its partial's slots (its own lines' and its children's keys).
        var preorder = org.Preorder;
        for (var p = preorder.Length - 1; p >= 0; p--)
        {
            var i = preorder[p];
            var own = analysis.OwnLinesAt(i);
            var mine = slots[i];
            var c = cells.AsSpan(start[i], mine.Length);
            for (int l = 0, at = 0; l < own.Count; l++)
            {
                at = Seek(mine, at, own.Slots[l]);
                var f = own.FiguresAt(l);
                c[at].OwnPeople += f.People;
                c[at].OwnWithAmount += f.Amount > PositionShare.Zero ? f.People : 0;
            }

            for (var at = 0; at < c.Length; at++)
            {
                c[at].People = c[at].OwnPeople;
                c[at].WithAmount = c[at].OwnWithAmount;
            }

            foreach (var child in org.ChildIndexes(i))
            {
                var theirs = slots[child];
                var cc = cells.AsSpan(start[child], theirs.Length);
                for (int l = 0, at = 0; l < theirs.Length; l++)
                {
                    at = Seek(mine, at, theirs[l]);
                    c[at].People += cc[l].People;
                    c[at].WithAmount += cc[l].WithAmount;
                }
            }
        }

        // Primary suppression, for both counts, of node cells and own cells.
        for (var at = 0; at < cells.Length; at++)
        {
            ref var c = ref cells[at];
            c.Flags = (byte)((Small(c.Count(Run.WithAmount), k) ? NodeA : 0) | (Small(c.Count(Run.WithoutAmount), k) ? NodeZero : 0)
                | (Small(c.OwnCount(Run.WithAmount), k) ? OwnA : 0) | (Small(c.OwnCount(Run.WithoutAmount), k) ? OwnZero : 0));
        }

        // Secondary suppression, subtable by subtable from the root down (a parent is settled before its children's
        // subtable is visited). A cursor per child walks the child's slots alongside the parent's, so the children that
        // have a key are found in child order without a lookup.
        var having = new List<(int Child, int Position)>();
        var candidates = new List<Candidate>();
        var cursors = Array.Empty<int>();
        foreach (var i in preorder)
        {
            var children = org.ChildIndexes(i);
            if (cursors.Length < children.Length)
            {
                cursors = new int[children.Length];
            }

            Array.Clear(cursors, 0, children.Length);
            var mine = slots[i];
            for (var at = 0; at < mine.Length; at++)
            {
                having.Clear();
                for (var j = 0; j < children.Length; j++)
                {
                    var theirs = slots[children[j]];
                    var cur = cursors[j];
                    while (cur < theirs.Length && theirs[cur] < mine[at])
                    {
                        cur++;
                    }

                    cursors[j] = cur;
                    if (cur < theirs.Length && theirs[cur] == mine[at])
                    {
                        having.Add((children[j], cur));
                    }
                }

                Subtable(org, cells, start, i, at, having, Run.WithAmount, k, candidates);
                Subtable(org, cells, start, i, at, having, Run.WithoutAmount, k, candidates);
            }
        }

        return new RegionalPattern(org, space, slots, start, cells);
    }

    /// <summary>The position of <paramref name="slot"/> in <paramref name="slots"/> at or after <paramref name="from"/>; it must be there.</summary>
    private static int Seek(int[] slots, int from, int slot)
    {
        while (from < slots.Length && slots[from] < slot)
        {
            from++;
        }

        return from < slots.Length && slots[from] == slot
            ? from
            : throw new InvalidOperationException($"A node's line or child has key slot {slot}, which its partial does not have.");
    }

    private static bool Small(int people, int k) => people >= 1 && people < k;

    private static void Subtable(Organisation org, Cell[] cells, int[] start, int parent, int at, List<(int Child, int Position)> children, Run run, int k, List<Candidate> candidates)
    {
        var (nodeFlag, ownFlag) = run == Run.WithAmount ? (NodeA, OwnA) : (NodeZero, OwnZero);
        ref var p = ref cells[start[parent] + at];
        var parentPeople = p.Count(run);
        if (parentPeople == 0)
        {
            return; // nobody counted: every cell of the subtable is a public zero
        }

        var count = (p.Flags & nodeFlag) != 0 ? 1 : 0;
        var hidden = 0;
        candidates.Clear();
        foreach (var (child, position) in children)
        {
            var c = cells[start[child] + position];
            var people = c.Count(run);
            if ((c.Flags & nodeFlag) != 0)
            {
                count++;
                hidden += people;
            }
            else if (people >= 1)
            {
                candidates.Add(new(people, false, org.Nodes[child].Id, child, position));
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
            candidates.Add(new(ownPeople, true, org.Nodes[parent].Id, parent, at));
        }

        bool Holds() => (count == 0 || count >= 2) && (hidden == 0 || hidden >= k || hidden == parentPeople);
        if (Holds())
        {
            return;
        }

        // Smallest P first; a child before the own cell; then the smaller node id (ordinal). Usually one or two more
        // cells settle the subtable, so the next candidate is picked from the rest rather than all of them sorted (the
        // order is total, so the cells withheld are the same).
        for (var left = candidates.Count; left > 0; left--)
        {
            var next = 0;
            for (var i = 1; i < left; i++)
            {
                if (Before(candidates[i], candidates[next]))
                {
                    next = i;
                }
            }

            var candidate = candidates[next];
            candidates[next] = candidates[left - 1];
            if (candidate.Own)
            {
                p.Flags |= ownFlag;
            }
            else
            {
                cells[start[candidate.Index] + candidate.Position].Flags |= nodeFlag;
            }

            count++;
            hidden += candidate.People;
            if (Holds())
            {
                return;
            }
        }
    }

    private static bool Before(Candidate a, Candidate b) =>
        a.People != b.People ? a.People < b.People : a.Own != b.Own ? !a.Own : string.CompareOrdinal(a.Id.Value, b.Id.Value) < 0;

    private readonly record struct Candidate(int People, bool Own, NodeId Id, int Index, int Position);

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
