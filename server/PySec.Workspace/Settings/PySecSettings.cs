using PySec.Rules;
using PySec.Semantics;

namespace PySec.Workspace;

/// <summary>
/// What a scan or an editor session is configured to report. Immutable: change it with <c>with</c>. The same
/// settings come from <c>[tool.pysec]</c> in <c>pyproject.toml</c> (<see cref="PyProjectConfig"/>), from command-line
/// flags and from editor settings; <see cref="PySecSettings.Merge"/> lays one over another.
/// <para>
/// Rule selectors (in <see cref="Select"/>, <see cref="Ignore"/>, <see cref="PerPathIgnores"/> and the keys of
/// <see cref="SeverityOverrides"/>) are resolved against the loaded <see cref="RuleSet"/> by <see cref="RuleFilter"/>;
/// see <see cref="RuleSelectors"/> for what a selector may be.
/// </para>
/// </summary>
public sealed record PySecSettings
{
    /// <summary>Default limit on the size of a file to analyse: 10 MB (10,485,760 bytes).</summary>
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>
    /// Folder names skipped at any depth unless <see cref="Exclude"/> replaces the list: version control, virtual
    /// environments, caches and build output hold code nobody reviews.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultExcludes =
        [".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", "build", "dist", "site-packages", ".tox"];

    // Declared after DefaultExcludes on purpose: static fields initialise in order, and Default reads it.
    /// <summary>The default settings: every rule, every severity and confidence, Python 3.12, the default excludes.</summary>
    public static readonly PySecSettings Default = new();

    /// <summary>The Python version the code runs on; rules limited to some versions follow it. Default 3.12.</summary>
    public PythonVersion TargetVersion { get; init; } = PythonVersion.Default;

    /// <summary>Rules to run (selectors). Empty (the default) means every rule.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>Rules not to run, applied after <see cref="Select"/>. Default empty.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Findings below this severity (after <see cref="SeverityOverrides"/>) are dropped. Default low (all).</summary>
    public Severity SeverityThreshold { get; init; } = Severity.Low;

    /// <summary>Findings below this confidence are dropped. Default low (all).</summary>
    public Confidence ConfidenceThreshold { get; init; } = Confidence.Low;

    /// <summary>A severity per rule selector, replacing the rule's own (and a matcher's). Default none.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>
    /// Rules switched off for paths matching a glob (<see cref="Glob"/> syntax, relative to the project root), in
    /// order; e.g. <c>"tests/**" = ["PYSEC006"]</c>. Default none.
    /// </summary>
    public IReadOnlyList<PerPathIgnore> PerPathIgnores { get; init; } = [];

    /// <summary>Globs of paths not to scan; replaces <see cref="DefaultExcludes"/> (the default).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = DefaultExcludes;

    /// <summary>Globs of paths not to scan, added to <see cref="Exclude"/>. Default none.</summary>
    public IReadOnlyList<string> ExtendExclude { get; init; } = [];

    /// <summary>
    /// Whether excludes also apply to paths named explicitly on the command line. Default false: as in Ruff, a file
    /// you name is scanned even inside an excluded folder; pre-commit hooks that pass file names set this to true.
    /// </summary>
    public bool ForceExclude { get; init; }

    /// <summary>Whether <c>.gitignore</c> files (nested ones too) are honoured during discovery. Default true.</summary>
    public bool RespectGitIgnore { get; init; } = true;

    /// <summary>Extra rule folders (user rule packs), absolute or relative to the configuration file. Default none.</summary>
    public IReadOnlyList<string> ExtraRules { get; init; } = [];

    /// <summary>Files larger than this many bytes are skipped with a warning. Default <see cref="DefaultMaxFileSize"/>.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Whether findings silenced by suppression comments are reported (marked as suppressed). Default false.</summary>
    public bool ShowSuppressed { get; init; }

    /// <summary>The exclude globs in effect: <see cref="Exclude"/> followed by <see cref="ExtendExclude"/>.</summary>
    public IEnumerable<string> AllExcludes => Exclude.Concat(ExtendExclude);

    /// <summary>
    /// These settings with every value <paramref name="overrides"/> sets laid over them (flags over the
    /// configuration file, editor settings over <c>pyproject.toml</c>). What counts as "set" is recorded in
    /// <see cref="SettingsOverrides"/>; lists replace, except <c>ExtendExclude</c> and <c>PerPathIgnores</c>, which add.
    /// </summary>
    public PySecSettings Merge(SettingsOverrides overrides)
    {
        var merged = this;
        if (overrides.TargetVersion is { } version) merged = merged with { TargetVersion = version };
        if (overrides.Select is { } select) merged = merged with { Select = select };
        if (overrides.Ignore is { } ignore) merged = merged with { Ignore = ignore };
        if (overrides.ExtendIgnore is { } extendIgnore) merged = merged with { Ignore = [.. merged.Ignore, .. extendIgnore] };
        if (overrides.SeverityThreshold is { } severity) merged = merged with { SeverityThreshold = severity };
        if (overrides.ConfidenceThreshold is { } confidence) merged = merged with { ConfidenceThreshold = confidence };
        if (overrides.SeverityOverrides is { } severityOverrides)
        {
            var combined = new Dictionary<string, Severity>(merged.SeverityOverrides, StringComparer.OrdinalIgnoreCase);
            foreach (var (selector, level) in severityOverrides) combined[selector] = level;
            merged = merged with { SeverityOverrides = combined };
        }
        if (overrides.PerPathIgnores is { } perPath) merged = merged with { PerPathIgnores = [.. merged.PerPathIgnores, .. perPath] };
        if (overrides.Exclude is { } exclude) merged = merged with { Exclude = exclude };
        if (overrides.ExtendExclude is { } extendExclude) merged = merged with { ExtendExclude = [.. merged.ExtendExclude, .. extendExclude] };
        if (overrides.ForceExclude is { } force) merged = merged with { ForceExclude = force };
        if (overrides.RespectGitIgnore is { } gitIgnore) merged = merged with { RespectGitIgnore = gitIgnore };
        if (overrides.ExtraRules is { } extraRules) merged = merged with { ExtraRules = [.. merged.ExtraRules, .. extraRules] };
        if (overrides.MaxFileSize is { } maxSize) merged = merged with { MaxFileSize = maxSize };
        if (overrides.ShowSuppressed is { } showSuppressed) merged = merged with { ShowSuppressed = showSuppressed };
        return merged;
    }
}

/// <summary>Rules switched off (<see cref="Selectors"/>) for the paths a glob matches.</summary>
public sealed record PerPathIgnore(string Pattern, IReadOnlyList<string> Selectors);

/// <summary>
/// Values given on a command line or by an editor, to lay over settings read from a file with
/// <see cref="PySecSettings.Merge"/>. A null member was not given and keeps the underlying value.
/// </summary>
public sealed record SettingsOverrides
{
    public PythonVersion? TargetVersion { get; init; }
    public IReadOnlyList<string>? Select { get; init; }
    public IReadOnlyList<string>? Ignore { get; init; }

    /// <summary>Selectors added to the ignore list instead of replacing it.</summary>
    public IReadOnlyList<string>? ExtendIgnore { get; init; }
    public Severity? SeverityThreshold { get; init; }
    public Confidence? ConfidenceThreshold { get; init; }

    /// <summary>Merged per selector over the underlying overrides.</summary>
    public IReadOnlyDictionary<string, Severity>? SeverityOverrides { get; init; }

    /// <summary>Added after the underlying per-path ignores.</summary>
    public IReadOnlyList<PerPathIgnore>? PerPathIgnores { get; init; }
    public IReadOnlyList<string>? Exclude { get; init; }

    /// <summary>Added to the underlying extend-exclude list (what <c>--exclude GLOB</c> should set).</summary>
    public IReadOnlyList<string>? ExtendExclude { get; init; }
    public bool? ForceExclude { get; init; }
    public bool? RespectGitIgnore { get; init; }

    /// <summary>Added to the underlying extra rule folders.</summary>
    public IReadOnlyList<string>? ExtraRules { get; init; }
    public long? MaxFileSize { get; init; }
    public bool? ShowSuppressed { get; init; }
}
