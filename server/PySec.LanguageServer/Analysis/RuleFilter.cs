using PySec.LanguageServer.Configuration;
using PySec.Rules;

namespace PySec.LanguageServer.Analysis;

/// <summary>
/// What the select/ignore/severity settings make of a finding. An entry names a rule by id, name or Bandit/Ruff
/// alias, or is a prefix of ids ("PYSEC2" is the deserialization category); ignore wins over select; overrides
/// use the same names; the threshold applies to the overridden severity.
/// </summary>
public sealed class RuleFilter(RuleSet rules, EffectiveSettings settings)
{
    public bool IsEnabled(Rule rule)
    {
        if (settings.Ignore.Any(entry => Names(entry, rule))) return false;
        return settings.Select.IsDefaultOrEmpty || settings.Select.Any(entry => Names(entry, rule));
    }

    public Severity SeverityOf(Finding finding)
    {
        foreach (var (entry, severity) in settings.SeverityOverrides)
            if (Names(entry, finding.Rule)) return severity;
        return finding.Severity;
    }

    /// <summary>The finding as shown, or null when the settings hide it.</summary>
    public ReportedFinding? Apply(Finding finding)
    {
        if (!IsEnabled(finding.Rule)) return null;
        var severity = SeverityOf(finding);
        return severity < settings.SeverityThreshold ? null : new ReportedFinding(finding, severity);
    }

    private bool Names(string entry, Rule rule) =>
        rules.Resolve(entry).Contains(rule) ||
        (entry.StartsWith("PYSEC", StringComparison.OrdinalIgnoreCase) && rule.Id.StartsWith(entry, StringComparison.OrdinalIgnoreCase));
}
