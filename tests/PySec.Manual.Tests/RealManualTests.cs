namespace PySec.Manual.Tests;

/// <summary>The repository's manual follows its own format.</summary>
public sealed class RealManualTests
{
    private static Manual Manual => RepositoryManual.Value;

    [Fact]
    public void The_manual_has_no_diagnostics()
    {
        Assert.True(Manual.Diagnostics.Count == 0, string.Join("\n", Manual.Diagnostics));
    }

    [Fact]
    public void Every_category_has_chapters_and_the_contents_follow_folder_order()
    {
        Assert.True(Manual.Chapters.Count >= 60, $"{Manual.Chapters.Count} chapters");
        Assert.Equal(ManualCategories.All.Select(c => c.Folder), Manual.TableOfContents.Select(t => t.Category.Folder));
        Assert.Equal(Manual.Chapters.Count, Manual.TableOfContents.Sum(t => t.Chapters.Count));
    }

    [Fact]
    public void Every_rule_id_leads_back_to_its_chapter()
    {
        foreach (var chapter in Manual.Chapters)
            foreach (var rule in chapter.Rules)
                Assert.Same(chapter, Manual.ByRule(rule));
        Assert.Equal("pickle", Manual.ByRule("PYSEC201")?.Id);
    }

    [Fact]
    public void Rule_coverage_is_complete_against_the_manuals_own_rules()
    {
        var rules = Manual.Chapters.SelectMany(c => c.Rules).ToList();
        Assert.True(RuleCoverage.Check(Manual, rules).IsComplete);
        Assert.False(RuleCoverage.Check(Manual, rules.Skip(1)).IsComplete);
    }
}
