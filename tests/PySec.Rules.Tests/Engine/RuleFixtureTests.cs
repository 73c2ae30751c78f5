using System.Text;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Tests;

/// <summary>Every fixture's findings equal its markers, for every rule the fixture is about.</summary>
public sealed class RuleFixtureTests
{
    [Theory]
    [MemberData(nameof(RuleFixture.Paths), MemberType = typeof(RuleFixture))]
    public void Findings_match_the_markers(string relativePath)
    {
        var fixture = RuleFixture.Load(relativePath);
        var analysis = RepositoryRules.Analyze(fixture.Text, relativePath);
        var lines = LineMap.Create(fixture.Text);
        var checkedRules = fixture.CheckedRules;

        var actual = analysis.Active.Where(f => checkedRules.Contains(f.RuleId))
            .Select(f => (Code: f.RuleId, Line: lines.GetLineIndex(f.Span.Start), f.Message)).ToList();
        var expected = fixture.Expected.Where(e => checkedRules.Contains(e.Code)).Select(e => (e.Code, e.Line)).ToList();

        var report = new StringBuilder();
        foreach (var missing in expected.Where(e => !actual.Any(a => a.Code == e.Code && a.Line == e.Line)))
            report.AppendLine($"  line {missing.Line + 1}: expected {missing.Code}, not reported");
        foreach (var extra in actual.Where(a => !expected.Contains((a.Code, a.Line))))
            report.AppendLine($"  line {extra.Line + 1}: unexpected {extra.Code}: {extra.Message}");
        foreach (var nearMiss in fixture.NearMisses.Where(n => expected.Contains((n.Code, n.Line))))
            report.AppendLine($"  line {nearMiss.Line + 1}: marked both expect and ok for {nearMiss.Code}");
        Assert.True(report.Length == 0, $"{relativePath}:\n{report}");
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code is "PS0301" or RuleEngine.RuleFailedCode);
    }

    [Fact]
    public void Every_rule_has_a_fixture_where_it_fires_and_one_where_it_must_not()
    {
        var fixtures = RuleFixture.All().Select(RuleFixture.Load).ToList();
        var problems = new List<string>();
        foreach (var rule in RepositoryRules.Value.Rules)
        {
            if (!fixtures.Any(f => f.Expected.Any(e => e.Code == rule.Id)))
                problems.Add($"{rule.Id}: no fixture line marked '# expect: {rule.Id}'");
            if (!fixtures.Any(f => f.NearMisses.Any(e => e.Code == rule.Id)))
                problems.Add($"{rule.Id}: no fixture line marked '# ok: {rule.Id}'");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_code_rule_class_has_a_rule_file()
    {
        var orphans = Code.CodeRuleRegistry.Ids.Where(id => id != "PYSEC998" && RepositoryRules.Value.Find(id) is null).Order().ToList();
        Assert.True(orphans.Count == 0, "C# rules without a YAML file saying code: true: " + string.Join(", ", orphans));
    }

    [Fact]
    public void The_repository_rules_load_without_errors()
    {
        Assert.Empty(RepositoryRules.Value.Errors.Select(e => e.ToString()));
        Assert.NotEmpty(RepositoryRules.Value.Rules);
    }
}
