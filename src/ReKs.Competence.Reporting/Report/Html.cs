using System.Globalization;
using System.Text;

namespace ReKs.Competence.Reporting;

/// <summary>Small helpers for writing safe HTML and SVG by hand.</summary>
internal static class Html
{
    /// <summary>Encodes text for HTML element content and quoted attribute values.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private static readonly NumberFormatInfo Norwegian = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3] };

    private static readonly NumberFormatInfo English = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = ",", NumberGroupSizes = [3] };

    /// <summary>Formats a number for the reader: a decimal comma and space grouping in Norwegian, a point in English
    /// (fixed formats, so the report does not depend on the machine's culture data).</summary>
    public static string Number(decimal value, Language lang, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), NumberFormat(lang));

    /// <summary>Gets the reader's number notation: in bokmål a decimal comma and a no-break space (U+00A0, the group
    /// separator of .NET's nb-NO culture) between thousands, in English a point and a comma. Kroner and every other
    /// number share it.</summary>
    public static NumberFormatInfo NumberFormat(Language lang) => lang == Language.English ? English : Norwegian;

    /// <summary>Formats a number for SVG coordinates (invariant, at most two decimals).</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A horizontal bar of <paramref name="value"/> out of <paramref name="max"/>, as inline SVG with a text alternative.</summary>
    public static string Bar(double value, double max, string cssClass, string label, int width = 120, int height = 12)
    {
        var w = max <= 0 ? 0 : Math.Clamp(value / max, 0, 1) * width;
        return $"<svg class=\"bar\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(label)}\"><rect class=\"track\" x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" rx=\"2\"/><rect class=\"{cssClass}\" x=\"0\" y=\"0\" width=\"{Svg(w)}\" height=\"{height}\" rx=\"2\"/></svg>";
    }
}
