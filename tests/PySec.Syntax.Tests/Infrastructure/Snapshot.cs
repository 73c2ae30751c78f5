using System.Runtime.CompilerServices;

namespace PySec.Syntax.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed expected file. With PYSEC_UPDATE_SNAPSHOTS=1 a differing or missing
/// file is rewritten in the source tree instead (review the diff before committing it). Otherwise a
/// mismatch fails, and the actual text is saved under snapshots-actual/ (ignored by git) for diffing.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "PYSEC_UPDATE_SNAPSHOTS";

    /// <param name="relativePath">Path relative to the test project, e.g. "Fixtures/parser/if.tree.txt".</param>
    public static void Match(string relativePath, string actual)
    {
        var expectedPath = FindExpected(relativePath);
        var expected = expectedPath is null ? null : File.ReadAllText(expectedPath);
        if (expected is not null && Normalize(expected) == Normalize(actual)) return;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var target = Path.Combine(ProjectDirectory(), relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, actual);
            return;
        }

        var saved = Path.Combine(ProjectDirectory(), "snapshots-actual", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
        File.WriteAllText(saved, actual);
        var why = expected is null ? "has no expected file yet" : $"differs from the expected file: {FirstDifference(expected, actual)}";
        Assert.Fail($"Snapshot {relativePath} {why}. Actual text saved to {saved}; set {UpdateVariable}=1 to accept it.");
    }

    /// <summary>The source tree's file when the sources are present, else the copy in the output folder.</summary>
    private static string? FindExpected(string relativePath)
    {
        foreach (var directory in new[] { ProjectDirectory(), AppContext.BaseDirectory })
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

    /// <summary>The test project's source folder, from this file's compile-time path; the output folder when the sources are gone.</summary>
    private static string ProjectDirectory([CallerFilePath] string thisFile = "")
    {
        var directory = Path.GetDirectoryName(Path.GetDirectoryName(thisFile));
        return directory is not null && Directory.Exists(directory) ? directory : AppContext.BaseDirectory;
    }
}
