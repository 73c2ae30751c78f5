namespace PySec.Cli.CommandLine;

/// <summary>The command line or an input named on it cannot be used. Reported as "pysec: message", exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
