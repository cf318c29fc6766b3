using System.Collections.Immutable;

namespace ReKs.Competence.Gaps;

/// <summary>A mergeable partial result: for each key, the sum of the figures of a set of lines (a node and its sub-tree, a municipality analysed on its own machine, …).</summary>
/// <remarks>
/// <para>Partials merge by addition only (<see cref="Merge"/>): merging in any order or grouping gives the same partial.
/// That is what lets an integrator analyse each municipality separately — with the whole plan's level sets, see
/// <see cref="GapLevelSets"/> — and merge the results into the regional one, equal to analysing the whole at once.
/// A key is present when at least one line has it, even when every figure is zero.</para>
/// <para>Two partials are equal when they have the same keys with the same figures and line counts.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GapPartial : IEquatable<GapPartial>
{
    private readonly ImmutableSortedDictionary<GapKey, (GapFigures Figures, int Lines)> _entries;

    internal GapPartial(ImmutableSortedDictionary<GapKey, (GapFigures Figures, int Lines)> entries) => _entries = entries;

    /// <summary>Gets the partial of no lines.</summary>
    public static GapPartial Empty { get; } = new(ImmutableSortedDictionary<GapKey, (GapFigures, int)>.Empty);

    /// <summary>Gets the keys that at least one line has, ordered.</summary>
    public IEnumerable<GapKey> Keys => _entries.Keys;

    /// <summary>Gets the number of keys.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the summed figures of a key, or <see cref="GapFigures.Zero"/> when no line has it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The figures.</returns>
    public GapFigures this[GapKey key] => _entries.TryGetValue(key, out var e) ? e.Figures : GapFigures.Zero;

    /// <summary>Gets how many lines were summed for a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The number of lines.</returns>
    public int LineCount(GapKey key) => _entries.TryGetValue(key, out var e) ? e.Lines : 0;

    /// <summary>Returns whether a line has the key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(GapKey key) => _entries.ContainsKey(key);

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
        var builder = ImmutableSortedDictionary.CreateBuilder<GapKey, (GapFigures, int)>();
        foreach (var line in lines)
        {
            builder[line.Key] = builder.TryGetValue(line.Key, out var e) ? (e.Item1 + line.Figures, e.Item2 + 1) : (line.Figures, 1);
        }

        return new GapPartial(builder.ToImmutable());
    }

    /// <summary>Merges two partials by adding figures key by key.</summary>
    /// <param name="other">The other partial.</param>
    /// <returns>The merged partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public GapPartial Merge(GapPartial other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._entries.Count > _entries.Count)
        {
            return other.Merge(this);
        }

        var builder = _entries.ToBuilder();
        foreach (var (key, e) in other._entries)
        {
            builder[key] = builder.TryGetValue(key, out var mine) ? (mine.Figures + e.Figures, mine.Lines + e.Lines) : e;
        }

        return new GapPartial(builder.ToImmutable());
    }

    /// <summary>Merges any number of partials.</summary>
    /// <param name="partials">The partials.</param>
    /// <returns>The merged partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partials"/> is <see langword="null"/>.</exception>
    public static GapPartial MergeAll(IEnumerable<GapPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        return partials.Aggregate(Empty, (a, b) => a.Merge(b));
    }

    /// <summary>Adds and removes line figures (an incremental update); keys whose line count drops to zero disappear.</summary>
    internal GapPartial Apply(IEnumerable<GapLine> removed, IEnumerable<GapLine> added)
    {
        var builder = _entries.ToBuilder();
        foreach (var line in removed)
        {
            var e = builder[line.Key];
            if (e.Lines == 1)
            {
                builder.Remove(line.Key);
            }
            else
            {
                builder[line.Key] = (e.Figures - line.Figures, e.Lines - 1);
            }
        }

        foreach (var line in added)
        {
            builder[line.Key] = builder.TryGetValue(line.Key, out var e) ? (e.Figures + line.Figures, e.Lines + 1) : (line.Figures, 1);
        }

        return new GapPartial(builder.ToImmutable());
    }

    /// <inheritdoc/>
    public bool Equals(GapPartial? other) =>
        other is not null && _entries.Count == other._entries.Count
        && _entries.All(kv => other._entries.TryGetValue(kv.Key, out var e) && e.Figures == kv.Value.Figures && e.Lines == kv.Value.Lines);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GapPartial);

    /// <inheritdoc/>
    public override int GetHashCode() => _entries.Aggregate(_entries.Count, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value.Figures));

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
}
