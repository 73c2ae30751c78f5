using System.Diagnostics;
using PySec.Rules;

namespace PySec.Workspace;

/// <summary>Progress of a running scan: files finished out of the total, and the last one finished.</summary>
public readonly record struct ScanProgress(int Done, int Total, string LastPath);

/// <summary>How a scan runs (not what it reports: that is <see cref="PySecSettings"/>).</summary>
public sealed record ScanOptions
{
    /// <summary>Worker threads; default every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Called after each file from the worker that finished it, so possibly from several threads at once;
    /// <see cref="ScanProgress.Done"/> only grows. Keep it cheap (the CLI redraws a bar at most a few times a second).
    /// </summary>
    public Action<ScanProgress>? Progress { get; init; }

    public CancellationToken Cancellation { get; init; }
}

/// <summary>
/// A whole scan: discovery, then reading and analysing the files in parallel across cores, into a
/// <see cref="ScanResult"/> whose files are in path order whatever order the workers finished in. Files that cannot be
/// analysed (see <see cref="SourceFileReader"/>) are in <see cref="ScanResult.Skipped"/> with discovery's own.
/// </summary>
public static class Scanner
{
    /// <summary>
    /// Scans <paramref name="paths"/> (default: the root). <paramref name="root"/> is the project root: reported paths
    /// and globs are relative to it. The analyzer's settings give the excludes and the size limit.
    /// </summary>
    public static ScanResult Scan(string root, IReadOnlyList<string> paths, FileAnalyzer analyzer, ScanOptions? options = null)
    {
        options ??= new ScanOptions();
        var started = Stopwatch.GetTimestamp();
        var discovery = FileDiscovery.Discover(root, paths.Count == 0 ? [root] : paths, analyzer.Settings);
        var files = Analyze(discovery.Files, analyzer, options, out var unreadable);
        var skipped = discovery.Skipped.Concat(unreadable).OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        return new ScanResult(Path.GetFullPath(root), files, skipped, analyzer.Rules, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Reads and analyses files already discovered; results keep the input order.</summary>
    public static IReadOnlyList<ScannedFile> Analyze(IReadOnlyList<DiscoveredFile> files, FileAnalyzer analyzer, ScanOptions options,
        out IReadOnlyList<SkippedFile> skipped)
    {
        if (files.Count == 0)
        {
            skipped = [];
            return [];
        }
        var results = new ScannedFile?[files.Count];
        var skips = new SkippedFile?[files.Count];
        var done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism),
            CancellationToken = options.Cancellation,
        };
        // Small partitions keep both cores busy when one huge file lands at the end of a range.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, files.Count, 1), parallel, range =>
        {
            for (var index = range.Item1; index < range.Item2; index++)
            {
                var file = files[index];
                var source = SourceFileReader.Read(file.FullPath, file.RelativePath, analyzer.Settings.MaxFileSize, out var skip);
                if (source is null) skips[index] = skip;
                else
                {
                    try
                    {
                        results[index] = analyzer.Analyze(file.RelativePath, source);
                    }
                    catch (Exception exception) when (exception is not OutOfMemoryException)
                    {
                        // The layers below promise not to throw; if one ever does, the scan still finishes.
                        skips[index] = new SkippedFile(file.RelativePath, SkipReason.AnalysisFailed, $"analysis failed: {exception.GetType().Name}: {exception.Message}");
                    }
                }
                options.Progress?.Invoke(new ScanProgress(Interlocked.Increment(ref done), files.Count, file.RelativePath));
            }
        });
        skipped = skips.OfType<SkippedFile>().ToList();
        return results.OfType<ScannedFile>().ToList();
    }
}
