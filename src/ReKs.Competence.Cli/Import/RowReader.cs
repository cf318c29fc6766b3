using System.Globalization;
using System.Text.Json.Nodes;

namespace ReKs.Competence.Cli.Import;

/// <summary>Reads the typed fields of one CSV row, reporting every bad field with file, line and column.</summary>
internal readonly struct RowReader(CsvTable table, CsvRow row, List<ImportProblem> problems)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public int Line => row.Line;

    /// <summary>Gets the 1-based column of a field (one past the last column when the file lacks it).</summary>
    public int Column(string name) => table.IndexOf(name) is var i and >= 0 ? i + 1 : table.Header.Length + 1;

    /// <summary>Gets the trimmed text of a field, or <see langword="null"/> when it is empty or absent.</summary>
    public string? Text(string name)
    {
        var i = table.IndexOf(name);
        if (i < 0 || i >= row.Fields.Length)
        {
            return null;
        }

        var value = row.Fields[i].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>Gets a field that must not be empty.</summary>
    public string? Required(string name)
    {
        var value = Text(name);
        if (value is null && table.IndexOf(name) >= 0 && table.IndexOf(name) < row.Fields.Length)
        {
            Problem(name, $"{name} is empty; it is required");
        }

        return value;
    }

    /// <summary>Gets a field's text, reporting an empty required field.</summary>
    private string? Field(string name, bool required) => required ? Required(name) : Text(name);

    /// <summary>Reads a percentage or other decimal; a decimal comma is accepted when the file is <c>;</c>-separated.</summary>
    public decimal? Decimal(string name, bool required)
    {
        var text = Field(name, required);
        if (text is null)
        {
            return null;
        }

        var normal = text.TrimEnd('%').Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (table.Separator == ';')
        {
            normal = normal.Replace(',', '.');
        }

        if (normal.Length > 0 && char.IsAsciiDigit(normal[^1]) && decimal.TryParse(normal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var hint = table.Separator == ',' && text.Contains(',', StringComparison.Ordinal) ? " (a decimal comma needs a ';'-separated file; use a point)" : string.Empty;
        Problem(name, $"{name} '{text}' is not a number{hint}");
        return null;
    }

    /// <summary>Reads a whole number.</summary>
    public int? Integer(string name, bool required)
    {
        var text = Field(name, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(name, $"{name} '{text}' is not a whole number");
        return null;
    }

    /// <summary>Reads a date written yyyy-MM-dd or dd.MM.yyyy, as the document's yyyy-MM-dd.</summary>
    public string? Date(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        Problem(name, $"{name} '{text}' is not a date (yyyy-MM-dd or dd.MM.yyyy)");
        return null;
    }

    /// <summary>Reads yes/no in Norwegian or English (ja/nei, yes/no, true/false, 1/0).</summary>
    public bool? Boolean(string name, bool required)
    {
        var text = Field(name, required);
        if (text is null)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "ja" or "j" or "yes" or "y" or "true" or "sann" or "1" or "x":
                return true;
            case "nei" or "n" or "no" or "false" or "usann" or "0":
                return false;
            default:
                Problem(name, $"{name} '{text}' is not yes or no (ja/nei, yes/no, true/false, 1/0)");
                return null;
        }
    }

    /// <summary>Reads a list written with <c>|</c> between the items.</summary>
    public JsonArray? List(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        var array = new JsonArray();
        foreach (var item in text.Split('|', StringSplitOptions.TrimEntries))
        {
            if (item.Length == 0)
            {
                Problem(name, $"{name} '{text}' has an empty item; items are separated by '|'");
                return null;
            }

            array.Add(item);
        }

        return array;
    }

    public void Problem(string name, string message) => problems.Add(new ImportProblem(table.File, row.Line, Column(name), message));
}
