using ReKs.Competence.Model;

namespace ReKs.Competence.Wheel;

/// <summary>A ring or an owner role as a wheel declares it: its identifier, which activities refer to, and the name the
/// wheel gives it, if any.</summary>
/// <remarks>A wheel's own names win over the built-in vocabulary (<see cref="WheelVocabulary"/>), which stays the fallback
/// for a term the wheel declares without a name; a term neither names is shown by its identifier.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class WheelTerm
{
    /// <summary>Initializes a new instance of the <see cref="WheelTerm"/> class.</summary>
    /// <param name="id">The identifier, as activities write it (<see cref="WheelActivity.Ring"/>, <see cref="WheelActivity.OwnerRole"/>).</param>
    /// <param name="name">The name in Norwegian bokmål and English, or <see langword="null"/> to use the built-in vocabulary's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <remarks>A blank identifier is reported by the wheel that declares the term, with its position.</remarks>
    public WheelTerm(string id, LocalizedText? name = null)
    {
        Id = Guard.Against.Null(id, nameof(id));
        Name = name;
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name the wheel gives, or <see langword="null"/> when it gives none.</summary>
    public LocalizedText? Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name is { } n ? $"{Id} ({n.Norwegian})" : Id;
}
