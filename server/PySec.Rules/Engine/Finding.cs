using PySec.Text;

namespace PySec.Rules;

/// <summary>One match of one rule in one file. <see cref="Suppression"/> is set when a comment silences it.</summary>
public sealed record Finding(
    Rule Rule,
    TextSpan Span,
    string Message,
    Severity Severity,
    Confidence Confidence,
    IReadOnlyList<Fix> Fixes,
    Suppression? Suppression = null)
{
    public string RuleId => Rule.Id;
    public bool IsSuppressed => Suppression is not null;
}

/// <summary>The comment that silenced a finding: its kind ("nosec", "pysec", "noqa"), where it is, and the reason given.</summary>
public sealed record Suppression(string Kind, TextSpan CommentSpan, string? Reason);

/// <summary>What the engine found in one file: findings (suppressed ones included) and problems with suppression comments.</summary>
public sealed record FileAnalysis(IReadOnlyList<Finding> Findings, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed);
}
