using PySec.Manual;
using PySec.Rules;
using PySec.Workspace;

namespace PySec.LanguageServer.Chapters;

/// <summary>
/// Where a rule's chapter is: its id, its page on the manual site (for codeDescription.href), and the client
/// command that opens it in the editor. Uses the loaded manual when it is there, else what the rule declares
/// (its chapter id and its category folder), which is where the manual keeps it.
/// </summary>
public sealed class ChapterLinks(string manualBaseUrl, PySec.Manual.Manual? manual)
{
    public const string ShowChapterCommand = "pysec.showManualChapter";

    public string ChapterId(Rule rule) => RuleChapters.ChapterOf(rule, manual)?.Id ?? rule.Metadata.ManualChapter;

    /// <summary>The chapter's page on the manual site, anchored at the rule.</summary>
    public string Href(Rule rule) => PageUrl(RuleChapters.PathOf(rule, manual)) + "#" + rule.Metadata.ManualAnchor;

    /// <summary>The site URL of a manual-relative Markdown path (anchor kept).</summary>
    public string PageUrl(string manualPath) => manualBaseUrl + ManualLinks.ToHtml(manualPath);

    /// <summary>A Markdown link target that runs the extension's chapter command with one argument.</summary>
    public static string CommandLink(string idOrRuleId) =>
        $"command:{ShowChapterCommand}?{Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(new[] { idOrRuleId }))}";
}
