using PySec.LanguageServer.Protocol;

namespace PySec.LanguageServer.Server;

/// <summary>
/// Logs to stderr always; to <c>window/logMessage</c> for information and above once the client is initialized;
/// and every message to <c>$/logTrace</c> while the client's trace level (from initialize or <c>$/setTrace</c>) is not off.
/// </summary>
public sealed class ServerLogger(ILspClient client, ClientSession session, ServerLifecycle lifecycle, TextWriter error) : ILspLogger
{
    private readonly object _gate = new();

    public void Log(LogLevel level, string message)
    {
        // Trace messages (one per incoming message) cost nothing unless the client asked for them.
        if (level == LogLevel.Trace && session.Trace == "off") return;
        var line = $"[{level.ToString().ToLowerInvariant()}] {message}";
        lock (_gate)
        {
            try
            {
                error.WriteLine(line);
                error.Flush();
            }
            catch (IOException)
            {
                // stderr closed: the client log still gets it.
            }
        }
        if (lifecycle.State is not (LifecycleState.Running or LifecycleState.ShutDown)) return;
        if (level >= LogLevel.Info)
        {
            var type = level switch { LogLevel.Error => MessageType.Error, LogLevel.Warning => MessageType.Warning, _ => MessageType.Info };
            _ = client.NotifyAsync("window/logMessage", new LogMessageParams(type, message));
        }
        if (session.Trace != "off")
            _ = client.NotifyAsync("$/logTrace", new LogTraceParams(line));
    }
}
