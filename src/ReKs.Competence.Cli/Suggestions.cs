namespace ReKs.Competence.Cli;

/// <summary>"Did you mean": the known ids nearest to one that was mistyped, so a wrong <c>--node</c> or <c>--indicator</c> says what would work.</summary>
internal static class Suggestions
{
    /// <summary>Describes an unknown id: the nearest known ids by edit distance (at most five), or a few known ids when none is near.</summary>
    public static string For(string given, IEnumerable<string> known)
    {
        var all = known.Distinct(StringComparer.Ordinal).ToList();
        var limit = Math.Max(2, given.Length / 3);
        var near = all
            .Select(k => (Id: k, Distance: Distance(given.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= limit || k.Id.Contains(given, StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k.Distance).ThenBy(k => k.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(k => k.Id)
            .ToList();
        return near.Count > 0
            ? $"mente du / did you mean: {string.Join(", ", near)}"
            : $"kjente / known: {string.Join(", ", all.Order(StringComparer.Ordinal).Take(8))}{(all.Count > 8 ? ", …" : string.Empty)}";
    }

    /// <summary>The Levenshtein distance (insertions, deletions, substitutions), in two rows.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
