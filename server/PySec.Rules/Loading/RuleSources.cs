namespace PySec.Rules;

/// <summary>Where rule files come from: a folder on disk, or text supplied by a test or an editor.</summary>
public interface IRuleSource
{
    /// <summary>Each rule file as (display path, text); a file that cannot be read comes back with a null text and the reason.</summary>
    IEnumerable<RuleFile> Files();
}

public sealed record RuleFile(string Path, string? Text, string? ReadError = null);

/// <summary>Rule files given as text, for tests and in-memory rule packs.</summary>
public sealed class InMemoryRuleSource(IEnumerable<RuleFile> files) : IRuleSource
{
    public IEnumerable<RuleFile> Files() => files;
}

/// <summary>The one class of the rules layer that touches the disk: every *.yaml file under a folder, in path order.</summary>
public sealed class FileSystemRuleSource(string directory, string? displayPrefix = null) : IRuleSource
{
    public string Directory { get; } = directory;

    public IEnumerable<RuleFile> Files()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            yield return new RuleFile(displayPrefix ?? Directory, null, "the rules folder does not exist");
            yield break;
        }
        var paths = System.IO.Directory.EnumerateFiles(Directory, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var display = (displayPrefix ?? "") + Path.GetRelativePath(Directory, path).Replace('\\', '/');
            string? text = null;
            string? error = null;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error = exception.Message;
            }
            yield return new RuleFile(display, text, error);
        }
    }
}
