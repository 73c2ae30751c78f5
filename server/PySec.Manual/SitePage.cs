using System.Net;
using System.Text;

namespace PySec.Manual;

/// <summary>The frame shared by every page of the static site: head with inline style, header, table of contents.</summary>
internal static class SitePage
{
    private const string Style = """
        body{margin:0;font:16px/1.55 system-ui,sans-serif;color:#1d232b;background:#fff}
        header{padding:.7em 1.2em;background:#16324f}header a{color:#fff;font-weight:600;text-decoration:none}
        .layout{display:flex;align-items:flex-start}
        nav{flex:0 0 17em;padding:1em;font-size:.85em;border-right:1px solid #dde3ea;height:calc(100vh - 3em);overflow:auto;position:sticky;top:0}
        nav h2{font-size:1em;margin:1em 0 .3em}nav ul{margin:0;padding-left:1em}nav .current{font-weight:700}
        main{flex:1;min-width:0;max-width:52em;padding:1em 2em 3em}
        pre{background:#f4f6f8;padding:.8em;overflow:auto;border-radius:4px}code{font-family:ui-monospace,monospace;font-size:.92em}
        table{border-collapse:collapse}td,th{border:1px solid #dde3ea;padding:.3em .6em}
        .rules a,.rule{font-family:ui-monospace,monospace}.meta{color:#56606b;font-size:.9em}
        .bidi{background:#ffe08a;color:#7a4b00;border:1px solid #c99a00;font-size:.8em;padding:0 .2em}
        #search{width:100%;max-width:30em;padding:.5em;font-size:1em;margin:.5em 0 1em}
        .pager{display:flex;justify-content:space-between;margin-top:3em;border-top:1px solid #dde3ea;padding-top:1em}
        """;

    public static string Wrap(Manual manual, string title, string root, string? currentPath, string content, string? script = null)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append($"<title>{Encode(title)} - PySec secure coding manual</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        page.Append($"<header><a href=\"{root}index.html\">PySec secure coding manual</a></header>\n");
        page.Append("<div class=\"layout\">\n<nav aria-label=\"Chapters\">\n");
        foreach (var (category, chapters) in manual.TableOfContents)
        {
            page.Append($"<h2>{Encode(category.Title)}</h2>\n<ul>\n");
            foreach (var chapter in chapters)
            {
                var current = chapter.Path == currentPath ? " class=\"current\" aria-current=\"page\"" : "";
                page.Append($"<li><a{current} href=\"{root}{Encode(PagePath(chapter))}\">{Encode(chapter.Title)}</a></li>\n");
            }
            page.Append("</ul>\n");
        }
        page.Append("</nav>\n<main>\n").Append(content).Append("</main>\n</div>\n");
        if (script is not null) page.Append("<script>\n").Append(script).Append("\n</script>\n");
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The page of a chapter mirrors its Markdown path, so relative links between chapters keep working.</summary>
    public static string PagePath(ManualChapter chapter) => chapter.Path[..^".md".Length] + ".html";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
