using System.Globalization;
using System.Text;
using CsvHelper;

namespace ReKs.Competence.Cli.Import;

/// <summary>One row of a CSV table: its physical line and its fields.</summary>
internal sealed record CsvRow(int Line, string[] Fields);

/// <summary>A CSV table as an HR system exports it: a header line, then one record per row.</summary>
/// <remarks>The separator (<c>;</c> or <c>,</c>) is read from the header line; a file is decoded as it is read
/// (<see cref="ExportTextReader"/>), so only its rows are kept, never its text. Structure problems (an unknown or missing column, a row with too many or too few fields, a broken
/// quote) are reported, never skipped.</remarks>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, char separator, string[] header, List<CsvRow> rows)
    {
        File = file;
        Separator = separator;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    /// <summary>Gets the file name used in problem locations.</summary>
    public string File { get; }

    /// <summary>Gets the separator found in the header line.</summary>
    public char Separator { get; }

    public string[] Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Gets the 0-based index of a column, or -1 when the file does not have it.</summary>
    public int IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>Reads a table from text in memory and checks its header against the columns the table accepts.</summary>
    /// <param name="file">The file name for problem locations.</param>
    /// <param name="text">The file's content (a byte order mark is ignored).</param>
    /// <param name="required">Columns that must be present.</param>
    /// <param name="optional">Columns that may be present.</param>
    /// <param name="problems">Receives every structure problem.</param>
    /// <param name="progress">Called with the number of bytes (of the text's UTF-8 form) read so far.</param>
    public static CsvTable Read(string file, string text, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<ImportProblem> problems, Action<long>? progress = null)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var e and >= 0 ? e : text.Length));
        using var reader = new StringReader(text);
        return Read(file, reader, firstLine, required, optional, problems, progress);
    }

    /// <summary>Reads a table from a file as it is decoded (never holding the file's text whole) and checks its header.</summary>
    /// <param name="file">The file name for problem locations.</param>
    /// <param name="text">The decoded file, positioned after any byte order mark.</param>
    /// <param name="required">Columns that must be present.</param>
    /// <param name="optional">Columns that may be present.</param>
    /// <param name="problems">Receives every structure problem.</param>
    /// <param name="progress">Called with the number of bytes (of the text's UTF-8 form) read so far.</param>
    public static CsvTable Read(string file, ExportTextReader text, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<ImportProblem> problems, Action<long>? progress = null) =>
        Read(file, text, text.PeekFirstLine(), required, optional, problems, progress);

    private static CsvTable Read(string file, TextReader text, ReadOnlySpan<char> firstLine, IReadOnlyList<string> required, IReadOnlyList<string> optional, List<ImportProblem> problems, Action<long>? progress)
    {
        var separator = firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
        var malformed = new List<ImportProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            // The rows are kept until the plan is assembled; ids, node names and "formal" repeat row after row.
            PoolStrings = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = m =>
            {
                if (m.Reason != CsvMalformedReason.FieldCountMismatch)
                {
                    malformed.Add(new ImportProblem(file, (int)m.LineNumber, 1, $"the row is not valid CSV ({Describe(m.Reason)})"));
                }
            },
        };

        var rows = new List<CsvRow>();
        string[] header = [];
        using (var reader = CsvReader.Create(text, options, leaveOpen: true))
        {
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                if (header.Length == 0)
                {
                    header = fields;
                    continue;
                }

                rows.Add(new CsvRow((int)reader.LineNumber, fields));
                if (rows.Count % 512 == 0)
                {
                    progress?.Invoke(reader.ByteOffset);
                }
            }

            progress?.Invoke(reader.ByteOffset);
        }

        problems.AddRange(malformed);
        var table = new CsvTable(file, separator, header, rows);
        table.CheckHeader(required, optional, problems);
        return table;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        _ => reason.ToString(),
    };

    private void CheckHeader(IReadOnlyList<string> required, IReadOnlyList<string> optional, List<ImportProblem> problems)
    {
        if (Header.Length == 0)
        {
            problems.Add(new ImportProblem(File, 1, 1, $"the file is empty; it needs a header line with the columns {string.Join(", ", required)}"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Header.Length; i++)
        {
            var name = Header[i];
            if (!seen.Add(name))
            {
                problems.Add(new ImportProblem(File, 1, i + 1, $"column '{name}' appears twice"));
            }
            else if (!required.Contains(name, StringComparer.OrdinalIgnoreCase) && !optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ImportProblem(File, 1, i + 1, $"unknown column '{name}'; the columns are {string.Join(", ", required.Concat(optional))} (see docs/import.md)"));
            }
        }

        foreach (var column in required.Where(c => IndexOf(c) < 0))
        {
            problems.Add(new ImportProblem(File, 1, Header.Length + 1, $"the required column '{column}' is missing"));
        }

        foreach (var row in Rows.Where(r => r.Fields.Length != Header.Length))
        {
            problems.Add(new ImportProblem(File, row.Line, Math.Min(row.Fields.Length, Header.Length) + 1, $"the row has {row.Fields.Length} fields; the header has {Header.Length}"));
        }
    }
}
