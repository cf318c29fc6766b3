namespace ReKs.Competence.Documents;

/// <summary>One category of a JSON-stat dimension: its code, label and, for metric categories, unit and decimals.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class JsonStatCategory
{
    internal JsonStatCategory(string id, string label, string? unit, int? decimals)
    {
        Id = id;
        Label = label;
        Unit = unit;
        Decimals = decimals;
    }

    /// <summary>Gets the category code, e.g. <c>3407</c> or <c>2024</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the label, or the code when the dataset gives none.</summary>
    public string Label { get; }

    /// <summary>Gets the unit's base (SSB: <c>prosent</c>, <c>årsverk</c>), or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>Gets the number of decimals the source publishes, or <see langword="null"/>.</summary>
    public int? Decimals { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Label}";
}
