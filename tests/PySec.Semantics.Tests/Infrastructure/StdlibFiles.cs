using System.Diagnostics;

namespace PySec.Semantics.Tests.Infrastructure;

/// <summary>
/// The .py files of the local CPython standard library (python3's sysconfig "stdlib" path, or PYSEC_STDLIB),
/// without site-packages: a large body of real code the model must handle without failing.
/// </summary>
public static class StdlibFiles
{
    private static readonly Lazy<IReadOnlyList<string>> LazyPaths = new(Find);

    public static IReadOnlyList<string> Paths => LazyPaths.Value;

    private static IReadOnlyList<string> Find()
    {
        var root = Environment.GetEnvironmentVariable("PYSEC_STDLIB");
        if (string.IsNullOrEmpty(root)) root = AskPython();
        if (!Directory.Exists(root)) throw new InvalidOperationException($"stdlib directory '{root}' does not exist");
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*.py", options)
            .Where(p => !p.Contains($"{separator}site-packages{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string AskPython()
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"python3 exited with {process.ExitCode}");
        return output;
    }
}
