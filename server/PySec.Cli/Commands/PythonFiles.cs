using PySec.Cli.CommandLine;

namespace PySec.Cli.Commands;

/// <summary>The files a command line names: files as given, directories searched for Python sources in path order.</summary>
internal static class PythonFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths, CommandContext context)
    {
        foreach (var path in paths)
        {
            if (path != "-" && Directory.Exists(path))
            {
                foreach (var file in Search(path)) yield return file;
                continue;
            }
            yield return path;
        }
    }

    private static IEnumerable<string> Search(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => (f.EndsWith(".py", StringComparison.Ordinal) || f.EndsWith(".pyi", StringComparison.Ordinal))
                && !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }
}
