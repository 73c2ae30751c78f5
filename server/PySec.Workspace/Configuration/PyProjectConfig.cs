using PySec.Rules;
using PySec.Semantics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace PySec.Workspace;

/// <summary>
/// The <c>[tool.pysec]</c> table of a <c>pyproject.toml</c>. Keys mirror the command-line flags:
/// <code>
/// [tool.pysec]
/// target-version = "3.12"                  # or "py312"
/// select = ["ALL"]                         # rule selectors (see RuleSelectors); default every rule
/// ignore = ["PYSEC009", "B101"]
/// severity = "medium"                      # threshold: low | medium | high | critical
/// confidence = "low"                       # threshold: low | medium | high
/// exclude = [".git", "venv"]               # replaces the default excludes
/// extend-exclude = ["migrations/"]         # adds to them
/// force-exclude = false                    # excludes apply to explicitly named files too
/// respect-gitignore = true
/// extra-rules = ["security/rules"]         # rule folders, relative to this file
/// max-file-size = "10MB"                   # bytes, or a number with KB / MB / GB (powers of 1024)
/// show-suppressed = false
///
/// [tool.pysec.per-path-ignores]
/// "tests/**" = ["PYSEC006"]                # globs relative to this file's folder
///
/// [tool.pysec.severity-overrides]
/// PYSEC701 = "high"
/// </code>
/// Parsing is pure (<see cref="Parse"/>); only <see cref="Find"/> and <see cref="Load"/> touch the disk. A broken
/// file or a bad value gives <see cref="Errors"/> with file, line and key, never an exception; the values that were
/// fine are still in <see cref="Settings"/>.
/// </summary>
public sealed class PyProjectConfig
{
    public const string FileName = "pyproject.toml";

    private static readonly string[] Keys =
    [
        "target-version", "select", "ignore", "severity", "confidence", "exclude", "extend-exclude", "force-exclude",
        "respect-gitignore", "extra-rules", "max-file-size", "show-suppressed", "per-path-ignores", "severity-overrides",
    ];

    private readonly Dictionary<string, int> _lines;

    private PyProjectConfig(string path, bool hasTable, SettingsOverrides overrides, IReadOnlyList<ConfigError> errors, Dictionary<string, int> lines)
    {
        Path = path;
        HasPySecTable = hasTable;
        Overrides = overrides;
        Settings = PySecSettings.Default.Merge(overrides);
        Errors = errors;
        _lines = lines;
    }

    /// <summary>The file's path as given (display and error messages use it).</summary>
    public string Path { get; }

    /// <summary>The folder holding the file: the project root that per-path globs and relative paths are taken from.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    /// <summary>False for a <c>pyproject.toml</c> without <c>[tool.pysec]</c>: the defaults apply.</summary>
    public bool HasPySecTable { get; }

    /// <summary>Only what the file sets, for laying over other settings (editor settings first, then these).</summary>
    public SettingsOverrides Overrides { get; }

    /// <summary>The defaults with the file's values laid over them.</summary>
    public PySecSettings Settings { get; }

    /// <summary>Syntax errors and bad values; empty when the file is fine.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    /// <summary>
    /// Checks what needs the loaded rules: selectors in <c>select</c>, <c>ignore</c>, per-path ignores and severity
    /// overrides that name no rule, and globs that do not compile, as errors with this file's lines.
    /// </summary>
    public IReadOnlyList<ConfigError> Validate(RuleSet rules) =>
        new RuleFilter(rules, Settings).Problems
            .Select(problem => new ConfigError(Path, LineOf(problem.Key, problem.Value), problem.Key, problem.Message))
            .ToList();

    /// <summary>The 1-based line of a key, or of one value of it (a list item, a per-path pattern); 1 when unknown.</summary>
    public int LineOf(string key, string? value = null) =>
        value is not null && _lines.TryGetValue(key + "\n" + value, out var valueLine) ? valueLine
        : _lines.TryGetValue(key, out var line) ? line : 1;

    /// <summary>
    /// The nearest <c>pyproject.toml</c> with a <c>[tool.pysec]</c> table at or above a file or folder, or else the
    /// nearest one at all (its folder still marks the project root); null when there is none up to the file-system root.
    /// </summary>
    public static string? Find(string startPath)
    {
        string? nearest = null;
        var full = System.IO.Path.GetFullPath(startPath);
        var directory = File.Exists(full) ? System.IO.Path.GetDirectoryName(full) : full;
        for (; !string.IsNullOrEmpty(directory); directory = System.IO.Path.GetDirectoryName(directory))
        {
            var candidate = System.IO.Path.Combine(directory, FileName);
            string text;
            try
            {
                if (!File.Exists(candidate)) continue;
                text = File.ReadAllText(candidate);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            nearest ??= candidate;
            // A broken file that mentions us is ours too: loading it reports the error instead of skipping it silently.
            var parsed = Parse(text, candidate);
            if (parsed.HasPySecTable || parsed.Errors.Count > 0 && text.Contains("pysec", StringComparison.OrdinalIgnoreCase)) return candidate;
        }
        return nearest;
    }

    /// <summary>Reads and parses a file; an unreadable file is a configuration error, not an exception.</summary>
    public static PyProjectConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new PyProjectConfig(path, false, new SettingsOverrides(), [new ConfigError(path, 1, "", $"cannot read the file: {exception.Message}")], []);
        }
        return Parse(text, path);
    }

    /// <summary>Parses the text of a <c>pyproject.toml</c>; <paramref name="path"/> is used for messages and relative folders.</summary>
    public static PyProjectConfig Parse(string text, string path)
    {
        var errors = new List<ConfigError>();
        var lines = new Dictionary<string, int>();
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text ?? "", path);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The parser reports problems as diagnostics; this guards the promise that nothing escapes.
            return new PyProjectConfig(path, false, new SettingsOverrides(), [new ConfigError(path, 1, "", $"cannot parse the file: {exception.Message}")], lines);
        }
        var syntaxError = document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error);
        if (syntaxError is not null)
        {
            // Later messages are mostly the parser recovering from the first; one precise error helps more.
            errors.Add(new ConfigError(path, syntaxError.Span.Start.Line + 1, "", $"invalid TOML: {syntaxError.Message}"));
            return new PyProjectConfig(path, false, new SettingsOverrides(), errors, lines);
        }

        var (entries, tableArrays) = TomlEntries.Read(document);
        foreach (var (arrayPath, line) in tableArrays)
            if (IsPySec(arrayPath) || arrayPath.Count == 1 && arrayPath[0] == "tool")
                errors.Add(new ConfigError(path, line, string.Join('.', arrayPath.Skip(2)), "[[...]] makes an array of tables; use [tool.pysec]"));

        var reader = new ValueReader(path, errors, lines);
        var overrides = new SettingsOverrides();
        var hasTable = false;
        foreach (var entry in entries)
        {
            if (entry.Path.Count >= 2 && entry.Path[0] == "tool" && entry.Path[1] == "pysec") hasTable = true;
            else continue;
            if (entry.Path.Count == 2)
            {
                errors.Add(new ConfigError(path, entry.Line, "", "tool.pysec must be a table"));
                continue;
            }
            var key = entry.Path[2];
            lines.TryAdd(key, entry.Line);
            if (!Keys.Contains(key))
            {
                errors.Add(new ConfigError(path, entry.Line, key, UnknownKey(key)));
                continue;
            }
            var isTableKey = key is "per-path-ignores" or "severity-overrides";
            if (isTableKey != (entry.Path.Count == 4) || entry.Path.Count > 4)
            {
                var display = string.Join('.', entry.Path.Skip(2).Select(Quote));
                errors.Add(new ConfigError(path, entry.Line, display, isTableKey ? "must be a table" : DescribeExpected(key) + ", not a table"));
                continue;
            }
            overrides = isTableKey ? reader.ReadTableEntry(overrides, key, entry.Path[3], entry) : reader.Read(overrides, key, entry);
        }
        if (hasTable) overrides = overrides with { ExtraRules = overrides.ExtraRules?.Select(folder => Resolve(path, folder)).ToList() };
        return new PyProjectConfig(path, hasTable, overrides, errors, lines);
    }

    internal static string DescribeExpected(string key) => key switch
    {
        "target-version" => "must be a Python version such as \"3.12\"",
        "severity" => "must be one of \"low\", \"medium\", \"high\", \"critical\"",
        "confidence" => "must be one of \"low\", \"medium\", \"high\"",
        "force-exclude" or "respect-gitignore" or "show-suppressed" => "must be true or false",
        "max-file-size" => "must be a number of bytes or a size such as \"10MB\"",
        _ => "must be a list of strings",
    };

    private static bool IsPySec(IReadOnlyList<string> path) => path.Count >= 2 && path[0] == "tool" && path[1] == "pysec";

    private static string Quote(string part) => BareKeySyntax.IsBareKey(part) ? part : $"\"{part}\"";

    private static string Resolve(string configPath, string folder)
    {
        if (System.IO.Path.IsPathRooted(folder)) return folder;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(configPath)) ?? ".";
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, folder));
    }

    private static string UnknownKey(string key)
    {
        var closest = Keys.MinBy(known => EditDistance(known, key))!;
        var hint = EditDistance(closest, key) <= Math.Max(2, key.Length / 3) ? $" (did you mean '{closest}'?)" : "";
        return $"unknown key '{key}'{hint}; known keys: {string.Join(", ", Keys)}";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
