namespace ReKs.Competence.Model;

/// <summary>A human-facing text in Norwegian bokmål, optionally with an English version.</summary>
/// <remarks>Two texts are equal when both versions are equal (ordinal).</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="norwegian">The Norwegian bokmål text.</param>
    /// <param name="english">The English text, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="norwegian"/> is empty or white space, or <paramref name="english"/> is white space.</exception>
    public LocalizedText(string norwegian, string? english = null)
    {
        Norwegian = Guard.Against.NullOrWhiteSpace(norwegian, nameof(norwegian));
        if (english is not null)
        {
            Guard.Against.NullOrWhiteSpace(english, nameof(english));
        }

        English = english;
    }

    /// <summary>Gets the Norwegian bokmål text.</summary>
    public string Norwegian { get; }

    /// <summary>Gets the English text, or <see langword="null"/> when there is none.</summary>
    public string? English { get; }

    /// <summary>Gets the text in a language, falling back to Norwegian when there is no English text.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text.</returns>
    public string In(Language language) => language == Language.English ? English ?? Norwegian : Norwegian;

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(Norwegian, other.Norwegian, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Norwegian, English);

    /// <summary>Returns the Norwegian text.</summary>
    /// <returns>The Norwegian text.</returns>
    public override string ToString() => Norwegian;

    /// <summary>Compares two texts for equality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns><see langword="true"/> when both versions are equal.</returns>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two texts for inequality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns><see langword="true"/> when the texts differ.</returns>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);
}
