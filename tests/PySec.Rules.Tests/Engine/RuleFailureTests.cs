using PySec.Rules.Code;
using PySec.Syntax;

namespace PySec.Rules.Tests;

/// <summary>A rule that throws is switched off for the file with a diagnostic; the other rules still report.</summary>
public sealed class RuleFailureTests
{
    [Fact]
    public void A_throwing_rule_costs_only_its_own_findings()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRules.Directory, "02-deserialization", "PYSEC207-yaml-unsafe-load.yaml"));
        var throwing = """
            id: PYSEC998
            name: always-throws
            title: A rule with a bug
            message: never shown
            severity: low
            confidence: low
            cwe: [1]
            owasp: A04:2021 Insecure Design
            manual: yaml-load
            code: true
            """;
        var rules = RuleSet.Load(new InMemoryRuleSource([new RuleFile("PYSEC207-yaml-unsafe-load.yaml", text), new RuleFile("PYSEC998-always-throws.yaml", throwing)]));
        Assert.Empty(rules.Errors);

        var analysis = RepositoryRules.Analyze("import yaml\nyaml.load(a)\nyaml.load(b)\n", rules: rules);

        Assert.Equal(2, analysis.Findings.Count(f => f.RuleId == "PYSEC207"));
        var failure = Assert.Single(analysis.Diagnostics);
        Assert.Equal(RuleEngine.RuleFailedCode, failure.Code);
        Assert.Contains("PYSEC998", failure.Message);
    }
}

/// <summary>A deliberately broken rule for <see cref="RuleFailureTests"/>; registered only in this test assembly's rule files.</summary>
[CodeRule("PYSEC998")]
internal sealed class AlwaysThrowsRule : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];

    public override void Analyze(SyntaxNode node, RuleContext context) => throw new InvalidOperationException("bug");
}
