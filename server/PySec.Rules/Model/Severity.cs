namespace PySec.Rules;

/// <summary>How bad a finding is when it is real. Ordered, so thresholds compare with &gt;=.</summary>
public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>How sure the rule is that a match is a real instance of the risk.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}

public static class RuleLevels
{
    public static string Name(this Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Name(this Confidence confidence) => confidence.ToString().ToLowerInvariant();

    public static Severity ParseSeverity(string text) => Enum.Parse<Severity>(text, ignoreCase: true);

    public static Confidence ParseConfidence(string text) => Enum.Parse<Confidence>(text, ignoreCase: true);
}
