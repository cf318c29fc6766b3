using System.Diagnostics;
using System.Globalization;

namespace ReKs.Competence.Cli;

/// <summary>A progress bar on standard error for work that takes more than a second (large imports, reading and
/// analysing national plans); silent when standard error is redirected, so it never ends up in a file or a pipe.</summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 30;
    private readonly TextWriter? _error;
    private readonly long _delayMs;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private string _label;
    private long _lastDrawMs = long.MinValue / 2;
    private int _drawnLength;
    private Timer? _timer;

    private ProgressBar(TextWriter? error, string label, long delayMs)
    {
        _error = error;
        _label = label;
        _delayMs = delayMs;
    }

    /// <summary>Creates a bar that draws only when <paramref name="error"/> is the terminal's own standard error.</summary>
    public static ProgressBar For(TextWriter error, string label) =>
        new(ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null, label, 1000);

    /// <summary>Creates a bar that draws on any writer from the start (for tests of the drawing itself).</summary>
    internal static ProgressBar Always(TextWriter error, string label) => new(error, label, 0);

    /// <summary>Reports the fraction done (0 to 1); draws at most ten times a second, and only after the first second.</summary>
    public void Report(double fraction)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * Width);
        Draw(string.Create(CultureInfo.InvariantCulture, $"{_label} [{new string('#', filled)}{new string('.', Width - filled)}] {Math.Clamp(fraction, 0, 1) * 100,3:0}%"), force: false);
    }

    /// <summary>Starts a step whose length is not known (an analysis): the label and the seconds spent so far,
    /// redrawn five times a second from the first second on, until the next step or the end.</summary>
    public void Phase(string label)
    {
        _label = label;
        if (_error is null)
        {
            return;
        }

        _timer?.Dispose();
        var due = Math.Max(0, _delayMs - _clock.ElapsedMilliseconds);
        _timer = new Timer(_ => Draw(string.Create(CultureInfo.InvariantCulture, $"{_label} … {_clock.Elapsed.TotalSeconds:0.0} s"), force: true), null, due, 200);
    }

    /// <summary>Stops redrawing and clears the bar's line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_drawnLength > 0)
            {
                _error!.Write("\r" + new string(' ', _drawnLength) + "\r");
            }

            _drawnLength = -1; // a timer callback already under way draws nothing after this
        }
    }

    private void Draw(string text, bool force)
    {
        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (_error is null || _drawnLength < 0 || now < _delayMs || (!force && now - _lastDrawMs < 100))
            {
                return;
            }

            _lastDrawMs = now;
            _error.Write("\r" + text.PadRight(_drawnLength));
            _drawnLength = Math.Max(_drawnLength, text.Length);
        }
    }
}

/// <summary>A read-only stream that reports how far through the underlying stream reading has come. It seeks when the
/// underlying stream does, so that a plan file is streamed (read again from its start when the streamed read meets
/// anything unusual; the bar then holds where it was instead of jumping back).</summary>
internal sealed class ProgressStream(Stream inner, Action<double> report) : Stream
{
    private readonly long _length = inner.CanSeek ? inner.Length : 0;
    private long _furthest;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => inner.Position = value; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        if (_length > 0)
        {
            _furthest = Math.Max(_furthest, inner.Position);
            report((double)_furthest / _length);
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
