namespace PySec.Cli.CommandLine;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found problems (diagnostics, findings).</summary>
    public const int ProblemsFound = 1;

    /// <summary>The command could not run: bad arguments, an unreadable input.</summary>
    public const int UsageError = 2;
}
