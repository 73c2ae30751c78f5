using PySec.Rules;
using PySec.Testing;

namespace PySec.Workspace.Tests;

/// <summary>The repository's rule set, loaded once for every test.</summary>
public static class TestRules
{
    private static readonly Lazy<RuleSet> Loaded = new(() => RuleSet.Load(new FileSystemRuleSource(RepositoryRoot.Combine("rules"), "rules/")));

    public static RuleSet Value => Loaded.Value;
}
