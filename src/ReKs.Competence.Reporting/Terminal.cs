using System.Text;

namespace ReKs.Competence.Reporting;

/// <summary>
/// Keeps text from a document (names, ids, echoed bad values) from being turned against the reader's terminal: control
/// characters, among them ESC that starts ANSI and OSC sequences (clear the screen, set the window title), are shown as
/// visible symbols instead of being obeyed.
/// </summary>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class Terminal
{
    /// <summary>Replaces every control character (C0, DEL, C1) in one-line text by a visible stand-in.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with every control character shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Safe(string text) => Replace(Guard.Against.Null(text, nameof(text)), keepLineBreaks: false);

    /// <summary>As <see cref="Safe"/>, but keeps line feeds, tabs and CR LF pairs: for multi-line output the tool wrote itself.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with every control character but its line breaks and tabs shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string SafeLines(string text) => Replace(Guard.Against.Null(text, nameof(text)), keepLineBreaks: true);

    /// <summary>The visible stand-in of a control character: its Unicode control picture (␛ for ESC), or U+FFFD for C1.</summary>
    /// <param name="c">A control character.</param>
    /// <returns>Its stand-in.</returns>
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
