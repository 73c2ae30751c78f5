using System.Collections.Concurrent;
using System.Diagnostics;
using PySec.Text;
using PySec.Workspace;

namespace PySec.Cli.Commands.Scan;

/// <summary>
/// Finds the files under the scanned paths and analyses them in parallel with the workspace's
/// <see cref="FileAnalyzer"/>. Bad input never stops the scan: each unusable file becomes a <see cref="SkippedFile"/>.
/// </summary>
internal static class ScanRun
{
    public static ScanResult Execute(FileAnalyzer analyzer, string root, IReadOnlyList<string> paths, Action<int, int>? progress)
    {
        var clock = Stopwatch.StartNew();
        var fullRoot = Path.GetFullPath(root);
        var discovery = new FileDiscovery(analyzer.Settings, fullRoot);
        foreach (var path in paths) discovery.Add(path);
        var candidates = discovery.Files;
        var scanned = new ConcurrentBag<ScannedFile>();
        var skipped = new ConcurrentBag<SkippedFile>(discovery.Skipped);
        var done = 0;
        progress?.Invoke(0, candidates.Count);
        Parallel.ForEach(candidates, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var relative = RelativePath(fullRoot, file);
            if (FileReading.Read(file, relative, analyzer.Settings.MaxFileSize, out var bytes) is { } problem) skipped.Add(problem);
            else scanned.Add(analyzer.Analyze(relative, SourceText.FromBytes(bytes!)));
            progress?.Invoke(Interlocked.Increment(ref done), candidates.Count);
        });
        var files = scanned.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var skippedFiles = skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        return new ScanResult(fullRoot, files, skippedFiles, analyzer.Rules, clock.Elapsed);
    }

    /// <summary>Relative to the root with '/' separators; a file outside the root keeps its full path.</summary>
    public static string RelativePath(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(file) : relative).Replace('\\', '/');
    }
}
