using System.Globalization;
using System.Runtime.CompilerServices;

namespace ReKs.Competence;

/// <summary>
/// Formats an interpolated problem message in the invariant culture, so that a message reads the same on every machine:
/// "found -0.5", never "found −0,5" because the process runs in a Norwegian culture. Problems are matched, logged and
/// compared across the municipalities that share a document, so their text must not depend on where they were made.
/// </summary>
/// <remarks>An interpolated string passed to <see cref="Problem"/>'s constructor binds to the internal overload that takes
/// this handler (the compiler prefers a handler to <see cref="string"/>), so every message the library builds in place is
/// invariant without a call at each site.</remarks>
[InterpolatedStringHandler]
internal ref struct InvariantText
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Initializes a new instance of the <see cref="InvariantText"/> struct.</summary>
    /// <param name="literalLength">The literal characters' count.</param>
    /// <param name="formattedCount">The holes' count.</param>
    public InvariantText(int literalLength, int formattedCount) =>
        _text = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    /// <summary>Appends literal text.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    /// <summary>Appends a value in the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>Appends a value with a format in the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>Appends a value aligned in the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The minimum width; negative aligns left.</param>
    public void AppendFormatted<T>(T value, int alignment) => _text.AppendFormatted(value, alignment);

    /// <summary>Appends a value aligned, with a format, in the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The minimum width; negative aligns left.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, int alignment, string? format) => _text.AppendFormatted(value, alignment, format);

    /// <summary>Appends characters.</summary>
    /// <param name="value">The characters.</param>
    public void AppendFormatted(scoped ReadOnlySpan<char> value) => _text.AppendFormatted(value);

    /// <summary>Appends text.</summary>
    /// <param name="value">The text.</param>
    public void AppendFormatted(string? value) => _text.AppendFormatted(value);

    /// <summary>Returns the message and releases the handler's buffer.</summary>
    /// <returns>The message.</returns>
    public string ToStringAndClear() => _text.ToStringAndClear();
}
