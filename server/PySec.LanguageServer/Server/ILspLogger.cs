namespace PySec.LanguageServer.Server;

public enum LogLevel
{
    Trace,
    Info,
    Warning,
    Error,
}

/// <summary>The server's log: never written to stdout, which carries only protocol frames.</summary>
public interface ILspLogger
{
    void Log(LogLevel level, string message);
}

public static class LspLoggerExtensions
{
    public static void Info(this ILspLogger logger, string message) => logger.Log(LogLevel.Info, message);
    public static void Warning(this ILspLogger logger, string message) => logger.Log(LogLevel.Warning, message);
    public static void Error(this ILspLogger logger, string message) => logger.Log(LogLevel.Error, message);
    public static void Trace(this ILspLogger logger, string message) => logger.Log(LogLevel.Trace, message);
}
