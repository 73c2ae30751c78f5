using System.Runtime.CompilerServices;

namespace PySec.Testing;

/// <summary>
/// Compares text with a committed expected file. With PYSEC_UPDATE_SNAPSHOTS=1 a differing or missing
/// file is rewritten in the source tree instead (review the diff before committing it). Otherwise a
/// mismatch fails, and the actual text is saved under snapshots-actual/ (ignored by git) for diffing.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "PYSEC_UPDATE_SNAPSHOTS";

    /// <param name="relativePath">Path relative to the calling test project, e.g. "Fixtures/parser/if.tree.txt".</param>
    /// <param name="callerFile">Filled in by the compiler: locates the calling test project's sources.</param>
    public static void Match(string relativePath, string actual, [CallerFilePath] string callerFile = "")
    {
        var projectDirectory = ProjectDirectory(callerFile);
        var expectedPath = FindExpected(projectDirectory, relativePath);
        var expected = expectedPath is null ? null : File.ReadAllText(expectedPath);
        if (expected is not null && Normalize(expected) == Normalize(actual)) return;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var target = Path.Combine(projectDirectory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, actual);
            return;
        }

        var saved = Path.Combine(projectDirectory, "snapshots-actual", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
        File.WriteAllText(saved, actual);
        var why = expected is null ? "has no expected file yet" : $"differs from the expected file: {FirstDifference(expected, actual)}";
        Assert.Fail($"Snapshot {relativePath} {why}. Actual text saved to {saved}; set {UpdateVariable}=1 to accept it.");
    }

    /// <summary>The source tree's file when the sources are present, else the copy in the output folder.</summary>
    private static string? FindExpected(string projectDirectory, string relativePath)
    {
        foreach (var directory in new[] { projectDirectory, AppContext.BaseDirectory })
        {
            var path = Path.Combine(directory, relativePath);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>A Windows checkout may turn LF into CRLF; snapshots compare line contents only.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = Normalize(expected).Split('\n');
        var actualLines = Normalize(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a) return $"line {i + 1}: expected \"{e}\", actual \"{a}\"";
        }
        return "only in line endings";
    }

    /// <summary>
    /// The calling test project's source folder (the nearest folder above the calling file that holds a
    /// .csproj); the output folder when the sources are gone.
    /// </summary>
    private static string ProjectDirectory(string callerFile)
    {
        for (var directory = Path.GetDirectoryName(callerFile); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*.csproj").Any()) return directory;
        }
        return AppContext.BaseDirectory;
    }
}
