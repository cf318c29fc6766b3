using ReKs.Competence.Model;

namespace ReKs.Competence.Reporting;

/// <summary>The tool's human-facing words in Norwegian bokmål and English.</summary>
internal static class Labels
{
    public static string T(this Language lang, string nb, string en) => lang == Language.English ? en : nb;

    /// <summary>Kroner with øre only when there are any, grouped and with the decimal sign of every other number the
    /// reader sees (<see cref="Html.Number"/>: a no-break space and a decimal comma in nb, a comma and a point in en).</summary>
    public static string Kroner(this Language lang, decimal amount) => amount.ToString("#,0.##", Html.NumberFormat(lang));

    public static string Component(this Language lang, LaiComponents c) => c switch
    {
        LaiComponents.Knowledge => lang.T("Kunnskaper", "Knowledge"),
        LaiComponents.Skills => lang.T("Ferdigheter", "Skills"),
        LaiComponents.Abilities => lang.T("Evner", "Abilities"),
        LaiComponents.Attitudes => lang.T("Holdninger", "Attitudes"),
        _ => c.ToString(),
    };

    /// <summary>What a withheld regional figure says: only that it is withheld, never why.</summary>
    public static string Withheld(this Language lang) => lang.T("skjermet av personvernhensyn", "withheld for privacy");

    /// <summary>The initials of a competence's components, attitudes as visible as knowledge: K F E H (nb) or K S A At (en).</summary>
    public static string ComponentMarks(this Language lang, LaiComponents c)
    {
        var marks = new List<string>();
        foreach (var (flag, nb, en) in new[] { (LaiComponents.Knowledge, "K", "K"), (LaiComponents.Skills, "F", "S"), (LaiComponents.Abilities, "E", "Ab"), (LaiComponents.Attitudes, "H", "At") })
        {
            marks.Add(c.HasFlag(flag) ? lang.T(nb, en) : "·");
        }

        return string.Join(' ', marks);
    }
}
