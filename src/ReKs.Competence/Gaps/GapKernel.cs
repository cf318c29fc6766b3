using System.Collections.Immutable;
using NodaTime;
using ReKs.Competence.Model;

namespace ReKs.Competence.Gaps;

/// <summary>Where each interned competence's keys sit in a key space: the slots of one competence are contiguous, its levels ascending.</summary>
internal sealed class KeyLayout
{
    /// <summary>Lays out a key space over a plan's interned competences.</summary>
    public KeyLayout(GapKeySpace space, CompetenceInterner competences)
    {
        Space = space;
        First = new int[competences.Count];
        Count = new int[competences.Count];
        SlotLevel = new int[space.Count];
        SlotCompetence = new int[space.Count];
        for (var s = 0; s < space.Count; s++)
        {
            var key = space.Keys[s];
            var c = competences.Find(key.Competence);
            SlotLevel[s] = key.Level.Value;
            SlotCompetence[s] = c;
            if (c >= 0)
            {
                if (Count[c] == 0)
                {
                    First[c] = s;
                }

                Count[c]++;
            }
        }
    }

    /// <summary>Gets the key space.</summary>
    public GapKeySpace Space { get; }

    /// <summary>Gets each competence's first slot.</summary>
    public int[] First { get; }

    /// <summary>Gets each competence's number of levels (0: no lines).</summary>
    public int[] Count { get; }

    /// <summary>Gets each slot's level.</summary>
    public int[] SlotLevel { get; }

    /// <summary>Gets each slot's interned competence, or -1 when the plan does not know it.</summary>
    public int[] SlotCompetence { get; }

    /// <summary>Gets the slot of a competence at a level, or -1.</summary>
    public int Slot(int competence, int level)
    {
        for (int s = First[competence], end = s + Count[competence]; s < end; s++)
        {
            if (SlotLevel[s] == level)
            {
                return s;
            }
        }

        return -1;
    }
}

/// <summary>One node's own lines as columns over key slots, ordered by slot (that is, by key).</summary>
internal sealed class NodeLines(int[] slots, GapFigures[] figures, int[] minHeads, bool[] fragile)
{
    /// <summary>Gets the lines of a node with none.</summary>
    public static NodeLines None { get; } = new([], [], [], []);

    /// <summary>Gets each line's key slot, ascending.</summary>
    public int[] Slots { get; } = slots;

    /// <summary>Gets each line's figures.</summary>
    public GapFigures[] Figures { get; } = figures;

    /// <summary>Gets each line's minimum heads.</summary>
    public int[] MinHeads { get; } = minHeads;

    /// <summary>Gets whether each line is fragile.</summary>
    public bool[] Fragile { get; } = fragile;

    /// <summary>Gets the number of lines.</summary>
    public int Count => Slots.Length;
}

/// <summary>A node's result: its own lines and its partial (own lines and every descendant's).</summary>
internal sealed class NodeResult(NodeLines own, GapPartial partial)
{
    /// <summary>Gets the node's own lines.</summary>
    public NodeLines Own { get; } = own;

    /// <summary>Gets the node's partial.</summary>
    public GapPartial Partial { get; } = partial;
}

/// <summary>The inputs of one node: its people and requirements as columns (a range of the plan's, or a what-if's own).</summary>
internal readonly struct NodeInput(PeopleColumns people, int peopleStart, int peopleEnd, RequirementColumns requirements, int requirementStart, int requirementEnd)
{
    public PeopleColumns People { get; } = people;

    public int PeopleStart { get; } = peopleStart;

    public int PeopleEnd { get; } = peopleEnd;

    public RequirementColumns Requirements { get; } = requirements;

    public int RequirementStart { get; } = requirementStart;

    public int RequirementEnd { get; } = requirementEnd;
}

/// <summary>
/// The columnar gap kernel: each node's lines in one pass over its people with dense per-slot buffers, and partials
/// rolled up over the tree with dense arrays. It computes exactly the specification's lines (the same rules as
/// <see cref="LineEngine.Summary"/>'s classification, which the explanations use).
/// </summary>
internal sealed class GapKernel
{
    private static readonly int[] Ones = [.. Enumerable.Repeat(1, 64)];

    [ThreadStatic]
    private static GapKernel? t_reused;

    private readonly KeyLayout _layout;
    private readonly LocalDate _date;
    private readonly GapOptions _options;
    private readonly int _t;
    private readonly int _reach;
    private readonly int _defaultMinHeads;

    // Per competence: what the current person has of it, reset lazily by stamps.
    private readonly int[] _personStamp;
    private readonly int[] _bestValidUsed;
    private readonly int[] _bestValid;
    private readonly int[] _bestInvalid;
    private readonly byte[] _flags;
    private readonly int[] _touched;
    private readonly int[] _holderStamp;

    // Per slot: the current node's accumulators.
    private readonly int[] _slotStamp;
    private readonly long[] _used;
    private readonly long[] _unused;
    private readonly long[] _developable;
    private readonly int[] _heads;
    private readonly int[] _people;
    private readonly long[] _amount;
    private readonly int[] _statedHeads;
    private readonly bool[] _required;

    // Per slot: the roll-up's accumulators.
    private readonly int[] _mergeStamp;
    private readonly GapFigures[] _sum;
    private readonly int[] _lines;

    private int _person;
    private int _node;
    private int _merge;

    /// <summary>Creates a kernel (its scratch buffers) for one thread.</summary>
    public GapKernel(KeyLayout layout, int competences, LocalDate t, GapOptions options)
    {
        _layout = layout;
        _date = t;
        _options = options;
        _t = DayNumber.Of(t);
        _reach = options.DevelopReach;
        _defaultMinHeads = options.MinHeads;
        _personStamp = new int[competences];
        _bestValidUsed = new int[competences];
        _bestValid = new int[competences];
        _bestInvalid = new int[competences];
        _flags = new byte[competences];
        _touched = new int[competences];
        _holderStamp = new int[competences];
        var k = layout.Space.Count;
        _slotStamp = new int[k];
        _used = new long[k];
        _unused = new long[k];
        _developable = new long[k];
        _heads = new int[k];
        _people = new int[k];
        _amount = new long[k];
        _statedHeads = new int[k];
        _required = new bool[k];
        _mergeStamp = new int[k];
        _sum = new GapFigures[k];
        _lines = new int[k];
    }

    /// <summary>Gets this thread's kernel for a layout, date and options, reusing its buffers between what-ifs.</summary>
    public static GapKernel Reused(KeyLayout layout, int competences, LocalDate t, GapOptions options)
    {
        var k = t_reused;
        if (k is null || k._layout != layout || k._date != t || k._options != options || k._personStamp.Length != competences)
        {
            t_reused = k = new GapKernel(layout, competences, t, options);
        }

        return k;
    }

    /// <summary>Computes every node's result, sub-trees of the root's children in parallel (or one after the other).</summary>
    public static NodeResult[] ComputeAll(PlanColumns columns, Func<int, NodeInput> input, KeyLayout layout, LocalDate t, GapOptions options, bool parallel)
    {
        var org = columns.Organisation;
        var results = new NodeResult[org.Nodes.Length];
        var root = columns.Preorder[0];
        var competences = columns.Competences.Count;

        // Largest sub-trees first, so that the last task to start is a small one.
        var tasks = org.ChildIndexes(root).ToArray();
        Array.Sort(tasks.Select(c => -(columns.SubtreeEnd[c] - columns.PreorderPosition[c])).ToArray(), tasks);
        Parallel.For(
            0,
            tasks.Length,
            new ParallelOptions { MaxDegreeOfParallelism = parallel ? -1 : 1 },
            () => new GapKernel(layout, competences, t, options),
            (i, _, kernel) =>
            {
                kernel.ComputeSubtree(columns, input, tasks[i], results);
                return kernel;
            },
            static _ => { });

        var last = new GapKernel(layout, competences, t, options);
        results[root] = last.Compute(org, input(root), root, results);
        return results;
    }

    /// <summary>Computes one node's own lines.</summary>
    public NodeLines Own(NodeInput input)
    {
        if (_node == int.MaxValue || _person > int.MaxValue - (input.PeopleEnd - input.PeopleStart))
        {
            // The stamps would run out (a kernel reused for very many what-ifs): start them again from clean buffers.
            Array.Clear(_personStamp);
            Array.Clear(_holderStamp);
            Array.Clear(_slotStamp);
            _node = _person = 0;
        }

        var node = ++_node;
        var layout = _layout;
        var t = _t;
        var rc = input.Requirements;
        for (var r = input.RequirementStart; r < input.RequirementEnd; r++)
        {
            if (rc.From[r] > t)
            {
                continue;
            }

            var slot = layout.Slot(rc.Competence[r], rc.Level[r]);
            if (slot < 0)
            {
                throw new InvalidOperationException($"The key space has no slot for a requirement that applies ({rc.Requirements[r]}).");
            }

            Touch(slot, node);
            _required[slot] = true;
            _amount[slot] = Math.Max(_amount[slot], rc.Amount[r]);
            _statedHeads[slot] = Math.Max(_statedHeads[slot], rc.MinHeads[r]);
        }

        var pc = input.People;
        var count = layout.Count;
        for (var p = input.PeopleStart; p < input.PeopleEnd; p++)
        {
            if (pc.Starts[p] > t || pc.Leaves[p] <= t)
            {
                continue;
            }

            var person = ++_person;
            var touched = 0;
            for (int h = pc.HoldingStart[p], end = pc.HoldingStart[p + 1]; h < end; h++)
            {
                var c = pc.HoldingCompetence[h];
                if (count[c] == 0)
                {
                    continue;
                }

                Meet(c, person, ref touched);

                int level = pc.HoldingLevel[h];
                if (level == 0)
                {
                    _flags[c] |= 1;
                }
                else if (pc.HoldingFrom[h] <= t && pc.HoldingUntil[h] >= t)
                {
                    _bestValid[c] = Math.Max(_bestValid[c], level);
                    if (pc.HoldingUsed[h])
                    {
                        _bestValidUsed[c] = Math.Max(_bestValidUsed[c], level);
                    }
                }
                else
                {
                    _bestInvalid[c] = Math.Max(_bestInvalid[c], level);
                }
            }

            for (int a = pc.AspirationStart[p], end = pc.AspirationStart[p + 1]; a < end; a++)
            {
                var c = pc.AspirationCompetence[a];
                if (count[c] == 0)
                {
                    continue;
                }

                Meet(c, person, ref touched);

                _flags[c] |= 2;
            }

            var share = pc.Share[p];
            for (var i = 0; i < touched; i++)
            {
                var c = _touched[i];
                _holderStamp[c] = node;
                int bvu = _bestValidUsed[c], bv = _bestValid[c], bi = _bestInvalid[c], flags = _flags[c];
                for (int s = layout.First[c], end = s + count[c]; s < end; s++)
                {
                    Touch(s, node);
                    var level = layout.SlotLevel[s];

                    // The specification's order of classes (LineEngine.Summary.Decide).
                    if (bvu >= level)
                    {
                        _used[s] += share;
                        _heads[s]++;
                        _people[s]++;
                    }
                    else if (bv >= level)
                    {
                        _unused[s] += share;
                        _heads[s]++;
                        _people[s]++;
                    }
                    else if ((bv > 0 && bv >= level - _reach) || bi >= level || flags != 0)
                    {
                        _developable[s] += share;
                        _people[s]++;
                    }
                }
            }
        }

        // Emit, in slot order, every slot with a requirement or a holder of its competence.
        var k = layout.Space.Count;
        var lines = 0;
        for (var s = 0; s < k; s++)
        {
            if (_slotStamp[s] == node && (_required[s] || _holderStamp[layout.SlotCompetence[s]] == node))
            {
                lines++;
            }
        }

        if (lines == 0)
        {
            return NodeLines.None;
        }

        var slots = new int[lines];
        var figures = new GapFigures[lines];
        var minHeads = new int[lines];
        var fragile = new bool[lines];
        var j = 0;
        for (var s = 0; s < k && j < lines; s++)
        {
            if (_slotStamp[s] != node || !(_required[s] || _holderStamp[layout.SlotCompetence[s]] == node))
            {
                continue;
            }

            var f = GapFigures.Line(_amount[s], _used[s], _unused[s], _developable[s], _heads[s], _people[s]);
            var heads = _statedHeads[s] >= 0 ? _statedHeads[s] : _defaultMinHeads;
            slots[j] = s;
            figures[j] = f;
            minHeads[j] = heads;
            fragile[j] = _amount[s] > 0 && f.Gap == f.Mobilise && _heads[s] < heads;
            j++;
        }

        return new NodeLines(slots, figures, minHeads, fragile);
    }

    /// <summary>Computes a node's result from its input and its children's results (which must be there).</summary>
    public NodeResult Compute(Organisation org, NodeInput input, int node, NodeResult[] results)
    {
        var own = Own(input);
        var children = org.ChildIndexes(node);
        return new NodeResult(own, Rollup(own, children.Length, i => results[children[i]].Partial));
    }

    /// <summary>A node's partial: its own lines plus its children's partials, by adding dense arrays slot by slot.</summary>
    public GapPartial Rollup(NodeLines own, int childCount, Func<int, GapPartial> child)
    {
        var space = _layout.Space;
        if (childCount == 0)
        {
            return own.Count == 0 ? GapPartial.EmptyIn(space) : new GapPartial(space, own.Slots, own.Figures, OnesFor(own.Count));
        }

        if (childCount == 1 && own.Count == 0)
        {
            return child(0);
        }

        if (_merge == int.MaxValue)
        {
            Array.Clear(_mergeStamp);
            _merge = 0;
        }

        var m = ++_merge;
        for (var i = 0; i < own.Count; i++)
        {
            Add(own.Slots[i], own.Figures[i], 1, m);
        }

        for (var c = 0; c < childCount; c++)
        {
            child(c).AddTo(space, this, m);
        }

        return Gather(space, m);
    }

    /// <summary>Adds an entry to the roll-up accumulators of merge <paramref name="m"/>.</summary>
    public void Add(int slot, GapFigures figures, int lines, int m)
    {
        if (_mergeStamp[slot] != m)
        {
            _mergeStamp[slot] = m;
            _sum[slot] = figures;
            _lines[slot] = lines;
        }
        else
        {
            _sum[slot] += figures;
            _lines[slot] += lines;
        }
    }

    /// <summary>Gets a shared array of ones at least <paramref name="count"/> long (line counts of a node's own lines).</summary>
    internal static int[] OnesFor(int count) => count <= Ones.Length ? Ones : [.. Enumerable.Repeat(1, count)];

    private GapPartial Gather(GapKeySpace space, int m)
    {
        var n = 0;
        for (var s = 0; s < _mergeStamp.Length; s++)
        {
            if (_mergeStamp[s] == m)
            {
                n++;
            }
        }

        var slots = new int[n];
        var figures = new GapFigures[n];
        var lines = new int[n];
        var j = 0;
        for (var s = 0; s < _mergeStamp.Length && j < n; s++)
        {
            if (_mergeStamp[s] == m)
            {
                slots[j] = s;
                figures[j] = _sum[s];
                lines[j] = _lines[s];
                j++;
            }
        }

        return new GapPartial(space, slots, figures, lines);
    }

    /// <summary>Starts a person's summary of competence <paramref name="c"/> the first time one of their holdings or
    /// aspirations names it, so holdings and aspirations share one summary per person and competence.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Meet(int c, int person, ref int touched)
    {
        if (_personStamp[c] != person)
        {
            _personStamp[c] = person;
            _bestValidUsed[c] = _bestValid[c] = _bestInvalid[c] = 0;
            _flags[c] = 0;
            _touched[touched++] = c;
        }
    }

    private void Touch(int slot, int node)
    {
        if (_slotStamp[slot] != node)
        {
            _slotStamp[slot] = node;
            _used[slot] = _unused[slot] = _developable[slot] = _amount[slot] = 0;
            _heads[slot] = _people[slot] = 0;
            _statedHeads[slot] = -1;
            _required[slot] = false;
        }
    }

    private void ComputeSubtree(PlanColumns columns, Func<int, NodeInput> input, int top, NodeResult[] results)
    {
        // Reverse pre-order over the sub-tree's range: every child before its parent.
        for (var p = columns.SubtreeEnd[top] - 1; p >= columns.PreorderPosition[top]; p--)
        {
            var node = columns.Preorder[p];
            results[node] = Compute(columns.Organisation, input(node), node, results);
        }
    }
}
