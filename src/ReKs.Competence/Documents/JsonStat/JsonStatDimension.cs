using System.Collections.Immutable;

namespace ReKs.Competence.Documents;

/// <summary>One dimension of a JSON-stat dataset: its code, label, role and ordered categories.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class JsonStatDimension
{
    private readonly Dictionary<string, int> _index;

    internal JsonStatDimension(string id, string label, string? role, ImmutableArray<JsonStatCategory> categories)
    {
        Id = id;
        Label = label;
        Role = role;
        Categories = categories;
        _index = categories.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Gets the dimension code, e.g. <c>KOKkommuneregion0000</c>, <c>ContentsCode</c>, <c>Tid</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the label, or the code when the dataset gives none.</summary>
    public string Label { get; }

    /// <summary>Gets the role the dataset gives it (<c>time</c>, <c>geo</c> or <c>metric</c>), or <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <summary>Gets the categories in the dataset's order.</summary>
    public ImmutableArray<JsonStatCategory> Categories { get; }

    /// <summary>Gets the position of a category, or −1.</summary>
    /// <param name="category">The category code.</param>
    /// <returns>The 0-based position, or −1 when the dimension has no such category.</returns>
    public int IndexOf(string category) => _index.TryGetValue(category, out var i) ? i : -1;

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Categories.Length})";
}
