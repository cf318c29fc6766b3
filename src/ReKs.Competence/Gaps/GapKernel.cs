using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

/// <summary>What one line's figures are computed from: the amount, the supplies, heads and people (40 bytes, where
/// its <see cref="GapFigures"/> take 80: the gap, the needs and the surplus follow from these by
/// <see cref="GapFigures.Line"/>, so a line keeps only these and computes the rest when read).</summary>
internal readonly struct LineInputs(long amount, long used, long unused, long developable, int heads, int people)
{
    public long Amount { get; } = amount;

    public long Used { get; } = used;

    public long Unused { get; } = unused;

    public long Developable { get; } = developable;

    public int Heads { get; } = heads;

    public int People { get; } = people;

    /// <summary>Computes the line's figures.</summary>
    public GapFigures Figures() => GapFigures.Line(Amount, Used, Unused, Developable, Heads, People);
}

/// <summary>One node's own lines as columns over key slots, ordered by slot (that is, by key).</summary>
/// <remarks>The slots are the node's own array; the lines' inputs, minimum heads and fragility are a range of arrays that
/// may hold the lines of many nodes (<see cref="LineArena"/>), starting at <see cref="Offset"/>.</remarks>
internal sealed class NodeLines(int[] slots, LineInputs[] inputs, int[] minHeads, bool[] fragile, int offset)
{
    /// <summary>Gets the lines of a node with none.</summary>
    public static NodeLines None { get; } = new([], Array.Empty<LineInputs>(), [], [], 0);

    /// <summary>Gets each line's key slot, ascending; exactly <see cref="Count"/> long.</summary>
    public int[] Slots { get; } = slots;

    /// <summary>Gets the array that holds the lines' inputs from <see cref="Offset"/> on.</summary>
    public LineInputs[] InputArray { get; } = inputs;

    /// <summary>Gets where this node's lines start in <see cref="InputArray"/>, <see cref="MinHeadsArray"/> and <see cref="FragileArray"/>.</summary>
    public int Offset { get; } = offset;

    /// <summary>Gets the array that holds the lines' minimum heads from <see cref="Offset"/> on.</summary>
    public int[] MinHeadsArray { get; } = minHeads;

    /// <summary>Gets the array that holds whether each line is fragile, from <see cref="Offset"/> on.</summary>
    public bool[] FragileArray { get; } = fragile;

    /// <summary>Gets the number of lines.</summary>
    public int Count => Slots.Length;

    /// <summary>Gets line <paramref name="i"/>'s figures.</summary>
    public GapFigures FiguresAt(int i) => InputArray[Offset + i].Figures();

    /// <summary>Gets line <paramref name="i"/>'s minimum heads.</summary>
    public int MinHeadsAt(int i) => MinHeadsArray[Offset + i];

    /// <summary>Gets whether line <paramref name="i"/> is fragile.</summary>
    public bool FragileAt(int i) => FragileArray[Offset + i];
}

/// <summary>
/// Where one thread's analysis writes its lines (and partials' sums): a few large arrays, each holding the lines of
/// many nodes, instead of small arrays per node. The result survives the analysis, and large arrays are not copied by
/// the collections of the young generations while it is built, as small ones would be, twice.
/// </summary>
internal sealed class LineArena
{
    // 16 384 entries: 0.7 MB of line inputs (40 bytes each), 1.3 MB of partial sums (80 bytes), on the large-object heap.
    // The first arrays are smaller, doubling up to that size, so that a small plan's analysis does not take megabytes.
    private const int ChunkLines = 16_384;

    private Chunks<LineInputs> _inputs = new();
    private LineInputs[] _inputsOfMinHeads = [];
    private int[] _minHeads = [];
    private bool[] _fragile = [];
    private Chunks<GapFigures> _sums = new();

    /// <summary>Takes <paramref name="lines"/> entries for lines in one array each (new ones when the current are full);
    /// the caller writes every one of them from the returned offset before reading any.</summary>
    public int Take(int lines, out LineInputs[] inputs, out int[] minHeads, out bool[] fragile)
    {
        var offset = _inputs.Take(lines, out inputs);
        if (!ReferenceEquals(inputs, _inputsOfMinHeads))
        {
            // A new chunk of inputs (chunks of one size follow each other, so its length does not tell): minimum heads
            // and fragility follow it, entry for entry.
            _inputsOfMinHeads = inputs;
            _minHeads = GC.AllocateUninitializedArray<int>(inputs.Length);
            _fragile = GC.AllocateUninitializedArray<bool>(inputs.Length);
        }

        minHeads = _minHeads;
        fragile = _fragile;
        return offset;
    }

    /// <summary>Takes <paramref name="entries"/> entries for a partial's sums in one array (a new one when the current
    /// is full); the caller writes every one of them from the returned offset before reading any.</summary>
    public int TakeSums(int entries, out GapFigures[] sums) => _sums.Take(entries, out sums);

    /// <summary>Entries taken from the end of the current array, and a new array (twice the last, up to
    /// <see cref="ChunkLines"/>, or as large as one request) when it is full.</summary>
    private struct Chunks<T>()
    {
        private int _next = 256;
        private T[] _array = [];
        private int _used;

        public int Take(int entries, out T[] array)
        {
            if (_used + entries > _array.Length)
            {
                var n = Math.Max(_next, entries);
                _next = Math.Min(_next * 2, ChunkLines);

                // Every entry taken is written before it is read, so no zeroing is needed.
                _array = GC.AllocateUninitializedArray<T>(n);
                _used = 0;
            }

            array = _array;
            var offset = _used;
            _used += entries;
            return offset;
        }
    }
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
    private readonly CompetenceState[] _competence;
    private readonly int[] _touched;

    // Per slot: the current node's accumulators.
    private readonly SlotState[] _slot;

    // Per slot: the roll-up's accumulators.
    private readonly int[] _mergeStamp;
    private readonly GapFigures[] _sum;
    private readonly int[] _lines;

    // The roll-up adds figures as vectors of longs without checking each sum; every sum is ORed in here and checked
    // once per partial: figures are never negative, so a sum that overflowed has a sign bit set (see PairLane).
    private Vector256<long> _overflow0;
    private Vector256<long> _overflow1;
    private Vector128<long> _overflow2;

    // Per node: the slots touched, which are exactly its lines (a bit per slot, so that the lines come out in slot
    // order without a scan of every slot), their number, and, while emitting, its lines' slots.
    private readonly ulong[] _touchedMask;
    private readonly int[] _slotScratch;
    private int _touchedSlots;

    // Where lines and partials are written during a whole analysis; null for a what-if, whose few lines get arrays of their own.
    private readonly LineArena? _arena;

    // Whether the roll-up may add as vectors (see PairLane); false only where a test asks for the checked path.
    private readonly bool _vectors;

    private int _person;
    private int _node;
    private int _merge;

    /// <summary>Creates a kernel (its scratch buffers) for one thread.</summary>
    /// <param name="layout">The key layout.</param>
    /// <param name="competences">The number of interned competences.</param>
    /// <param name="t">The as-of date.</param>
    /// <param name="options">The options.</param>
    /// <param name="arena">Where to write the lines of many nodes (a whole analysis), or <see langword="null"/> for arrays per node.</param>
    /// <param name="vectors">Whether the roll-up adds as vectors where they are accelerated; <see langword="false"/> takes the
    /// checked path that machines without them run, so that a test can compare the two on any machine.</param>
    public GapKernel(KeyLayout layout, int competences, LocalDate t, GapOptions options, LineArena? arena = null, bool vectors = true)
    {
        _arena = arena;
        _vectors = vectors;
        _layout = layout;
        _date = t;
        _options = options;
        _t = DayNumber.Of(t);
        _reach = options.DevelopReach;
        _defaultMinHeads = options.MinHeads;
        _competence = new CompetenceState[competences];
        _touched = new int[competences];
        var k = layout.Space.Count;
        _slot = new SlotState[k];
        _mergeStamp = new int[k];
        _sum = new GapFigures[k];
        _lines = new int[k];
        _slotScratch = new int[k];
        _touchedMask = new ulong[(k + 63) >> 6];
    }

    /// <summary>Gets this thread's kernel for a layout, date and options, reusing its buffers between what-ifs.</summary>
    public static GapKernel Reused(KeyLayout layout, int competences, LocalDate t, GapOptions options)
    {
        var k = t_reused;
        if (k is null || k._layout != layout || k._date != t || k._options != options || k._competence.Length != competences)
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

        // Largest sub-trees first, each thread taking the next one as it finishes the last (greedy, longest first): the
        // threads end together unless one sub-tree is more than a thread's share. Parallel.For's partitioner handed out
        // ranges of sub-trees and left one thread with two thirds of the work at a sixteenth of the nation.
        var tasks = org.ChildIndexes(root).ToArray();
        var work = new long[tasks.Length];
        var holdingStart = columns.People.HoldingStart;
        for (var i = 0; i < tasks.Length; i++)
        {
            for (var p = columns.PreorderPosition[tasks[i]]; p < columns.SubtreeEnd[tasks[i]]; p++)
            {
                var v = columns.Preorder[p];
                work[i] -= holdingStart[columns.PeopleStart[v + 1]] - holdingStart[columns.PeopleStart[v]] + 1;
            }
        }

        Array.Sort(work, tasks);
        var next = -1;
        void Work()
        {
            var kernel = new GapKernel(layout, competences, t, options, new LineArena());
            for (var i = Interlocked.Increment(ref next); i < tasks.Length; i = Interlocked.Increment(ref next))
            {
                kernel.ComputeSubtree(columns, input, tasks[i], results);
            }
        }

        var helpers = parallel ? Math.Min(Environment.ProcessorCount, tasks.Length) - 1 : 0;
        var running = new Task[Math.Max(0, helpers)];
        for (var h = 0; h < running.Length; h++)
        {
            running[h] = Task.Run(Work);
        }

        // Every helper has ended before the analysis returns or throws, so none writes into a failed analysis's results,
        // and the first failure is thrown as itself whichever thread met it (a helper's would otherwise arrive wrapped).
        ExceptionDispatchInfo? failure = null;
        try
        {
            Work();
        }
        catch (Exception e)
        {
            Interlocked.Exchange(ref next, tasks.Length);
            failure = ExceptionDispatchInfo.Capture(e);
        }

        foreach (var task in running)
        {
            try
            {
                task.Wait();
            }
            catch (AggregateException e)
            {
                failure ??= ExceptionDispatchInfo.Capture(e.InnerExceptions[0]);
            }
        }

        failure?.Throw();

        var last = new GapKernel(layout, competences, t, options, new LineArena());
        results[root] = last.Compute(org, input(root), root, results);
        return results;
    }

    /// <summary>Computes one node's own lines.</summary>
    public NodeLines Own(NodeInput input)
    {
        if (_node == int.MaxValue || _person > int.MaxValue - (input.PeopleEnd - input.PeopleStart))
        {
            // The stamps would run out (a kernel reused for very many what-ifs): start them again from clean buffers.
            Array.Clear(_competence);
            Array.Clear(_slot);
            _node = _person = 0;
        }

        var node = ++_node;
        _touchedSlots = 0;
        Array.Clear(_touchedMask);
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

            ref var a = ref Touch(slot, node);
            a.Amount = Math.Max(a.Amount, rc.Amount[r]);
            a.StatedHeads = Math.Max(a.StatedHeads, rc.MinHeads[r]);
        }

        People(input, node);
        return Emit(node);
    }

    /// <summary>Accumulates a node's people into the slots' buffers: the pass over holdings, the hot loop of an analysis.</summary>
    /// <remarks>Whether a holding is valid, and which class a person falls in at a level, depends on the data and
    /// cannot be predicted: both are computed without branches (each condition as 0 or 1, each sum added a masked share).</remarks>
    private void People(NodeInput input, int node)
    {
        // Locals, not fields, inside the loops: the JIT keeps them in registers.
        var pc = input.People;
        var starts = pc.Starts;
        var leaves = pc.Leaves;
        var holdingStart = pc.HoldingStart;
        var holdingCompetence = pc.HoldingCompetence;
        var holdingLevel = pc.HoldingLevel;
        var holdingUsed = pc.HoldingUsed;
        var holdingFrom = pc.HoldingFrom;
        var holdingUntil = pc.HoldingUntil;
        var aspirationStart = pc.AspirationStart;
        var aspirationCompetence = pc.AspirationCompetence;
        var shares = pc.Share;
        var count = _layout.Count;
        var first = _layout.First;
        var slotLevel = _layout.SlotLevel;
        var state = _competence;
        var touchedList = _touched;
        var slots = _slot;
        var t = _t;
        var reach = _reach;
        var person = _person;
        for (var p = input.PeopleStart; p < input.PeopleEnd; p++)
        {
            if (starts[p] > t || leaves[p] <= t)
            {
                continue;
            }

            person++;
            var touched = 0;
            for (int h = holdingStart[p], end = holdingStart[p + 1]; h < end; h++)
            {
                var c = holdingCompetence[h];
                if (count[c] == 0)
                {
                    continue;
                }

                // A person's summary of a competence starts the first time one of their holdings or aspirations names it.
                ref var cs = ref state[c];
                if (cs.Person != person)
                {
                    cs.Person = person;
                    cs.BestValidUsed = cs.BestValid = cs.BestInvalid = cs.Flags = 0;
                    touchedList[touched++] = c;
                }

                // Level 0 (unassessed) only sets the flag: as a valid or invalid level it changes no maximum.
                int level = holdingLevel[h];
                var valid = Bit(holdingFrom[h] <= t) & Bit(holdingUntil[h] >= t);
                var validLevel = level & -valid;
                cs.BestValid = Math.Max(cs.BestValid, validLevel);
                cs.BestValidUsed = Math.Max(cs.BestValidUsed, validLevel & -Bit(holdingUsed[h]));
                cs.BestInvalid = Math.Max(cs.BestInvalid, level & (valid - 1));
                cs.Flags |= Bit(level == 0);
            }

            for (int a = aspirationStart[p], end = aspirationStart[p + 1]; a < end; a++)
            {
                var c = aspirationCompetence[a];
                if (count[c] == 0)
                {
                    continue;
                }

                ref var cs = ref state[c];
                if (cs.Person != person)
                {
                    cs.Person = person;
                    cs.BestValidUsed = cs.BestValid = cs.BestInvalid = cs.Flags = 0;
                    touchedList[touched++] = c;
                }

                cs.Flags |= 2;
            }

            long share = shares[p];
            for (var i = 0; i < touched; i++)
            {
                var c = touchedList[i];
                ref var cs = ref state[c];
                int bvu = cs.BestValidUsed, bv = cs.BestValid, bi = cs.BestInvalid;
                var flagged = Bit(cs.Flags != 0);
                var someValid = Bit(bv > 0);
                for (int s = first[c], end = s + count[c]; s < end; s++)
                {
                    ref var a = ref slots[s];
                    if (a.Node != node)
                    {
                        a = ref Touch(s, node);
                    }

                    var level = slotLevel[s];

                    // The specification's order of classes (LineEngine.Summary.Decide): used when a valid used holding
                    // reaches the level, else unused when a valid one does (bvu <= bv, so used implies qualified), else
                    // developable when close enough, invalid at the level, unassessed or aspired.
                    var qualified = Bit(bv >= level);
                    var inUse = Bit(bvu >= level);
                    var developable = (1 - qualified) & ((someValid & Bit(bv >= level - reach)) | Bit(bi >= level) | flagged);
                    a.Used += share & -(long)inUse;
                    a.Unused += share & -(long)(qualified - inUse);
                    a.Developable += share & -(long)developable;
                    a.Heads += qualified;
                    a.People += qualified | developable;
                }
            }
        }

        _person = person;
    }

    /// <summary>Writes, in slot order, every slot with a requirement or a holder of its competence as a line.</summary>
    /// <remarks>Those are exactly the slots touched for the node: a requirement that applies touches its slot, and a
    /// person whose holding or aspiration names a competence (a holder of it) touches every slot of that competence,
    /// and nothing else does. So the lines are the touched slots, taken from their bits in slot order.</remarks>
    private NodeLines Emit(int node)
    {
        var n = _touchedSlots;
        if (n == 0)
        {
            return NodeLines.None;
        }

        var slots = _slot;
        var scratch = _slotScratch;
        var mask = _touchedMask;
        var j = 0;
        for (var w = 0; w < mask.Length; w++)
        {
            for (var bits = mask[w]; bits != 0; bits &= bits - 1)
            {
                scratch[j++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
            }
        }

        if (j != n)
        {
            throw new InvalidOperationException($"A node touched {n} slots but marked {j}.");
        }

        LineInputs[] inputs;
        int[] minHeads;
        bool[] fragile;
        var offset = 0;
        if (_arena is { } arena)
        {
            offset = arena.Take(n, out inputs, out minHeads, out fragile);
        }
        else
        {
            inputs = new LineInputs[n];
            minHeads = new int[n];
            fragile = new bool[n];
        }

        for (j = 0; j < n; j++)
        {
            ref var a = ref slots[scratch[j]];
            // Fragile: required, the whole gap met by mobilising, and fewer qualified heads than the minimum.
            var heads = a.StatedHeads >= 0 ? a.StatedHeads : _defaultMinHeads;
            inputs[offset + j] = new LineInputs(a.Amount, a.Used, a.Unused, a.Developable, a.Heads, a.People);
            minHeads[offset + j] = heads;
            fragile[offset + j] = a.Amount > 0 && GapFigures.MobilisingMeetsGap(a.Amount, a.Used, a.Unused) && a.Heads < heads;
        }

        return new NodeLines(scratch.AsSpan(0, n).ToArray(), inputs, minHeads, fragile, offset);
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
            return own.Count == 0 ? GapPartial.EmptyIn(space) : new GapPartial(space, own.Slots, own.InputArray, own.Offset, OnesFor(own.Count));
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
        _overflow0 = _overflow1 = Vector256<long>.Zero;
        _overflow2 = Vector128<long>.Zero;
        AddLines(own.Slots, own.InputArray.AsSpan(own.Offset, own.Count), default, m);

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

    /// <summary>Adds entries to the roll-up accumulators of merge <paramref name="m"/>: the figures of each slot in
    /// <paramref name="slots"/>, with its line count (one each when <paramref name="lines"/> is empty).</summary>
    /// <remarks>The hot loop of the roll-up: the eleven figures are added as three vectors of longs (the two int
    /// figures share one long, see <see cref="PairLane"/>) instead of eleven checked additions, and the overflow check
    /// is made once for the whole partial in <see cref="Gather"/>.</remarks>
    public void AddRange(ReadOnlySpan<int> slots, ReadOnlySpan<GapFigures> figures, ReadOnlySpan<int> lines, int m)
    {
        if (PairLane < 0 || !_vectors)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                Add(slots[i], figures[i], lines.IsEmpty ? 1 : lines[i], m);
            }

            return;
        }

        var stamp = _mergeStamp;
        var sum = _sum;
        var count = _lines;
        var overflow0 = _overflow0;
        var overflow1 = _overflow1;
        var overflow2 = _overflow2;
        for (var i = 0; i < slots.Length; i++)
        {
            AddVector(stamp, sum, count, slots[i], in figures[i], lines.IsEmpty ? 1 : lines[i], m, ref overflow0, ref overflow1, ref overflow2);
        }

        _overflow0 = overflow0;
        _overflow1 = overflow1;
        _overflow2 = overflow2;
    }

    /// <summary>Adds lines to the roll-up accumulators of merge <paramref name="m"/>: the figures of each line's inputs
    /// at its slot in <paramref name="slots"/>, with its line count (one each when <paramref name="lines"/> is empty).</summary>
    /// <remarks>As <see cref="AddRange"/>, with each line's figures computed from its inputs first.</remarks>
    public void AddLines(ReadOnlySpan<int> slots, ReadOnlySpan<LineInputs> inputs, ReadOnlySpan<int> lines, int m)
    {
        if (PairLane < 0 || !_vectors)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                Add(slots[i], inputs[i].Figures(), lines.IsEmpty ? 1 : lines[i], m);
            }

            return;
        }

        var stamp = _mergeStamp;
        var sum = _sum;
        var count = _lines;
        var overflow0 = _overflow0;
        var overflow1 = _overflow1;
        var overflow2 = _overflow2;
        for (var i = 0; i < slots.Length; i++)
        {
            var f = inputs[i].Figures();
            AddVector(stamp, sum, count, slots[i], in f, lines.IsEmpty ? 1 : lines[i], m, ref overflow0, ref overflow1, ref overflow2);
        }

        _overflow0 = overflow0;
        _overflow1 = overflow1;
        _overflow2 = overflow2;
    }

    /// <summary>Adds one entry at slot <paramref name="s"/> for merge <paramref name="m"/> as three unchecked vector
    /// additions, ORing each sum into the overflow accumulators (the first entry of a merge at a slot is stored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddVector(
        int[] stamp, GapFigures[] sum, int[] count, int s, in GapFigures figures, int n, int m,
        ref Vector256<long> overflow0, ref Vector256<long> overflow1, ref Vector128<long> overflow2)
    {
        if (stamp[s] != m)
        {
            stamp[s] = m;
            sum[s] = figures;
            count[s] = n;
            return;
        }

        ref var to = ref Unsafe.As<GapFigures, long>(ref sum[s]);
        ref var from = ref Unsafe.As<GapFigures, long>(ref Unsafe.AsRef(in figures));
        var r0 = Vector256.LoadUnsafe(ref to) + Vector256.LoadUnsafe(ref from);
        var r1 = Vector256.LoadUnsafe(ref to, 4) + Vector256.LoadUnsafe(ref from, 4);
        var r2 = Vector128.LoadUnsafe(ref to, 8) + Vector128.LoadUnsafe(ref from, 8);
        r0.StoreUnsafe(ref to);
        r1.StoreUnsafe(ref to, 4);
        r2.StoreUnsafe(ref to, 8);
        overflow0 |= r0;
        overflow1 |= r1;
        overflow2 |= r2;
        count[s] += n;
    }

    /// <summary>Gets a shared array of ones at least <paramref name="count"/> long (line counts of a node's own lines).</summary>
    internal static int[] OnesFor(int count) => count <= Ones.Length ? Ones : [.. Enumerable.Repeat(1, count)];

    private GapPartial Gather(GapKeySpace space, int m)
    {
        if (((_overflow0 & SignMask0) | (_overflow1 & SignMask1)) != Vector256<long>.Zero || (_overflow2 & SignMask2) != Vector128<long>.Zero)
        {
            throw new OverflowException("A partial's figure exceeds the range of its type.");
        }

        var n = 0;
        for (var s = 0; s < _mergeStamp.Length; s++)
        {
            if (_mergeStamp[s] == m)
            {
                n++;
            }
        }

        var slots = new int[n];
        GapFigures[] figures;
        var offset = 0;
        if (_arena is { } arena)
        {
            offset = arena.TakeSums(n, out figures);
        }
        else
        {
            figures = new GapFigures[n];
        }

        var lines = new int[n];
        var j = 0;
        for (var s = 0; s < _mergeStamp.Length && j < n; s++)
        {
            if (_mergeStamp[s] == m)
            {
                slots[j] = s;
                figures[offset + j] = _sum[s];
                lines[j] = _lines[s];
                j++;
            }
        }

        return new GapPartial(space, slots, figures, offset, lines);
    }

    /// <summary>Starts a slot's accumulators for a node (once per node) and returns them.</summary>
    private ref SlotState Touch(int slot, int node)
    {
        ref var a = ref _slot[slot];
        if (a.Node != node)
        {
            a = default;
            a.Node = node;
            a.StatedHeads = -1;
            _touchedSlots++;
            _touchedMask[slot >> 6] |= 1UL << slot;
        }

        return ref a;
    }

    /// <summary>Which of the ten longs of a <see cref="GapFigures"/> holds its two int figures (heads and people), or -1
    /// when the figures are not ten longs so laid out, or vectors are not accelerated: then the roll-up adds with the
    /// checked operator.</summary>
    private static int PairLane { get; } = FindPairLane();

    // The sign bits of each long of a GapFigures: bit 63 of the nine long figures; bits 31 and 63 of the long that holds
    // the two ints (two non-negative ints add without a carry between them, and a sum past int.MaxValue sets its sign).
    private static Vector256<long> SignMask0 { get; } = Vector256.Create(SignMask(0), SignMask(1), SignMask(2), SignMask(3));

    private static Vector256<long> SignMask1 { get; } = Vector256.Create(SignMask(4), SignMask(5), SignMask(6), SignMask(7));

    private static Vector128<long> SignMask2 { get; } = Vector128.Create(SignMask(8), SignMask(9));

    // FindPairLane, not PairLane: the masks must not depend on the order the static initialisers appear in the file.
    private static long SignMask(int lane) => lane == FindPairLane() ? unchecked((long)0x8000_0000_8000_0000UL) : long.MinValue;

    private static int FindPairLane()
    {
        if (Unsafe.SizeOf<GapFigures>() != 10 * sizeof(long) || !Vector256.IsHardwareAccelerated || !Vector128.IsHardwareAccelerated)
        {
            return -1;
        }

        var probe = GapFigures.Line(0, 0, 0, 0, 1, 1);
        var lanes = MemoryMarshal.Cast<GapFigures, long>(new ReadOnlySpan<GapFigures>(in probe));
        var found = -1;
        for (var i = 0; i < lanes.Length; i++)
        {
            if (lanes[i] == 0)
            {
                continue;
            }

            if (lanes[i] != 0x1_0000_0001L || found >= 0)
            {
                return -1;
            }

            found = i;
        }

        return found;
    }

    /// <summary>A condition as 0 or 1, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(bool condition) => Unsafe.BitCast<bool, byte>(condition);

    private void ComputeSubtree(PlanColumns columns, Func<int, NodeInput> input, int top, NodeResult[] results)
    {
        // Reverse pre-order over the sub-tree's range: every child before its parent.
        for (var p = columns.SubtreeEnd[top] - 1; p >= columns.PreorderPosition[top]; p--)
        {
            var node = columns.Preorder[p];
            results[node] = Compute(columns.Organisation, input(node), node, results);
        }
    }

    /// <summary>What the current person has of one competence (valid while <see cref="Person"/> is the person's stamp).</summary>
    private struct CompetenceState
    {
        public int Person;
        public int BestValidUsed;
        public int BestValid;
        public int BestInvalid;
        public int Flags;
    }

    /// <summary>One slot's accumulators for the current node (valid while <see cref="Node"/> is the node's stamp).</summary>
    private struct SlotState
    {
        public long Used;
        public long Unused;
        public long Developable;
        public long Amount;
        public int Heads;
        public int People;
        public int StatedHeads;
        public int Node;
    }
}
