using PySec.Workspace;

namespace PySec.Cli.Commands.Scan;

/// <summary>
/// The Python files under the scanned paths: .py and .pyi files and files whose first line is a Python shebang,
/// skipping excluded folders and files (settings' globs, relative to the root). A file named on the command line
/// is taken even if excluded unless ForceExclude is set. Folder symlinks are followed once each (a loop is
/// reported, not walked); folders that cannot be listed are reported and skipped.
/// </summary>
internal sealed class FileDiscovery(PySecSettings settings, string root)
{
    private readonly List<Glob> _excludes = settings.AllExcludes.Select(p => Glob.TryParse(p, out _)).OfType<Glob>().ToList();
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<SkippedFile> _skipped = [];

    public IReadOnlyList<string> Files => _files.Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<SkippedFile> Skipped => _skipped;

    public void Add(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            if (full != root && Excluded(full, isDirectory: true)) return;
            Walk(full);
        }
        else if (!settings.ForceExclude || !Excluded(full, isDirectory: false))
        {
            _files.Add(full);
        }
    }

    private void Walk(string directory)
    {
        var real = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory;
        if (!_visited.Add(real))
        {
            _skipped.Add(new SkippedFile(ScanRun.RelativePath(root, directory), SkipReason.SymlinkLoop, "symbolic link loop (folder already scanned)"));
            return;
        }
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            var reason = exception is UnauthorizedAccessException ? SkipReason.PermissionDenied : SkipReason.Unreadable;
            _skipped.Add(new SkippedFile(ScanRun.RelativePath(root, directory), reason, $"folder cannot be listed: {exception.Message}"));
            return;
        }
        foreach (var entry in entries)
        {
            var isDirectory = entry is DirectoryInfo;
            if (isDirectory && entry.LinkTarget is not null && !Directory.Exists(entry.FullName))
            {
                _skipped.Add(new SkippedFile(ScanRun.RelativePath(root, entry.FullName), SkipReason.BrokenSymlink, $"broken symbolic link to '{entry.LinkTarget}'"));
                continue;
            }
            if (Excluded(entry.FullName, isDirectory)) continue;
            if (isDirectory) Walk(entry.FullName);
            else if (IsPython(entry)) _files.Add(entry.FullName);
        }
    }

    private bool Excluded(string fullPath, bool isDirectory)
    {
        var relative = ScanRun.RelativePath(root, fullPath);
        return _excludes.Any(g => g.IsMatchOrInside(relative, isDirectory));
    }

    private static bool IsPython(FileSystemInfo entry)
    {
        if (entry.Name.EndsWith(".py", StringComparison.Ordinal) || entry.Name.EndsWith(".pyi", StringComparison.Ordinal)) return true;
        if (entry.Name.Contains('.')) return false;
        // A broken symlink has no extension to go by; FileReading reports it if it looks like Python by name only.
        if (entry.LinkTarget is not null && !File.Exists(entry.FullName)) return false;
        try
        {
            using var stream = new FileStream(entry.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 128);
            Span<byte> head = stackalloc byte[128];
            var read = stream.Read(head);
            var line = System.Text.Encoding.ASCII.GetString(head[..read]).Split('\n')[0];
            return line.StartsWith("#!", StringComparison.Ordinal) && line.Contains("python", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
