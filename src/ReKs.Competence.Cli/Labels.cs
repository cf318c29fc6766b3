using ReKs.Competence.Model;

namespace ReKs.Competence.Cli;

/// <summary>The tool's human-facing words in Norwegian bokmål and English.</summary>
internal static class Labels
{
    public static string T(this Lang lang, string nb, string en) => lang == Lang.En ? en : nb;

    public static Language Language(this Lang lang) => lang == Lang.En ? Model.Language.English : Model.Language.Norwegian;

    /// <summary>A unit by its name in the reader's language (ids are for typing, names for reading); the id when the plan has no such node.</summary>
    public static string NodeName(this Lang lang, CompetencePlan plan, NodeId node) =>
        plan.Organisation.Contains(node) ? plan.Organisation[node].Name.In(lang.Language()) : node.Value;

    /// <summary>Kroner with a narrow space between thousands and øre only when there are any; a decimal comma in nb.</summary>
    public static string Kroner(this Lang lang, decimal amount)
    {
        var text = amount.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture).Replace(",", "\u202F", StringComparison.Ordinal);
        return lang == Lang.Nb ? text.Replace('.', ',') : text;
    }

    public static string Component(this Lang lang, LaiComponents c) => c switch
    {
        LaiComponents.Knowledge => lang.T("Kunnskaper", "Knowledge"),
        LaiComponents.Skills => lang.T("Ferdigheter", "Skills"),
        LaiComponents.Abilities => lang.T("Evner", "Abilities"),
        LaiComponents.Attitudes => lang.T("Holdninger", "Attitudes"),
        _ => c.ToString(),
    };

    /// <summary>What a withheld regional figure says: only that it is withheld, never why.</summary>
    public static string Withheld(this Lang lang) => lang.T("skjermet av personvernhensyn", "withheld for privacy");

    /// <summary>The initials of a competence's components, attitudes as visible as knowledge: K F E H (nb) or K S A At (en).</summary>
    public static string ComponentMarks(this Lang lang, LaiComponents c)
    {
        var marks = new List<string>();
        foreach (var (flag, nb, en) in new[] { (LaiComponents.Knowledge, "K", "K"), (LaiComponents.Skills, "F", "S"), (LaiComponents.Abilities, "E", "Ab"), (LaiComponents.Attitudes, "H", "At") })
        {
            marks.Add(c.HasFlag(flag) ? lang.T(nb, en) : "·");
        }

        return string.Join(' ', marks);
    }
}
