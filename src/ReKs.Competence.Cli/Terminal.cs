using System.Text;

namespace ReKs.Competence.Cli;

/// <summary>
/// Keeps text from a document (names, ids, echoed bad values) from being turned against the reader's terminal: control
/// characters, among them ESC that starts ANSI and OSC sequences (clear the screen, set the window title), are shown as
/// visible symbols instead of being obeyed.
/// </summary>
internal static class Terminal
{
    /// <summary>Replaces every control character (C0, DEL, C1) in one-line text by a visible stand-in.</summary>
    public static string Safe(string text) => Replace(text, keepLineBreaks: false);

    /// <summary>As <see cref="Safe"/>, but keeps line feeds, tabs and CR LF pairs: for multi-line output the tool wrote itself.</summary>
    public static string SafeLines(string text) => Replace(text, keepLineBreaks: true);

    /// <summary>The visible stand-in of a control character: its Unicode control picture (␛ for ESC), or U+FFFD for C1.</summary>
    public static char StandIn(char c) => c switch
    {
        < '\u0020' => (char)('\u2400' + c),
        '\u007f' => '\u2421',
        _ => '\uFFFD',
    };

    private static string Replace(string text, bool keepLineBreaks)
    {
        var first = IndexOfUnsafe(text, 0, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            sb.Append(IsUnsafe(text, i, keepLineBreaks) ? StandIn(c) : c);
        }

        return sb.ToString();
    }

    private static int IndexOfUnsafe(string text, int start, bool keepLineBreaks)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (IsUnsafe(text, i, keepLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(string text, int i, bool keepLineBreaks)
    {
        var c = text[i];
        if (!char.IsControl(c))
        {
            return false;
        }

        return !keepLineBreaks || c switch
        {
            '\n' or '\t' => false,
            '\r' => i + 1 >= text.Length || text[i + 1] != '\n',
            _ => true,
        };
    }
}

/// <summary>A writer in front of the terminal that passes the tool's own line breaks and shows every other control character.</summary>
/// <remarks>A carriage return is only passed as part of CR LF; one split across two writes is shown, which is harmless.</remarks>
internal sealed class SafeTextWriter : TextWriter
{
    private readonly TextWriter inner;

    public SafeTextWriter(TextWriter inner)
    {
        this.inner = inner;
        NewLine = inner.NewLine;
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value is '\n' or '\t' or '\r' || !char.IsControl(value) ? value : Terminal.StandIn(value));

    public override void Write(string? value) => inner.Write(value is null ? null : Terminal.SafeLines(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Terminal.SafeLines(value));

    public override void Flush() => inner.Flush();
}
