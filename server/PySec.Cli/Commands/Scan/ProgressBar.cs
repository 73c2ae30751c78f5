using System.Diagnostics;

namespace PySec.Cli.Commands.Scan;

/// <summary>
/// A one-line progress bar on standard error, redrawn at most ten times a second from any thread, and erased when
/// the scan ends so the report starts on a clean line.
/// </summary>
internal sealed class ProgressBar(TextWriter error) : IDisposable
{
    private const int Width = 30;
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private bool _drawn;

    public void Report(int done, int total)
    {
        lock (_lock)
        {
            if (_drawn && _sinceDraw.ElapsedMilliseconds < 100 && done < total) return;
            _sinceDraw.Restart();
            var filled = total == 0 ? Width : (int)((long)done * Width / total);
            error.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {done}/{total} files");
            error.Flush();
            _drawn = true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (!_drawn) return;
            error.Write("\r\u001b[K");
            error.Flush();
            _drawn = false;
        }
    }
}
