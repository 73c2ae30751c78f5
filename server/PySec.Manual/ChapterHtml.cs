using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PySec.Manual;

/// <summary>A chapter as an HTML fragment, for an editor webview and the static site.</summary>
public static class ChapterHtml
{
    /// <summary>
    /// The chapter body as HTML: links to other chapters point to their .html pages, each rule id has an anchor
    /// right after the title, raw HTML in the Markdown is shown as text, and bidirectional control characters
    /// (the Trojan Source chapter contains them on purpose) are shown as visible marks instead of reordering the page.
    /// </summary>
    public static string Render(ManualChapter chapter)
    {
        var html = RenderMarkdown(chapter.Body);
        var anchors = new StringBuilder("<p class=\"rules\">Rules: ");
        anchors.AppendJoin(", ", chapter.Rules.Select(r =>
        {
            var rule = WebUtility.HtmlEncode(r);
            return $"<a id=\"{rule}\" href=\"#{rule}\">{rule}</a>";
        }));
        anchors.Append("</p>\n");
        var titleEnd = html.IndexOf("</h1>", StringComparison.Ordinal);
        return titleEnd < 0 ? anchors + html : html.Insert(Math.Min(html.Length, titleEnd + "</h1>\n".Length), anchors.ToString());
    }

    /// <summary>Any manual Markdown (chapter body, README) as HTML with chapter links rewritten to .html.</summary>
    public static string RenderMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown, ManualMarkdig.Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not null && !link.IsImage) link.Url = ManualLinks.ToHtml(link.Url);
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ManualMarkdig.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return ShowBidiControls(writer.ToString());
    }

    private static string ShowBidiControls(string html)
    {
        if (!html.Any(IsBidiControl)) return html;
        var shown = new StringBuilder(html.Length + 64);
        foreach (var c in html)
        {
            if (IsBidiControl(c)) shown.Append($"<span class=\"bidi\" title=\"invisible control character\">U+{(int)c:X4}</span>");
            else shown.Append(c);
        }
        return shown.ToString();
    }

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
