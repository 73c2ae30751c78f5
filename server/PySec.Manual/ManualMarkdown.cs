using System.Text;
using System.Text.RegularExpressions;

namespace PySec.Manual;

/// <summary>Markdown for editors and the terminal: the hover of a rule and the whole chapter.</summary>
public static partial class ManualMarkdown
{
    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex InlineLink();

    /// <summary>
    /// The hover for <paramref name="ruleId"/>: the chapter's summary, its shortest safe example, links to the chapter
    /// and its related chapters, and the CWE entries. Null when no chapter explains the rule.
    /// </summary>
    /// <param name="linkFor">
    /// Turns a manual-relative path (possibly with an #anchor) into the link the client can open; by default the
    /// path itself. Links inside the summary are resolved through it too, since the hover has no folder of its own.
    /// </param>
    public static string? Hover(Manual manual, string ruleId, Func<string, string>? linkFor = null)
    {
        if (manual.ByRule(ruleId) is not { } chapter) return null;
        linkFor ??= static path => path;
        var rule = chapter.Rules.First(r => string.Equals(r, ruleId, StringComparison.OrdinalIgnoreCase));

        var hover = new StringBuilder();
        hover.Append($"**{rule}**: [{EscapeLinkText(chapter.Title)}]({linkFor(chapter.Path + "#" + rule)})\n\n");
        if (chapter.Section(SectionNames.Summary) is { } summary)
            hover.Append(RewriteLinks(summary.Markdown, chapter.Folder, linkFor)).Append("\n\n");

        var shortestSafe = chapter.CodeBlocks.Where(b => b.Kind == CodeBlockKind.Safe)
            .OrderBy(b => b.Code.Count(c => c == '\n')).ThenBy(b => b.Code.Length).FirstOrDefault();
        if (shortestSafe is not null)
        {
            var fence = Fence(shortestSafe.Code);
            hover.Append($"Safer:\n\n{fence}python\n{shortestSafe.Code.TrimEnd('\n')}\n{fence}\n\n");
        }

        var related = chapter.Related.Select(manual.ById).OfType<ManualChapter>()
            .Select(r => $"[{EscapeLinkText(r.Title)}]({linkFor(r.Path)})").ToList();
        if (related.Count > 0) hover.Append("Related: ").Append(string.Join(", ", related)).Append("\n\n");
        if (chapter.Cwe.Count > 0)
            hover.Append(string.Join(", ", chapter.Cwe.Select(n => $"[CWE-{n}]({CweUrl(n)})"))).Append('\n');
        return hover.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The whole chapter as written, without its front matter.</summary>
    public static string Chapter(ManualChapter chapter) => chapter.Body.TrimEnd('\n') + "\n";

    public static string CweUrl(int number) => $"https://cwe.mitre.org/data/definitions/{number}.html";

    private static string RewriteLinks(string markdown, string folder, Func<string, string> linkFor) =>
        InlineLink().Replace(markdown, match =>
        {
            var url = match.Groups[1].Value;
            if (ManualLinks.Resolve(folder, url) is not { } target) return match.Value;
            var hash = url.IndexOf('#');
            return $"]({linkFor(hash < 0 ? target : target + url[hash..])})";
        });

    private static string EscapeLinkText(string text) =>
        text.Replace("\\", "\\\\").Replace("[", "\\[").Replace("]", "\\]");

    /// <summary>A backtick fence longer than any run of backticks in the code, so the code cannot close it.</summary>
    private static string Fence(string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return new string('`', Math.Max(3, longest + 1));
    }
}
