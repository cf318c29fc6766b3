namespace ReKs.Competence.Reporting;

/// <summary>The reader's language, checked where it enters the library: an undefined value is refused, not read as bokmål.</summary>
internal static class Languages
{
    /// <summary>Returns <paramref name="language"/> when it is a defined language.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined language.</exception>
    public static Language Checked(Language language) =>
        Enum.IsDefined(language) ? language : throw new ArgumentOutOfRangeException(nameof(language), language, "The language is not a defined language (Norwegian or English).");
}
