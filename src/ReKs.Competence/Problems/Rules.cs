namespace ReKs.Competence;

/// <summary>The building blocks every core's rule set shares.</summary>
internal static class Rules
{
    /// <summary>Reports every element whose identifier an earlier element has (and every null element); returns the
    /// identifiers seen. <paramref name="suffix"/> names the identifier inside the element (<c>id</c> when none is given;
    /// an empty string for an element that is its own identifier).</summary>
    public static HashSet<TId> Unique<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, ProblemPath path, string what, List<Problem> problems, params string[] suffix)
        where TId : notnull => Unique(items, id, path, (what, what), problems, suffix);

    /// <summary>Reports every element whose identifier (<paramref name="what"/>'s <c>Key</c>, as "period start") an
    /// earlier element has, and every null element as a missing <c>Element</c> ("period"); a <see langword="null"/>
    /// element name leaves null elements to another check of the same list, so each is reported once.</summary>
    public static HashSet<TId> Unique<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, ProblemPath path, (string Key, string? Element) what, List<Problem> problems, params string[] suffix)
        where TId : notnull
    {
        var first = new Dictionary<TId, int>();
        for (var n = 0; n < items.Count; n++)
        {
            if (items[n] is null)
            {
                if (what.Element is { } element)
                {
                    problems.Add(new Problem(path.Then(n), ProblemKind.Missing, $"{(element.Length > 0 && "aeiou".Contains(element[0], StringComparison.Ordinal) ? "an" : "a")} {element} must not be null"));
                }

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

                problems.Add(new Problem(at, ProblemKind.Duplicate, $"{what.Key} '{key}' is defined twice (first at {path.Then(first[key])})"));
            }
        }

        return [.. first.Keys];
    }
}
