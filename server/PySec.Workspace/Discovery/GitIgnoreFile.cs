namespace PySec.Workspace;

/// <summary>
/// The patterns of one <c>.gitignore</c> file, which apply to paths below its folder. Syntax as in gitignore(5):
/// blank lines and <c>#</c> comments are skipped, <c>!</c> re-includes, <c>\#</c> and <c>\!</c> are literal, trailing
/// spaces are dropped unless escaped; patterns are <see cref="Glob"/>s. Parsing is pure; a malformed line is skipped,
/// as git does.
/// </summary>
public sealed class GitIgnoreFile
{
    private readonly List<(Glob Glob, bool Negated)> _rules;

    private GitIgnoreFile(string directory, List<(Glob, bool)> rules)
    {
        Directory = directory;
        _rules = rules;
    }

    /// <summary>The full path of the folder the file is in; its patterns are relative to it.</summary>
    public string Directory { get; }

    public int Count => _rules.Count;

    public static GitIgnoreFile Parse(string text, string directory)
    {
        var rules = new List<(Glob, bool)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            line = TrimUnescapedTrailingSpaces(line);
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var negated = line.StartsWith('!');
            if (negated) line = line[1..];
            if (Glob.TryParse(line, out _) is { } glob) rules.Add((glob, negated));
        }
        return new GitIgnoreFile(directory, rules);
    }

    /// <summary>
    /// The decision of this file for a path relative to its folder: true ignored, false re-included by a <c>!</c>
    /// pattern, null when no pattern matches (an outer file's decision stands). The last matching pattern wins.
    /// </summary>
    public bool? Decide(string relativePath, bool isDirectory)
    {
        for (var index = _rules.Count - 1; index >= 0; index--)
        {
            var (glob, negated) = _rules[index];
            if (glob.IsMatch(relativePath, isDirectory)) return !negated;
        }
        return null;
    }

    private static string TrimUnescapedTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\')) end--;
        return line[..end];
    }
}
