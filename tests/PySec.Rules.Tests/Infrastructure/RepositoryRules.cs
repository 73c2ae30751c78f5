using PySec.Semantics;
using PySec.Syntax;
using PySec.Testing;

namespace PySec.Rules.Tests;

/// <summary>The rule set of this repository, loaded once, and a one-call way to run it over source text.</summary>
public static class RepositoryRules
{
    private static readonly Lazy<RuleSet> Loaded = new(() => RuleSet.Load(new FileSystemRuleSource(Directory, "rules/")));

    public static string Directory => RepositoryRoot.Combine("rules");

    public static RuleSet Value => Loaded.Value;

    public static FileAnalysis Analyze(string source, string path = "example.py", RuleSet? rules = null, PythonVersion? target = null)
    {
        var tree = SyntaxTree.Parse(source);
        var options = target is { } version ? SemanticOptions.Default with { TargetVersion = version } : SemanticOptions.Default;
        var model = SemanticModel.Create(tree, options);
        return RuleEngine.Analyze(rules ?? Value, model, new FileFacts(path));
    }
}
