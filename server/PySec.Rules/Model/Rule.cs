using PySec.Rules.Fixes;
using PySec.Rules.Matching;
using PySec.Semantics;

namespace PySec.Rules;

/// <summary>
/// One loaded rule: the metadata of its YAML file, and either a compiled declarative matcher or the C# class
/// registered under its id. Immutable once loaded.
/// </summary>
public sealed class Rule
{
    internal Rule(RuleMetadata metadata, Matcher? matcher, Code.CodeRule? code, IReadOnlyList<FixTemplate> fixes)
    {
        Metadata = metadata;
        Matcher = matcher;
        Code = code;
        Fixes = fixes;
    }

    public RuleMetadata Metadata { get; }
    public string Id => Metadata.Id;
    public string Name => Metadata.Name;
    internal Matcher? Matcher { get; }
    internal Code.CodeRule? Code { get; }
    internal IReadOnlyList<FixTemplate> Fixes { get; }
    public bool HasFix => Fixes.Count > 0 || Code?.HasFix == true;

    /// <summary>Whether the rule runs on a file with this path and target version.</summary>
    public bool AppliesTo(FileFacts file, PythonVersion target)
    {
        var scope = Metadata.Scope;
        if (!scope.Tests && file.IsTest) return false;
        if (scope.PathPattern is { } pattern && !pattern.IsMatch(file.NormalizedPath)) return false;
        if (scope.MinVersion is { } min && target.CompareTo(min) < 0) return false;
        if (scope.BelowVersion is { } below && target.CompareTo(below) >= 0) return false;
        return true;
    }

    public override string ToString() => $"{Id} {Name}";
}
