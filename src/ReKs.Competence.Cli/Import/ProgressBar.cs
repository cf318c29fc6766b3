using System.Diagnostics;
using System.Globalization;

namespace ReKs.Competence.Cli.Import;

/// <summary>A progress bar on standard error for work that takes more than a second; silent when error output is redirected.</summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 30;
    private readonly TextWriter? _error;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawMs = -1000;
    private bool _drawn;

    private ProgressBar(TextWriter? error, string label)
    {
        _error = error;
        _label = label;
    }

    /// <summary>Creates a bar that draws only when <paramref name="error"/> is the terminal's own standard error.</summary>
    public static ProgressBar For(TextWriter error, string label) =>
        new(ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null, label);

    /// <summary>Reports the fraction done (0 to 1); draws at most ten times a second, and only after the first second.</summary>
    public void Report(double fraction)
    {
        if (_error is null || _clock.ElapsedMilliseconds < 1000 || _clock.ElapsedMilliseconds - _lastDrawMs < 100)
        {
            return;
        }

        _lastDrawMs = _clock.ElapsedMilliseconds;
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * Width);
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{_label} [{new string('#', filled)}{new string('.', Width - filled)}] {fraction * 100,3:0}%"));
        _drawn = true;
    }

    /// <summary>Clears the bar's line.</summary>
    public void Dispose()
    {
        if (_drawn)
        {
            _error!.Write("\r" + new string(' ', _label.Length + Width + 8) + "\r");
        }
    }
}
