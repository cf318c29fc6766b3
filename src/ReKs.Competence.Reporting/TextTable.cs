using System.Globalization;
using System.Text;

namespace ReKs.Competence.Reporting;

/// <summary>A table of text cells rendered as aligned columns for the terminal, or as Markdown.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly bool[] _right = new bool[headers.Length];

    /// <summary>Right-aligns the columns at the given positions (numbers).</summary>
    public TextTable RightAlign(params int[] columns)
    {
        foreach (var c in columns)
        {
            _right[c] = true;
        }

        return this;
    }

    /// <summary>Adds a row; control characters in a cell (a line break or an escape sequence in a name) are shown, not obeyed.</summary>
    public void Add(params object?[] cells) =>
        _rows.Add([.. cells.Select(c => Terminal.Safe(Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty))]);

    public int Count => _rows.Count;

    public string Render(bool markdown) => markdown ? Markdown() : Aligned();

    /// <summary>Renders the table as an HTML table, numbers right-aligned (cells encoded).</summary>
    public string Html()
    {
        var sb = new StringBuilder("<table>\n<thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            sb.Append(_right[i] ? "<th class=\"num\">" : "<th>").Append(Reporting.Html.Encode(headers[i])).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in _rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                sb.Append(_right[i] ? "<td class=\"num\">" : "<td>").Append(Reporting.Html.Encode(row[i])).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n").ToString();
    }

    private string Aligned()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var sb = new StringBuilder();
        void Line(string[] cells)
        {
            var parts = cells.Select((c, i) => _right[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]));
            sb.Append(string.Join("  ", parts).TrimEnd()).Append('\n');
        }

        Line(headers);
        sb.Append(string.Join("  ", widths.Select(w => new string('─', w)))).Append('\n');
        foreach (var row in _rows)
        {
            Line(row);
        }

        return sb.ToString();
    }

    private string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("| ").Append(string.Join(" | ", headers.Select(Escape))).Append(" |\n");
        sb.Append('|').Append(string.Join('|', _right.Select(r => r ? "---:" : "---"))).Append("|\n");
        foreach (var row in _rows)
        {
            sb.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Escapes a cell for a Markdown table row: the pipe that would end the cell, and the characters that would let a
    /// name pass HTML through a Markdown renderer (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>); cells are already one line.
    /// </summary>
    internal static string Escape(string cell) => cell
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal);
}
