namespace PySec.Manual.Tests;

public sealed class RuleCoverageTests
{
    [Fact]
    public void Rules_without_a_chapter_and_chapters_claiming_unknown_rules_are_both_reported()
    {
        var coverage = RuleCoverage.Check(SampleManual.Load(), ["PYSEC001", "PYSEC002", "PYSEC050"]);

        Assert.False(coverage.IsComplete);
        Assert.Equal(["PYSEC050"], coverage.RulesWithoutChapter);
        Assert.Equal("PYSEC003", Assert.Single(coverage.UnknownRules).RuleId);
        Assert.Equal(
            ["00-runtime/other.md:5: error: rule PYSEC003 is not a rule of the engine", "index.md:1: error: rule PYSEC050 has no chapter"],
            coverage.ToDiagnostics().Select(d => d.ToString()));
    }

    [Fact]
    public void Matching_rule_sets_are_complete()
    {
        Assert.True(RuleCoverage.Check(SampleManual.Load(), ["PYSEC001", "PYSEC002", "PYSEC003"]).IsComplete);
    }
}
