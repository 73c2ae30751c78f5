using PySec.Manual;
using PySec.Testing;

namespace PySec.Rules.Tests;

/// <summary>
/// The manual's code examples are tests: each vulnerable block must trigger one of its chapter's rules, each safe
/// block none of them; every rule links to the chapter that lists it, and every rule id a chapter lists exists.
/// </summary>
public sealed class ManualDocTests
{
    private static readonly Lazy<PySec.Manual.Manual> Manual = new(() => PySec.Manual.Manual.Load(new FileSystemManual(RepositoryRoot.Combine("manual"))));

    public static TheoryData<string> ChapterIds()
    {
        var data = new TheoryData<string>();
        foreach (var chapter in Manual.Value.Chapters) data.Add(chapter.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(ChapterIds))]
    public void Vulnerable_blocks_fire_the_chapter_rules_and_safe_blocks_do_not(string chapterId)
    {
        var chapter = Manual.Value.ById(chapterId)!;
        var rules = chapter.Rules.ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var vulnerable = chapter.CodeBlocks.Where(b => b.Kind == CodeBlockKind.Vulnerable).ToList();
        var safe = chapter.CodeBlocks.Where(b => b.Kind == CodeBlockKind.Safe).ToList();
        if (vulnerable.Count == 0) problems.Add("no vulnerable block");
        if (safe.Count == 0) problems.Add("no safe block");
        foreach (var block in vulnerable)
        {
            var fired = Fired(block, chapter);
            if (!fired.Any(rules.Contains)) problems.Add($"line {block.Line}: vulnerable block fires none of {string.Join(", ", rules)}");
        }
        foreach (var block in safe)
        {
            var fired = Fired(block, chapter).Where(rules.Contains).ToList();
            if (fired.Count > 0) problems.Add($"line {block.Line}: safe block fires {string.Join(", ", fired)}");
        }
        Assert.True(problems.Count == 0, $"{chapter.Path}:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Every_rule_links_to_the_chapter_that_lists_it_and_every_listed_id_is_a_rule()
    {
        var rules = RepositoryRules.Value;
        var problems = new List<string>();
        foreach (var rule in rules.Rules)
        {
            var chapter = Manual.Value.ById(rule.Metadata.ManualChapter);
            if (chapter is null) problems.Add($"{rule.Id}: manual chapter '{rule.Metadata.ManualChapter}' does not exist");
            else if (!chapter.Rules.Contains(rule.Id)) problems.Add($"{rule.Id}: chapter '{chapter.Id}' does not list it in its rules");
        }
        var coverage = RuleCoverage.Check(Manual.Value, rules.Rules.Select(r => r.Id));
        problems.AddRange(coverage.UnknownRules.Select(u => $"{u.Chapter.Path} lists {u.RuleId}, which is not a rule"));
        problems.AddRange(coverage.RulesWithoutChapter.Select(r => $"{r} has no chapter"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Blocks are analysed as ordinary application code (not a test file), at the default target version.</summary>
    private static IEnumerable<string> Fired(CodeBlock block, ManualChapter chapter) =>
        RepositoryRules.Analyze(block.Code, $"examples/{chapter.Id}.py").Active.Select(f => f.RuleId).Distinct();
}
