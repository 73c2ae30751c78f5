using System.Text.RegularExpressions;
using PySec.Rules;

namespace PySec.Workspace;

/// <summary>
/// What a rule selector in <c>select</c>, <c>ignore</c>, per-path ignores and severity overrides may be, resolved
/// against the loaded rules (case-insensitive):
/// <list type="bullet">
/// <item><c>ALL</c>: every rule;</item>
/// <item>a rule id (<c>PYSEC301</c>), a rule name (<c>subprocess-shell-true</c>), a Bandit or Ruff alias (<c>B602</c>, <c>S602</c>);</item>
/// <item>a category: an id prefix (<c>PYSEC3</c>, <c>PYSEC3xx</c>, <c>PYSEC30</c>), a category name (<c>processes</c>) or folder (<c>03-processes</c>);</item>
/// <item>an alias prefix: <c>S</c> (every rule with a Ruff alias), <c>S3</c>, <c>B6</c>, <c>B60</c>.</item>
/// </list>
/// </summary>
public static partial class RuleSelectors
{
    /// <summary>The rules a selector stands for, or null when it names nothing (an error to report, not to ignore).</summary>
    public static IReadOnlyList<Rule>? Resolve(RuleSet rules, string selector)
    {
        var text = selector.Trim();
        if (text.Length == 0) return null;
        if (text.Equals("ALL", StringComparison.OrdinalIgnoreCase)) return rules.Rules;

        var direct = rules.Resolve(text);
        if (direct.Count > 0) return direct;

        if (IdPrefix().Match(text) is { Success: true } idMatch)
        {
            var prefix = "PYSEC" + idMatch.Groups["digits"].Value;
            return NonEmpty(rules.Rules.Where(r => r.Id.StartsWith(prefix, StringComparison.Ordinal)));
        }

        var category = FolderPrefix().Replace(text, "").ToLowerInvariant();
        if (RuleCategories.All.Contains(category))
            return NonEmpty(rules.Rules.Where(r => r.Metadata.Category == category));

        if (AliasPrefix().IsMatch(text))
            return NonEmpty(rules.Rules.Where(r => r.Metadata.Aliases.Any(a =>
                a.StartsWith(text, StringComparison.OrdinalIgnoreCase) && a.Length > 1 && char.IsAsciiDigit(a[1]))));
        return null;
    }

    private static IReadOnlyList<Rule>? NonEmpty(IEnumerable<Rule> rules)
    {
        var list = rules.ToList();
        return list.Count == 0 ? null : list;
    }

    // "PYSEC", "PYSEC3", "PYSEC3xx", "PYSEC30", "PYSEC30x": digits then x's, three places at most.
    [GeneratedRegex(@"^PYSEC(?<digits>\d{0,3})x*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdPrefix();

    [GeneratedRegex(@"^\d\d-")]
    private static partial Regex FolderPrefix();

    [GeneratedRegex(@"^[BS]\d{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AliasPrefix();
}
