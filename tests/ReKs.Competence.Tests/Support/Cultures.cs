using System.Globalization;

namespace ReKs.Competence.Tests.Support;

/// <summary>Runs code in another current culture, for the tests that hold the library's texts to one culture.</summary>
internal static class Cultures
{
    /// <summary>Gets a Norwegian-like culture built by hand (the test machine may run in globalization-invariant mode,
    /// where nb-NO cannot be made): decimal comma, space for thousands, a true minus sign (U+2212), day-first dates.</summary>
    public static CultureInfo NorwegianLike
    {
        get
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NumberDecimalSeparator = ",";
            culture.NumberFormat.NumberGroupSeparator = " ";
            culture.NumberFormat.PercentDecimalSeparator = ",";
            culture.NumberFormat.NegativeSign = "\u2212";
            culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
            culture.DateTimeFormat.DateSeparator = ".";
            return culture;
        }
    }

    /// <summary>Runs <paramref name="run"/> with <paramref name="culture"/> as the current culture, and restores it.</summary>
    public static T RunIn<T>(CultureInfo culture, Func<T> run)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
