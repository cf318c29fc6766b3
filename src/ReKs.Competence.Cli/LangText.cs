using ReKs.Competence.Model;

namespace ReKs.Competence.Cli;

/// <summary>The tool's own messages in the language chosen with <c>--lang</c>; the words of its outputs live in the reporting library.</summary>
internal static class LangText
{
    /// <summary>Gets the bokmål or the English text.</summary>
    public static string T(this Lang lang, string nb, string en) => lang == Lang.En ? en : nb;

    /// <summary>Gets the library's language for the tool's.</summary>
    public static Language Language(this Lang lang) => lang == Lang.En ? Model.Language.English : Model.Language.Norwegian;
}

/// <summary>The reporting library's words for the tool's <see cref="Lang"/>, for the tool's own messages.</summary>
internal static class LangWords
{
    /// <summary>Writes one evidence disagreement in one line.</summary>
    public static string Disagreement(this Lang lang, CompetencePlan plan, EvidenceDisagreement d) => lang.Language().Disagreement(Views.PlanGlossary.Of(plan), d);
}
