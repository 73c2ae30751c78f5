using System.Diagnostics;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>The Python files of the local CPython standard library (site-packages excluded): real-world input.</summary>
internal static class StdlibCorpus
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}site-packages{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Decodes as CPython would for these files (UTF-8, BOM kept as text so it is lexed as trivia).</summary>
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new System.Text.UTF8Encoding(false, false).GetString(bytes);
    }

    public static string RunPython(IReadOnlyList<string> arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"python3 {string.Join(' ', arguments)} failed: {errorTask.Result}");
        return output;
    }

    private static string FindRoot()
    {
        var root = RunPython(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).Trim();
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"python3 reported a missing stdlib folder: {root}");
        return root;
    }
}
