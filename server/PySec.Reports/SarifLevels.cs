using PySec.Rules;

namespace PySec.Reports;

/// <summary>
/// How severities and confidences map onto SARIF and GitHub code scanning. GitHub reads
/// <c>properties.security-severity</c> as a number in a string and buckets it: over 9.0 critical, 7.0-8.9 high,
/// 4.0-6.9 medium, 0.1-3.9 low; our four severities sit inside those buckets. <c>precision</c> is the rule's confidence.
/// </summary>
public static class SarifLevels
{
    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        _ => "3.0",
    };

    /// <summary>critical and high are errors, medium warnings, low notes.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    public static string Precision(Confidence confidence) => confidence.Name();
}
