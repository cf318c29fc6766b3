namespace ReKs.Competence;

/// <summary>The building blocks every core's rule set shares.</summary>
internal static class Rules
{
    /// <summary>Reports every element whose identifier an earlier element has (and every null element); returns the
    /// identifiers seen. <paramref name="suffix"/> names the identifier inside the element (<c>id</c> when none is given;
    /// an empty string for an element that is its own identifier).</summary>
    public static HashSet<TId> Unique<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, ProblemPath path, string what, List<Problem> problems, params string[] suffix)
        where TId : notnull
    {
        var first = new Dictionary<TId, int>();
        for (var n = 0; n < items.Count; n++)
        {
            if (items[n] is null)
            {
                problems.Add(new Problem(path.Then(n), ProblemKind.Missing, $"a {what} must not be null"));
                continue;
            }

            var key = id(items[n]);
            if (EqualityComparer<TId>.Default.Equals(key, default!))
            {
                continue; // an invalid identifier, reported where it was read
            }

            if (!first.TryAdd(key, n))
            {
                var at = path.Then(n);
                foreach (var name in suffix.Length == 0 ? ["id"] : suffix.Where(x => x.Length > 0))
                {
                    at = at.Then(name);
                }

                problems.Add(new Problem(at, ProblemKind.Duplicate, $"{what} '{key}' is defined twice (first at {path.Then(first[key])})"));
            }
        }

        return [.. first.Keys];
    }
}
