using PySec.Rules;

namespace PySec.Workspace;

/// <summary>A setting that names something that does not exist (an unknown rule selector or a bad glob).</summary>
/// <param name="Key">The configuration key it came from, in file spelling (<c>select</c>, <c>per-path-ignores</c>).</param>
/// <param name="Value">The offending value as written.</param>
public sealed record SettingsProblem(string Key, string Value, string Message)
{
    public override string ToString() => $"{Key}: {Message}";
}

/// <summary>
/// <see cref="PySecSettings"/> compiled against a <see cref="RuleSet"/>: which rules are on, which are off for which
/// paths, the severity overrides by rule, and the thresholds. Built once per settings change (not per file);
/// unknown selectors and malformed globs become <see cref="Problems"/> and are left out, so a typo in one selector
/// never silently turns every rule on or off.
/// </summary>
public sealed class RuleFilter
{
    private readonly HashSet<Rule> _enabled;
    private readonly List<(Glob Glob, HashSet<Rule> Rules)> _perPath = [];
    private readonly Dictionary<Rule, Severity> _severityOverrides = [];

    public RuleFilter(RuleSet rules, PySecSettings settings)
    {
        Rules = rules;
        Settings = settings;
        var problems = new List<SettingsProblem>();
        _enabled = settings.Select.Count == 0 ? [.. rules.Rules] : Union(rules, settings.Select, "select", problems);
        _enabled.ExceptWith(Union(rules, settings.Ignore, "ignore", problems));

        foreach (var ignore in settings.PerPathIgnores)
        {
            var glob = Glob.TryParse(ignore.Pattern, out var error);
            if (glob is null)
            {
                problems.Add(new SettingsProblem("per-path-ignores", ignore.Pattern, $"invalid pattern '{ignore.Pattern}': {error}"));
                continue;
            }
            _perPath.Add((glob, Union(rules, ignore.Selectors, "per-path-ignores", problems)));
        }

        // Most specific last: an override for one rule beats one for its category, whatever the order written.
        foreach (var (selector, severity) in settings.SeverityOverrides.OrderByDescending(pair => Breadth(rules, pair.Key)))
        {
            var resolved = RuleSelectors.Resolve(rules, selector);
            if (resolved is null)
            {
                problems.Add(Unknown("severity-overrides", selector));
                continue;
            }
            foreach (var rule in resolved) _severityOverrides[rule] = severity;
        }
        Problems = problems;
    }

    public RuleSet Rules { get; }
    public PySecSettings Settings { get; }

    /// <summary>Selectors that name no rule and globs that do not compile; report them as configuration errors.</summary>
    public IReadOnlyList<SettingsProblem> Problems { get; }

    /// <summary>Whether a rule is on at all (ignoring per-path ignores).</summary>
    public bool IsEnabled(Rule rule) => _enabled.Contains(rule);

    /// <summary>
    /// The rules off for one path (relative to the project root, '/' separators) on top of the global selection;
    /// null when the per-path ignores do not apply to it (the common case, allocation-free).
    /// </summary>
    public HashSet<Rule>? DisabledFor(string relativePath)
    {
        HashSet<Rule>? disabled = null;
        foreach (var (glob, rules) in _perPath)
        {
            if (!glob.IsMatchOrInside(relativePath, isDirectory: false)) continue;
            disabled ??= [];
            disabled.UnionWith(rules);
        }
        return disabled;
    }

    /// <summary>Whether any rule is left to run on a path: when none is, analysis can skip the rules entirely.</summary>
    public bool AnyEnabledFor(HashSet<Rule>? disabled) =>
        disabled is null ? _enabled.Count > 0 : _enabled.Any(rule => !disabled.Contains(rule));

    /// <summary>The finding as reported under these settings (severity overridden), or null when filtered out.</summary>
    public Finding? Apply(Finding finding, HashSet<Rule>? disabled)
    {
        if (!_enabled.Contains(finding.Rule) || disabled?.Contains(finding.Rule) == true) return null;
        if (finding.IsSuppressed && !Settings.ShowSuppressed) return null;
        if (_severityOverrides.TryGetValue(finding.Rule, out var severity) && severity != finding.Severity)
            finding = finding with { Severity = severity };
        if (finding.Severity < Settings.SeverityThreshold || finding.Confidence < Settings.ConfidenceThreshold) return null;
        return finding;
    }

    private static HashSet<Rule> Union(RuleSet rules, IEnumerable<string> selectors, string key, List<SettingsProblem> problems)
    {
        var set = new HashSet<Rule>();
        foreach (var selector in selectors)
        {
            if (RuleSelectors.Resolve(rules, selector) is { } resolved) set.UnionWith(resolved);
            else problems.Add(Unknown(key, selector));
        }
        return set;
    }

    private static int Breadth(RuleSet rules, string selector) => RuleSelectors.Resolve(rules, selector)?.Count ?? 0;

    private static SettingsProblem Unknown(string key, string selector) =>
        new(key, selector, $"'{selector}' names no rule (expected a rule id, name, category, or Bandit/Ruff alias)");
}
