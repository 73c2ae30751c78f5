using System.Text;

namespace PySec.Workspace;

/// <summary>A file discovery chose to scan: where to read it, and its path relative to the scan root ('/' separated).</summary>
/// <param name="Explicit">Named on the command line (scanned whatever its extension, and even if excluded unless force-exclude).</param>
public sealed record DiscoveredFile(string FullPath, string RelativePath, bool Explicit);

/// <summary>What discovery found, sorted by relative path, and what it had to leave out with a reason.</summary>
public sealed record DiscoveryResult(IReadOnlyList<DiscoveredFile> Files, IReadOnlyList<SkippedFile> Skipped);

/// <summary>
/// Finds the Python files under the given paths: <c>.py</c> and <c>.pyi</c> files, and files without an extension
/// whose first line is a Python shebang. Skips what <see cref="PySecSettings.AllExcludes"/> (globs relative to the root)
/// and <c>.gitignore</c> files (nested ones too, and those of the folders above a scanned folder up to the repository
/// top) exclude. Follows symbolic links, reporting loops and broken links as <see cref="SkippedFile"/>s; a folder
/// reached twice through links is scanned once. Paths named explicitly are scanned even when excluded (as in Ruff),
/// unless <see cref="PySecSettings.ForceExclude"/> is set. Never throws on a file-system problem: each becomes a
/// skipped entry and discovery goes on.
/// </summary>
public sealed class FileDiscovery
{
    private readonly string _root;
    private readonly PySecSettings _settings;
    private readonly List<Glob> _excludes;
    private readonly List<DiscoveredFile> _files = [];
    private readonly List<SkippedFile> _skipped = [];
    private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _walkedDirectories = new(StringComparer.Ordinal);

    private FileDiscovery(string root, PySecSettings settings)
    {
        _root = Path.GetFullPath(root);
        _settings = settings;
        _excludes = settings.AllExcludes.Select(pattern => Glob.TryParse(pattern, out _)).OfType<Glob>().ToList();
    }

    /// <summary>
    /// Discovers the files under <paramref name="paths"/> (files or folders, absolute or relative to the current
    /// folder). <paramref name="root"/> is the folder reported paths and exclude globs are relative to (the project
    /// root: the folder of <c>pyproject.toml</c>, else the current folder).
    /// </summary>
    public static DiscoveryResult Discover(string root, IEnumerable<string> paths, PySecSettings settings)
    {
        var discovery = new FileDiscovery(root, settings);
        foreach (var path in paths) discovery.AddExplicit(path);
        discovery._files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        discovery._skipped.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new DiscoveryResult(discovery._files, discovery._skipped);
    }

    /// <summary>Whether a file name is one discovery picks without looking inside (<c>.py</c>, <c>.pyi</c>).</summary>
    public static bool HasPythonExtension(string name) =>
        name.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".pyi", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the first line of a file is a shebang naming Python (<c>#!/usr/bin/env python3</c>).</summary>
    public static bool IsPythonShebang(ReadOnlySpan<byte> head)
    {
        if (head.Length < 2 || head[0] != '#' || head[1] != '!') return false;
        var end = head.IndexOf((byte)'\n');
        var line = Encoding.UTF8.GetString(end < 0 ? head : head[..end]);
        return line.Contains("python", StringComparison.Ordinal);
    }

    /// <summary>Paths relative to the root use '/' on every system.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    private void AddExplicit(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Relative(full);
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        if (info.LinkTarget is not null && !Resolve(info, relative, out _)) return;
        if (!info.Exists)
        {
            _skipped.Add(new SkippedFile(relative, SkipReason.NotFound, "no such file or folder"));
            return;
        }
        if (_settings.ForceExclude && IsExcludedExplicit(relative, info is DirectoryInfo)) return;
        if (info is DirectoryInfo directory)
        {
            var ignores = _settings.RespectGitIgnore ? OuterIgnoreFiles(directory.FullName) : [];
            Walk(directory.FullName, relative == "." ? "" : relative, ignores, []);
        }
        else AddFile(full, relative, isExplicit: true);
    }

    private void Walk(string directory, string relative, List<GitIgnoreFile> ignores, List<string> ancestors)
    {
        var real = RealPath.Of(directory);
        if (!_walkedDirectories.Add(real)) return; // reached again through a link: scanned once
        ancestors.Add(real);
        var added = false;
        try
        {
            if (_settings.RespectGitIgnore && ReadIgnoreFile(directory) is { Count: > 0 } ignoreFile)
            {
                ignores.Add(ignoreFile);
                added = true;
            }
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(directory).GetFileSystemInfos();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                _skipped.Add(new SkippedFile(relative.Length == 0 ? "." : relative,
                    exception is UnauthorizedAccessException ? SkipReason.PermissionDenied : SkipReason.Unreadable,
                    $"cannot list the folder: {exception.Message}"));
                return;
            }
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var entry in entries)
            {
                var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                var target = entry;
                if (entry.LinkTarget is not null && !Resolve(entry, childRelative, out target)) continue;
                var isDirectory = target is DirectoryInfo;
                if (IsExcluded(childRelative, isDirectory) || IsIgnored(entry.FullName, isDirectory, ignores)) continue;
                if (isDirectory)
                {
                    var targetReal = RealPath.Of(entry.FullName);
                    if (ancestors.Contains(targetReal))
                    {
                        _skipped.Add(new SkippedFile(childRelative, SkipReason.SymlinkLoop, $"the link leads back to a folder above it ({Relative(targetReal)}); not followed"));
                        continue;
                    }
                    Walk(entry.FullName, childRelative, ignores, ancestors);
                }
                else if (HasPythonExtension(entry.Name) || !entry.Name.Contains('.') && HasPythonShebang(entry.FullName))
                    AddFile(entry.FullName, childRelative, isExplicit: false);
            }
        }
        finally
        {
            ancestors.RemoveAt(ancestors.Count - 1);
            if (added) ignores.RemoveAt(ignores.Count - 1);
        }
    }

    /// <summary>Follows a link to its final target; false (and a skipped entry) for a loop or a broken link.</summary>
    private bool Resolve(FileSystemInfo link, string relative, out FileSystemInfo target)
    {
        target = link;
        try
        {
            var resolved = link.ResolveLinkTarget(returnFinalTarget: true);
            if (resolved is null || !resolved.Exists)
            {
                _skipped.Add(new SkippedFile(relative, SkipReason.BrokenSymlink, $"the link's target {link.LinkTarget} does not exist"));
                return false;
            }
            // A FileInfo made for a path that is a folder (or the reverse) would lie about what it points at.
            target = Directory.Exists(resolved.FullName) ? new DirectoryInfo(resolved.FullName) : new FileInfo(resolved.FullName);
            return true;
        }
        catch (IOException exception)
        {
            // ELOOP: a chain of links that never ends ("too many levels of symbolic links").
            _skipped.Add(new SkippedFile(relative, SkipReason.SymlinkLoop, $"the link never reaches a file or folder: {exception.Message}"));
            return false;
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or System.Security.SecurityException)
        {
            _skipped.Add(new SkippedFile(relative, SkipReason.PermissionDenied, $"cannot follow the link: {exception.Message}"));
            return false;
        }
    }

    private void AddFile(string fullPath, string relative, bool isExplicit)
    {
        if (!_seenFiles.Add(fullPath)) return;
        _files.Add(new DiscoveredFile(fullPath, relative, isExplicit));
    }

    private bool IsExcluded(string relative, bool isDirectory)
    {
        foreach (var glob in _excludes)
            if (glob.IsMatch(relative, isDirectory)) return true;
        return false;
    }

    private bool IsExcludedExplicit(string relative, bool isDirectory)
    {
        foreach (var glob in _excludes)
            if (glob.IsMatchOrInside(relative, isDirectory)) return true;
        return false;
    }

    private static bool IsIgnored(string fullPath, bool isDirectory, List<GitIgnoreFile> ignores)
    {
        // Inner files override outer ones, so the innermost file with an opinion decides.
        for (var index = ignores.Count - 1; index >= 0; index--)
        {
            var file = ignores[index];
            var relative = Path.GetRelativePath(file.Directory, fullPath).Replace('\\', '/');
            if (file.Decide(relative, isDirectory) is { } decision) return decision;
        }
        return false;
    }

    /// <summary>The ignore files of the folders above a scanned folder, up to the repository top (the folder holding .git).</summary>
    private static List<GitIgnoreFile> OuterIgnoreFiles(string directory)
    {
        if (Path.Exists(Path.Combine(directory, ".git"))) return [];
        var chain = new List<string>();
        for (var parent = Path.GetDirectoryName(directory); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            chain.Add(parent);
            if (!Path.Exists(Path.Combine(parent, ".git"))) continue;
            chain.Reverse();
            return chain.Select(ReadIgnoreFile).OfType<GitIgnoreFile>().Where(f => f.Count > 0).ToList();
        }
        return []; // not inside a repository: ignore files above the scanned folder are not ours to apply
    }

    private static GitIgnoreFile? ReadIgnoreFile(string directory)
    {
        var path = Path.Combine(directory, ".gitignore");
        try
        {
            return File.Exists(path) ? GitIgnoreFile.Parse(File.ReadAllText(path), directory) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // git itself ignores an unreadable ignore file
        }
    }

    private static bool HasPythonShebang(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length < 2) return false;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
            Span<byte> head = stackalloc byte[128];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return IsPythonShebang(head[..read]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false; // not readable: not something we can tell is Python
        }
    }
}
