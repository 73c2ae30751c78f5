using PySec.Manual;
using PySec.Rules;

namespace PySec.Workspace;

/// <summary>
/// Where a rule's chapter lives in the manual, for the reports and the language server alike: the chapter that lists
/// the rule, else the one the rule names, else (no manual loaded) the path the manual's layout gives it,
/// <c>&lt;category folder&gt;/&lt;chapter id&gt;.md</c>.
/// </summary>
public static class RuleChapters
{
    public static ManualChapter? ChapterOf(Rule rule, PySec.Manual.Manual? manual) =>
        manual is null ? null : manual.ByRule(rule.Id) ?? manual.ById(rule.Metadata.ManualChapter);

    /// <summary>The chapter's manual-relative Markdown path.</summary>
    public static string PathOf(Rule rule, PySec.Manual.Manual? manual) =>
        ChapterOf(rule, manual)?.Path
        ?? $"{ManualCategories.BySlug(rule.Metadata.Category)?.Folder ?? rule.Metadata.Category}/{rule.Metadata.ManualChapter}.md";
}
