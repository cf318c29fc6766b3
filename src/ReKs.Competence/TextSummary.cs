using System.Globalization;
using ReKs.Competence.Model;

namespace ReKs.Competence;

/// <summary>Shared wording of the one-line <c>ToString()</c> summaries: culture-invariant numbers, person-years, counts.</summary>
internal static class TextSummary
{
    /// <summary>Writes a position share as person-years with two decimals ("1.25").</summary>
    public static string PersonYears(PositionShare share) => share.FullTimeEquivalents.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Writes a count with its noun, singular or plural ("1 line", "3 lines").</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>Writes a number with up to three decimals and a true minus sign when negative ("-0.125").</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a date as ISO 8601 ("2026-09-01").</summary>
    public static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
