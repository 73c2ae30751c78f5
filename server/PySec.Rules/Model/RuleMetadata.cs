using System.Text.RegularExpressions;
using PySec.Semantics;

namespace PySec.Rules;

/// <summary>What a rule says about itself: everything in its YAML file except how it matches and fixes.</summary>
public sealed record RuleMetadata(
    string Id,
    string Name,
    string Title,
    string MessageTemplate,
    Severity Severity,
    Confidence Confidence,
    IReadOnlyList<int> Cwe,
    string Owasp,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Aliases,
    string ManualChapter,
    RuleScope Scope,
    string SourcePath)
{
    /// <summary>The category digit's folder slug, from the id's hundreds digit ("PYSEC2xx" is deserialization).</summary>
    public string Category => RuleCategories.NameOf(Id);

    /// <summary>The anchor of the rule's section in its manual chapter.</summary>
    public string ManualAnchor => Id.ToLowerInvariant();
}

/// <summary>Where a rule runs: on test files or not, on paths matching a pattern, for a range of target versions.</summary>
public sealed record RuleScope(bool Tests, Regex? PathPattern, PythonVersion? MinVersion, PythonVersion? BelowVersion)
{
    public static readonly RuleScope Everywhere = new(true, null, null, null);
}

public static class RuleCategories
{
    private static readonly string[] Names =
        ["runtime", "injection", "deserialization", "processes", "files", "archives", "xml", "crypto", "network", "data"];

    public static string NameOf(string ruleId) =>
        ruleId.Length == 8 && char.IsAsciiDigit(ruleId[5]) ? Names[ruleId[5] - '0'] : "unknown";

    public static IReadOnlyList<string> All => Names;
}
