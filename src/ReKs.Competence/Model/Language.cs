namespace ReKs.Competence.Model;

/// <summary>The languages of human-facing text.</summary>
public enum Language
{
    /// <summary>Norwegian bokmål, the default.</summary>
    Norwegian = 0,

    /// <summary>English.</summary>
    English = 1,
}
