using System.Collections.Immutable;

namespace ReKs.Competence.Gaps;

/// <summary>A mergeable partial result: for each key, the sum of the figures of a set of lines (a node and its sub-tree, a municipality analysed on its own machine, …).</summary>
/// <remarks>
/// <para>Partials merge by addition only (<see cref="Merge"/>): merging in any order or grouping gives the same partial.
/// That is what lets an integrator analyse each municipality separately — with the whole plan's level sets, see
/// <see cref="GapLevelSets"/> — and merge the results into the regional one, equal to analysing the whole at once.
/// A key is present when at least one line has it, even when every figure is zero.</para>
/// <para>Two partials are equal when they have the same keys with the same figures and line counts.</para>
/// <para>Inside, a partial is dense arrays over the slots of a sorted key space; partials of one analysis, and of
/// shards analysed with the same <see cref="GapLevelSets"/>, share the space, so <see cref="MergeAll"/> adds them
/// slot by slot.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapPartial : IEquatable<GapPartial>
{
    private readonly GapKeySpace _space;
    private readonly int[] _slots;
    private readonly GapFigures[] _figures;
    private readonly int _offset;

    // A node without children has the partial of its own lines, which an analysis keeps as their inputs only (see
    // LineInputs): then the figures of entry i are _inputs[_offset + i].Figures() and _figures is empty.
    private readonly LineInputs[]? _inputs;
    private readonly int[] _lines;

    // A what-if changes a few entries of each ancestor's partial. Instead of copying the whole arrays (tens of kilobytes
    // for a municipality) a patched partial shares them and keeps the changed entries beside them: _patched holds the
    // changed positions (indices into _slots, ascending) with their figures and line counts. Patches of patches merge
    // their overlays; past MaxOverlay entries the arrays are copied once and the overlay starts empty again, so reads
    // stay O(log k) and a chain of what-ifs never grows without bound.
    private readonly int[]? _patched;
    private readonly GapFigures[]? _patchedFigures;
    private readonly int[]? _patchedLines;

    // The arrays are never written after construction; _lines may be longer than _slots (a shared array of ones).
    internal GapPartial(GapKeySpace space, int[] slots, GapFigures[] figures, int[] lines)
        : this(space, slots, figures, 0, lines)
    {
    }

    // The figures of entry i are figures[offset + i]: an analysis keeps the figures of many nodes in a few large arrays
    // (see LineArena), which the collector does not copy while the analysis is built.
    internal GapPartial(GapKeySpace space, int[] slots, GapFigures[] figures, int offset, int[] lines)
    {
        _space = space;
        _slots = slots;
        _figures = figures;
        _offset = offset;
        _lines = lines;
    }

    // The partial of a node's own lines, each line a LineInputs at inputs[offset + i] (a node without children).
    internal GapPartial(GapKeySpace space, int[] slots, LineInputs[] inputs, int offset, int[] lines)
        : this(space, slots, Array.Empty<GapFigures>(), offset, lines)
    {
        _inputs = inputs;
    }

    private GapPartial(GapPartial shared, int[] patched, GapFigures[] patchedFigures, int[] patchedLines)
        : this(shared._space, shared._slots, shared._figures, shared._offset, shared._lines)
    {
        _patched = patched;
        _patchedFigures = patchedFigures;
        _patchedLines = patchedLines;
        _inputs = shared._inputs;
    }

    private int MaxOverlay => Math.Max(256, _slots.Length / 4);

    /// <summary>The figures at position <paramref name="i"/> of the slots, the overlay first.</summary>
    private GapFigures FiguresAt(int i) =>
        _patched is not null && Array.BinarySearch(_patched, i) is var p and >= 0 ? _patchedFigures![p] : BaseAt(i);

    /// <summary>The figures at position <paramref name="i"/> of the slots, without the overlay.</summary>
    private GapFigures BaseAt(int i) => _inputs is null ? _figures[_offset + i] : _inputs[_offset + i].Figures();

    /// <summary>The line count at position <paramref name="i"/> of the slots, the overlay first.</summary>
    private int LinesAt(int i) =>
        _patched is not null && Array.BinarySearch(_patched, i) is var p and >= 0 ? _patchedLines![p] : _lines[i];

    /// <summary>Gets the partial of no lines.</summary>
    public static GapPartial Empty { get; } = new(GapKeySpace.Empty, [], [], []);

    /// <summary>Gets the keys that at least one line has, ordered.</summary>
    public IEnumerable<GapKey> Keys => _slots.Select(s => _space.Keys[s]);

    /// <summary>Gets the number of keys.</summary>
    public int Count => _slots.Length;

    /// <summary>Gets the summed figures of a key, or <see cref="GapFigures.Zero"/> when no line has it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The figures.</returns>
    public GapFigures this[GapKey key] => IndexOf(key) is var i and >= 0 ? FiguresAt(i) : GapFigures.Zero;

    /// <summary>Gets how many lines were summed for a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The number of lines.</returns>
    public int LineCount(GapKey key) => IndexOf(key) is var i and >= 0 ? LinesAt(i) : 0;

    /// <summary>Returns whether a line has the key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(GapKey key) => IndexOf(key) >= 0;

    /// <summary>Gets the net view of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The net figures (all zero when the key is absent).</returns>
    public NetFigures Net(GapKey key) => this[key].Net();

    /// <summary>Creates the partial of a set of lines.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public static GapPartial Of(IEnumerable<GapLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return Empty;
        }

        var space = GapKeySpace.Of(list.Select(l => l.Key));
        var sum = new GapFigures[space.Count];
        var count = new int[space.Count];
        foreach (var line in list)
        {
            var s = space.Find(line.Key);
            sum[s] += line.Figures;
            count[s]++;
        }

        return Gather(space, sum, count);
    }

    /// <summary>Merges two partials by adding figures key by key.</summary>
    /// <param name="other">The other partial.</param>
    /// <returns>The merged partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public GapPartial Merge(GapPartial other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Count == 0 ? this : Count == 0 ? other : MergeAll([this, other]);
    }

    /// <summary>Merges any number of partials.</summary>
    /// <param name="partials">The partials.</param>
    /// <returns>The merged partial.</returns>
    /// <remarks>Partials over one key space (of one analysis, or of shards analysed with the same level sets) are added
    /// as dense arrays slot by slot; others are first laid out on the union of their keys.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="partials"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public static GapPartial MergeAll(IEnumerable<GapPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var list = partials as IReadOnlyList<GapPartial> ?? [.. partials];
        GapKeySpace? space = null;
        var shared = true;
        foreach (var p in list)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(partials));
            if (p.Count == 0)
            {
                continue;
            }

            space ??= p._space;
            shared &= space.SameAs(p._space);
        }

        if (space is null)
        {
            return Empty;
        }

        if (!shared)
        {
            space = GapKeySpace.Of(list.Where(p => p.Count > 0).Select(p => p._space).Distinct().SelectMany(s => s.Keys));
        }

        var sum = new GapFigures[space.Count];
        var count = new int[space.Count];
        foreach (var p in list)
        {
            if (p.Count == 0)
            {
                continue;
            }

            var map = shared ? null : p._space.Keys.Select(space.Find).ToArray();
            for (var i = 0; i < p._slots.Length; i++)
            {
                var s = map is null ? p._slots[i] : map[p._slots[i]];
                sum[s] += p.FiguresAt(i);
                count[s] += p.LinesAt(i);
            }
        }

        return Gather(space, sum, count);
    }

    /// <inheritdoc/>
    public bool Equals(GapPartial? other)
    {
        if (other is null || Count != other.Count)
        {
            return false;
        }

        var same = _space.SameAs(other._space);
        for (var i = 0; i < _slots.Length; i++)
        {
            if ((same ? _slots[i] != other._slots[i] : _space.Keys[_slots[i]] != other._space.Keys[other._slots[i]])
                || FiguresAt(i) != other.FiguresAt(i) || LinesAt(i) != other.LinesAt(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GapPartial);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = Count;
        for (var i = 0; i < _slots.Length; i++)
        {
            h = HashCode.Combine(h, _space.Keys[_slots[i]], FiguresAt(i));
        }

        return h;
    }

    /// <summary>Compares two partials for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GapPartial? left, GapPartial? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two partials for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GapPartial? left, GapPartial? right) => !(left == right);

    /// <summary>Gets the key slots of this partial's entries in <paramref name="space"/>, ascending (its own array when the spaces are the same; never write to it).</summary>
    internal int[] SlotsIn(GapKeySpace space) =>
        Count == 0 ? [] : _space.SameAs(space) ? _slots : [.. _slots.Select(s => space.Find(_space.Keys[s]))];

    /// <summary>Gets the figures of the entry at a position of the slots.</summary>
    internal GapFigures FiguresAtPosition(int i) => FiguresAt(i);

    /// <summary>Gets the empty partial over a key space.</summary>
    internal static GapPartial EmptyIn(GapKeySpace space) => new(space, [], [], []);

    /// <summary>Adds this partial's entries to a kernel's roll-up accumulators laid out on <paramref name="space"/>.</summary>
    internal void AddTo(GapKeySpace space, GapKernel kernel, int merge)
    {
        var same = _space.SameAs(space);
        if (same && _patched is null)
        {
            // A partial of the same analysis (the roll-up's case): its arrays as they are, in one call.
            if (_inputs is null)
            {
                kernel.AddRange(_slots, _figures.AsSpan(_offset, _slots.Length), _lines.AsSpan(0, _slots.Length), merge);
            }
            else
            {
                kernel.AddLines(_slots, _inputs.AsSpan(_offset, _slots.Length), _lines.AsSpan(0, _slots.Length), merge);
            }

            return;
        }

        for (var i = 0; i < _slots.Length; i++)
        {
            var s = same ? _slots[i] : space.Find(_space.Keys[_slots[i]]);
            kernel.Add(s, FiguresAt(i), LinesAt(i), merge);
        }
    }

    /// <summary>Returns this partial with one node's own lines replaced: the old lines' figures taken out, the new ones' added; keys whose line count drops to zero disappear.</summary>
    /// <param name="removed">The node's old lines.</param>
    /// <param name="added">The node's new lines.</param>
    /// <param name="changes">The slots where they differ (<see cref="LineChange.Between"/>), computed once for the node and all its ancestors.</param>
    internal GapPartial Patch(NodeLines removed, NodeLines added, LineChange[] changes)
    {
        // Usually the keys stay the same (a what-if changes figures, not which keys the sub-tree has): then share the
        // arrays and overlay the changed entries. Otherwise merge the three sorted lists into new arrays.
        if (KeepsKeys(changes))
        {
            return changes.Length == 0 ? this : Overlay(changes);
        }

        var n = Walk(removed, added, null, null, null);
        var slots = new int[n];
        var merged = new GapFigures[n];
        var counts = new int[n];
        Walk(removed, added, slots, merged, counts);
        return new GapPartial(_space, slots, merged, counts);
    }

    /// <summary>This partial with the changes applied as an overlay on its shared arrays (or copied arrays, when the overlay would grow too large).</summary>
    private GapPartial Overlay(LineChange[] changes)
    {
        // The changes are in slot order, so their positions ascend; merge them with the existing overlay.
        var positions = new int[changes.Length];
        for (var c = 0; c < changes.Length; c++)
        {
            positions[c] = Array.BinarySearch(_slots, changes[c].Slot);
        }

        var old = _patched ?? [];
        var count = 0;
        for (int a = 0, b = 0; a < old.Length || b < positions.Length; count++)
        {
            var next = Math.Min(a < old.Length ? old[a] : int.MaxValue, b < positions.Length ? positions[b] : int.MaxValue);
            a += a < old.Length && old[a] == next ? 1 : 0;
            b += b < positions.Length && positions[b] == next ? 1 : 0;
        }

        if (count > MaxOverlay)
        {
            var figures = new GapFigures[_slots.Length];
            var lines = new int[_slots.Length];
            for (var i = 0; i < _slots.Length; i++)
            {
                figures[i] = FiguresAt(i);
                lines[i] = LinesAt(i);
            }

            for (var c = 0; c < changes.Length; c++)
            {
                var i = positions[c];
                figures[i] = figures[i] + changes[c].Added - changes[c].Removed;
                lines[i] += changes[c].Lines;
            }

            return new GapPartial(_space, _slots, figures, lines);
        }

        var patched = new int[count];
        var patchedFigures = new GapFigures[count];
        var patchedLines = new int[count];
        for (int a = 0, b = 0, j = 0; j < count; j++)
        {
            var next = Math.Min(a < old.Length ? old[a] : int.MaxValue, b < positions.Length ? positions[b] : int.MaxValue);
            var f = a < old.Length && old[a] == next ? _patchedFigures![a] : BaseAt(next);
            var n = a < old.Length && old[a] == next ? _patchedLines![a++] : _lines[next];
            if (b < positions.Length && positions[b] == next)
            {
                f = f + changes[b].Added - changes[b].Removed;
                n += changes[b].Lines;
                b++;
            }

            patched[j] = next;
            patchedFigures[j] = f;
            patchedLines[j] = n;
        }

        return new GapPartial(this, patched, patchedFigures, patchedLines);
    }

    private bool KeepsKeys(LineChange[] changes)
    {
        foreach (var c in changes)
        {
            var i = Array.BinarySearch(_slots, c.Slot);
            if (i < 0 ? c.Lines > 0 : LinesAt(i) + c.Lines <= 0)
            {
                return false;
            }
        }

        return true;
    }

    private int Walk(NodeLines removed, NodeLines added, int[]? slots, GapFigures[]? figures, int[]? lines)
    {
        int i = 0, r = 0, a = 0, j = 0;
        while (i < _slots.Length || a < added.Count)
        {
            var s = Math.Min(i < _slots.Length ? _slots[i] : int.MaxValue, a < added.Count ? added.Slots[a] : int.MaxValue);
            GapFigures f = default;
            var n = 0;
            if (i < _slots.Length && _slots[i] == s)
            {
                f = FiguresAt(i);
                n = LinesAt(i);
                i++;
            }

            if (r < removed.Count && removed.Slots[r] < s)
            {
                throw new InvalidOperationException("A line was taken out of a partial that never had its key.");
            }

            if (r < removed.Count && removed.Slots[r] == s)
            {
                f -= removed.FiguresAt(r);
                n--;
                r++;
            }

            if (a < added.Count && added.Slots[a] == s)
            {
                f += added.FiguresAt(a);
                n++;
                a++;
            }

            if (n > 0)
            {
                if (slots is not null)
                {
                    slots[j] = s;
                    figures![j] = f;
                    lines![j] = n;
                }

                j++;
            }
            else if (f != GapFigures.Zero)
            {
                throw new InvalidOperationException("A partial's key lost its last line but kept figures.");
            }
        }

        return r == removed.Count ? j : throw new InvalidOperationException("A line was taken out of a partial that never had its key.");
    }

    private int IndexOf(GapKey key) => _space.Find(key) is var slot and >= 0 ? Array.BinarySearch(_slots, slot) : -1;

    private static GapPartial Gather(GapKeySpace space, GapFigures[] sum, int[] count)
    {
        var n = 0;
        foreach (var c in count)
        {
            n += c > 0 ? 1 : 0;
        }

        var slots = new int[n];
        var figures = new GapFigures[n];
        var lines = new int[n];
        var j = 0;
        for (var s = 0; s < count.Length; s++)
        {
            if (count[s] > 0)
            {
                slots[j] = s;
                figures[j] = sum[s];
                lines[j] = count[s];
                j++;
            }
        }

        return new GapPartial(space, slots, figures, lines);
    }
}

/// <summary>How one slot of a node's own lines changed: the old line's figures (zero when new), the new one's (zero when gone), and the change in line count.</summary>
internal readonly struct LineChange(int slot, GapFigures removed, GapFigures added, int lines)
{
    public int Slot { get; } = slot;

    public GapFigures Removed { get; } = removed;

    public GapFigures Added { get; } = added;

    public int Lines { get; } = lines;

    /// <summary>The slots where two versions of a node's lines differ, in slot order.</summary>
    public static LineChange[] Between(NodeLines before, NodeLines after)
    {
        // Two passes, counting then writing, so that only the result is allocated (a what-if's hot path).
        var n = Walk(before, after, null);
        if (n == 0)
        {
            return [];
        }

        var result = new LineChange[n];
        Walk(before, after, result);
        return result;

        static int Walk(NodeLines before, NodeLines after, LineChange[]? result)
        {
            int b = 0, a = 0, n = 0;
            while (b < before.Count || a < after.Count)
            {
                var s = Math.Min(b < before.Count ? before.Slots[b] : int.MaxValue, a < after.Count ? after.Slots[a] : int.MaxValue);
                var had = b < before.Count && before.Slots[b] == s;
                var has = a < after.Count && after.Slots[a] == s;
                var old = had ? before.FiguresAt(b++) : GapFigures.Zero;
                var now = has ? after.FiguresAt(a++) : GapFigures.Zero;
                if (had != has || old != now)
                {
                    if (result is not null)
                    {
                        result[n] = new LineChange(s, old, now, (has ? 1 : 0) - (had ? 1 : 0));
                    }

                    n++;
                }
            }

            return n;
        }
    }
}
