using System.Buffers;
using System.Text;

namespace ReKs.Competence.Cli.Import;

/// <summary>The text encoding an export is read in (<c>reks import --encoding</c>).</summary>
internal enum ExportEncoding
{
    /// <summary>UTF-8, with or without a byte-order mark (the default).</summary>
    Utf8,

    /// <summary>Windows-1252, the "ANSI" code page of a Norwegian Windows (Excel's "CSV (semikolonseparert)").</summary>
    Windows1252,

    /// <summary>UTF-16, little- or big-endian by its byte-order mark, or by where the zero bytes are.</summary>
    Utf16,
}

/// <summary>The bytes an export may still use: one budget shared by all its files (<c>--max-bytes</c>).</summary>
internal sealed class ExportBudget(long maxBytes)
{
    /// <summary>Gets the most bytes the files may add up to.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>Gets the bytes read so far, over all files.</summary>
    public long Used { get; private set; }

    /// <summary>Counts <paramref name="bytes"/> more; <see langword="false"/> once the total passes the limit.</summary>
    public bool Take(int bytes) => (Used += bytes) <= MaxBytes;
}

/// <summary>Decodes an export file while the CSV reader reads it, a buffer at a time: the file is never held whole.</summary>
/// <remarks>
/// Every character is decoded strictly in the chosen encoding and counted against the export's byte budget. The first
/// byte that is not text in that encoding (a Windows-1252 "ø" in a UTF-8 read, a zero byte of UTF-16, half a surrogate
/// pair), and the first byte past the budget, are reported with file, line and column and a hint, and reading stops
/// there: the reader then looks like the end of the file, and <see cref="Failed"/> tells the importer that no plan may be
/// built. Nothing is ever replaced by U+FFFD. Lines are counted at <c>\n</c>; a column counts UTF-16 code units from 1.
/// </remarks>
internal sealed class ExportTextReader : TextReader
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Windows-1252 byte → character, or U+FFFF for the five bytes the code page leaves undefined.</summary>
    private static readonly char[] Windows1252 = BuildWindows1252();

    private readonly string _file;
    private readonly Stream _stream;
    private readonly ExportEncoding _encoding;
    private readonly ExportBudget _budget;
    private readonly List<ImportProblem> _problems;
    private readonly byte[] _bytes = new byte[BufferSize];
    private readonly char[] _chars = new char[BufferSize];
    private int _byteStart;
    private int _byteEnd;
    private bool _endOfStream;
    private int _charPos;
    private int _charLength;
    private bool _started;
    private bool _bigEndian;
    private int _line = 1;
    private long _column = 1;

    /// <summary>Initializes a reader over one file of an export.</summary>
    /// <param name="file">The file name for problem locations.</param>
    /// <param name="stream">The file's bytes; disposed with the reader.</param>
    /// <param name="encoding">The encoding to decode.</param>
    /// <param name="budget">The export's byte budget, shared with its other files.</param>
    /// <param name="problems">Receives the decoding or size problem, if any.</param>
    public ExportTextReader(string file, Stream stream, ExportEncoding encoding, ExportBudget budget, List<ImportProblem> problems)
    {
        _file = file;
        _stream = stream;
        _encoding = encoding;
        _budget = budget;
        _problems = problems;
    }

    /// <summary>Gets a value indicating whether reading stopped at a problem (the text read is incomplete).</summary>
    public bool Failed { get; private set; }

    /// <summary>Parses an <c>--encoding</c> value: <c>utf-8</c>, <c>windows-1252</c> (also <c>cp1252</c>) or <c>utf-16</c>.</summary>
    public static ExportEncoding? ParseEncoding(string text) => text.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => ExportEncoding.Utf8,
        "windows-1252" or "cp1252" or "1252" => ExportEncoding.Windows1252,
        "utf-16" or "utf16" => ExportEncoding.Utf16,
        _ => null,
    };

    /// <summary>Gets the first line of the text (as far as the first buffer holds it), without consuming it.</summary>
    public string PeekFirstLine()
    {
        if (!Fill())
        {
            return string.Empty;
        }

        var buffered = _chars.AsSpan(_charPos, _charLength - _charPos);
        var end = buffered.IndexOfAny('\r', '\n');
        return new string(end < 0 ? buffered : buffered[..end]);
    }

    /// <inheritdoc/>
    public override int Peek() => Fill() ? _chars[_charPos] : -1;

    /// <inheritdoc/>
    public override int Read() => Fill() ? _chars[_charPos++] : -1;

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _charLength - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private static char[] BuildWindows1252()
    {
        // The runtime's code page maps the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in the
        // Unicode consortium's mapping file cp1252.txt) to C1 control characters; they are no text, so they stay refused.
        var encoding = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)
            ?? throw new InvalidOperationException("the runtime has no Windows-1252 code page");
        var table = new char[256];
        for (var b = 0; b < 256; b++)
        {
            var text = encoding.GetString([(byte)b]);
            table[b] = b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D || text.Length != 1 ? '\uFFFF' : text[0];
        }

        return table;
    }

    /// <summary>Makes characters available; <see langword="false"/> at the end of the text or after a problem.</summary>
    private bool Fill()
    {
        while (_charPos == _charLength)
        {
            if (Failed)
            {
                return false;
            }

            _charPos = 0;
            _charLength = 0;
            if (!ReadBytes(4))
            {
                if (_byteStart == _byteEnd)
                {
                    return false;
                }
            }

            if (!_started)
            {
                _started = true;
                if (!Preamble())
                {
                    return false;
                }
            }

            Decode();
        }

        return true;
    }

    /// <summary>Tops the byte buffer up until it holds at least <paramref name="wanted"/> bytes or the stream ends;
    /// <see langword="false"/> when it holds fewer.</summary>
    private bool ReadBytes(int wanted)
    {
        if (_byteEnd - _byteStart >= wanted)
        {
            return true;
        }

        if (_byteStart > 0)
        {
            _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).CopyTo(_bytes);
            _byteEnd -= _byteStart;
            _byteStart = 0;
        }

        while (!_endOfStream && _byteEnd - _byteStart < wanted)
        {
            var n = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
            _endOfStream = n == 0;
            _byteEnd += n;
        }

        return _byteEnd - _byteStart >= wanted;
    }

    /// <summary>Checks the byte-order mark against the encoding and skips it; <see langword="false"/> after a problem.</summary>
    private bool Preamble()
    {
        ReadOnlySpan<byte> start = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
        var utf8Bom = start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var littleBom = start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]);
        var bigBom = start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        switch (_encoding)
        {
            case ExportEncoding.Utf8 or ExportEncoding.Windows1252 when littleBom || bigBom:
                return Stop("the file is UTF-16 text (it starts with a UTF-16 byte-order mark); read it with --encoding utf-16, or export it as UTF-8");
            case ExportEncoding.Utf8 when utf8Bom:
                return Skip(3);
            case ExportEncoding.Windows1252 or ExportEncoding.Utf16 when utf8Bom:
                return Stop($"the file is UTF-8 text (it starts with a UTF-8 byte-order mark), not {(_encoding == ExportEncoding.Utf16 ? "UTF-16" : "Windows-1252")}; leave out --encoding");
            case ExportEncoding.Utf16 when littleBom || bigBom:
                _bigEndian = bigBom;
                return Skip(2);
            case ExportEncoding.Utf16:
                // No byte-order mark: ASCII text in UTF-16 has its zero byte second (little-endian) or first (big-endian).
                _bigEndian = start.Length >= 2 && start[0] == 0 && start[1] != 0;
                return true;
            default:
                return true;
        }
    }

    private bool Skip(int bytes)
    {
        _byteStart += bytes;
        return _budget.Take(bytes) || Stop(TooLarge());
    }

    private string TooLarge() =>
        $"the export passes the {_budget.MaxBytes} bytes accepted here; raise the limit with --max-bytes if the export is meant to be this large";

    /// <summary>Decodes the buffered bytes into the character buffer, stopping at the first problem.</summary>
    private void Decode()
    {
        var chars = _chars.AsSpan();
        while (_charLength < chars.Length - 1)
        {
            var available = _byteEnd - _byteStart;
            if (available == 0 || (available < 4 && !_endOfStream))
            {
                if (_charLength > 0 || !ReadBytes(4) && _byteStart == _byteEnd)
                {
                    return;
                }

                continue;
            }

            var bytes = _bytes.AsSpan(_byteStart, available);
            int consumed;
            Rune rune;
            switch (_encoding)
            {
                case ExportEncoding.Utf8:
                    if (Rune.DecodeFromUtf8(bytes, out rune, out consumed) != OperationStatus.Done)
                    {
                        Stop($"the file is not UTF-8 text: byte 0x{bytes[0]:X2} starts no UTF-8 character (was it exported as Windows-1252 or Latin-1?); read it with --encoding windows-1252, or export it as UTF-8");
                        return;
                    }

                    if (rune.Value == 0)
                    {
                        Stop("the file has a zero byte, as UTF-16 text has; read it with --encoding utf-16, or export it as UTF-8");
                        return;
                    }

                    break;
                case ExportEncoding.Windows1252:
                    consumed = 1;
                    var c = Windows1252[bytes[0]];
                    if (c == '\uFFFF')
                    {
                        Stop($"the file is not Windows-1252 text: byte 0x{bytes[0]:X2} is no Windows-1252 character; check the export's encoding");
                        return;
                    }

                    if (c == '\0')
                    {
                        Stop("the file has a zero byte, as UTF-16 text has; read it with --encoding utf-16");
                        return;
                    }

                    rune = new Rune(c);
                    break;
                default:
                    if (!Utf16(bytes, out rune, out consumed))
                    {
                        return;
                    }

                    break;
            }

            if (!_budget.Take(consumed))
            {
                Stop(TooLarge());
                return;
            }

            _byteStart += consumed;
            var written = rune.EncodeToUtf16(chars[_charLength..]);
            _charLength += written;
            if (rune.Value == '\n')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column += written;
            }
        }
    }

    private bool Utf16(ReadOnlySpan<byte> bytes, out Rune rune, out int consumed)
    {
        rune = default;
        consumed = 0;
        if (bytes.Length < 2)
        {
            return Stop("the file ends in the middle of a UTF-16 character (an odd number of bytes); is it UTF-16 text?");
        }

        var unit = Unit(bytes);
        if (!char.IsSurrogate(unit))
        {
            if (unit == 0)
            {
                return Stop("the file has a zero character; is it UTF-16 text of the other byte order, or UTF-32?");
            }

            rune = new Rune(unit);
            consumed = 2;
            return true;
        }

        if (char.IsHighSurrogate(unit) && bytes.Length >= 4 && char.IsLowSurrogate(Unit(bytes[2..])))
        {
            rune = new Rune(unit, Unit(bytes[2..]));
            consumed = 4;
            return true;
        }

        return Stop($"the file is not UTF-16 text: the code unit 0x{(int)unit:X4} is half of a surrogate pair, which is no character");
    }

    private char Unit(ReadOnlySpan<byte> bytes) => (char)(_bigEndian ? (bytes[0] << 8) | bytes[1] : (bytes[1] << 8) | bytes[0]);

    /// <summary>Reports a problem at the current line and column and ends the text there.</summary>
    private bool Stop(string message)
    {
        Failed = true;
        _problems.Add(new ImportProblem(_file, _line, (int)Math.Min(int.MaxValue, _column), message));
        return false;
    }
}
