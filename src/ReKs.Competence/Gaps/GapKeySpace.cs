namespace ReKs.Competence.Gaps;

/// <summary>The keys an analysis can have, sorted, so that a key is a dense slot number: partials and lines are arrays over slots.</summary>
/// <remarks>Immutable once built. Analyses of one plan and date, and shards analysed with the same <see cref="GapLevelSets"/>
/// object, share one space, which lets partials merge by adding arrays slot by slot.</remarks>
internal sealed class GapKeySpace
{
    private GapKeySpace(GapKey[] keys) => Keys = keys;

    /// <summary>Gets the space of no keys.</summary>
    public static GapKeySpace Empty { get; } = new([]);

    /// <summary>Gets the keys, ordered; a key's slot is its position.</summary>
    public GapKey[] Keys { get; }

    /// <summary>Gets the number of slots.</summary>
    public int Count => Keys.Length;

    /// <summary>Builds a space of distinct keys.</summary>
    public static GapKeySpace Of(IEnumerable<GapKey> keys)
    {
        var sorted = keys.Distinct().ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        Array.Sort(sorted);
        return new GapKeySpace(sorted);
    }

    /// <summary>Gets the slot of a key, or a negative number when the space has no such key.</summary>
    public int Find(GapKey key) => Array.BinarySearch(Keys, key);

    /// <summary>Returns whether two spaces hold the same keys in the same slots.</summary>
    public bool SameAs(GapKeySpace other) => ReferenceEquals(this, other) || Keys.AsSpan().SequenceEqual(other.Keys);
}
