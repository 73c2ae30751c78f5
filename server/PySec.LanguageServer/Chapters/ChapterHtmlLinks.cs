using System.Net;
using System.Text.RegularExpressions;

namespace PySec.LanguageServer.Chapters;

/// <summary>
/// Rewrites the links of a chapter's HTML fragment for the editor's webview: a link to another chapter becomes
/// <c>pysec-manual:&lt;chapter id&gt;#&lt;anchor&gt;</c> (the webview opens it in place), other manual pages and
/// relative links become absolute links to the manual site, same-page anchors and https links stay.
/// </summary>
public static partial class ChapterHtmlLinks
{
    public const string Scheme = "pysec-manual:";

    public static string Rewrite(string html, PySec.Manual.ManualChapter chapter, PySec.Manual.Manual manual, ChapterLinks links) =>
        Href().Replace(html, match =>
        {
            var url = WebUtility.HtmlDecode(match.Groups["url"].Value);
            return $"href=\"{WebUtility.HtmlEncode(Target(url, chapter, manual, links))}\"";
        });

    private static string Target(string url, PySec.Manual.ManualChapter chapter, PySec.Manual.Manual manual, ChapterLinks links)
    {
        if (url.StartsWith('#')) return url;
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return url;
        if (url.Contains(':')) return "#"; // any other scheme (javascript:, file:) is not followed from the webview
        // ChapterHtml points chapter links at the site's .html pages; map them back to the Markdown files.
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? "" : url[hash..];
        if (path.EndsWith(".html", StringComparison.Ordinal)) path = path[..^5] + ".md";
        if (PySec.Manual.ManualLinks.Resolve(chapter.Folder, path) is not { } resolved) return "#";
        var target = manual.Chapters.FirstOrDefault(c => c.Path == resolved);
        return target is not null ? Scheme + target.Id + anchor : links.PageUrl(resolved + anchor);
    }

    [GeneratedRegex("href=\"(?<url>[^\"]*)\"")]
    private static partial Regex Href();
}
