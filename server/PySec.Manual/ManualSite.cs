using System.Text;

namespace PySec.Manual;

/// <summary>
/// The browsable manual: index.html (chapters by category with a search box over titles and rule ids), one page per
/// chapter in its category folder, and the manual's other pages (README). Self-contained: no external styles,
/// scripts or fonts.
/// </summary>
public static class ManualSite
{
    private const string SearchScript = """
        var box = document.getElementById("search");
        box.addEventListener("input", function () {
          var query = box.value.trim().toLowerCase();
          document.querySelectorAll("#toc li").forEach(function (item) {
            item.hidden = query !== "" && item.getAttribute("data-search").indexOf(query) < 0;
          });
          document.querySelectorAll("#toc section").forEach(function (section) {
            section.hidden = !section.querySelector("li:not([hidden])");
          });
        });
        """;

    public static void Write(Manual manual, string outputDirectory) => FileSystemManual.WriteAll(outputDirectory, Pages(manual));

    /// <summary>Every file of the site: relative '/' path to its HTML.</summary>
    public static IReadOnlyDictionary<string, string> Pages(Manual manual)
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = Index(manual) };
        foreach (var (path, markdown) in manual.OtherPages.Where(p => p.Key != "index.md"))
        {
            var title = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? path;
            pages[ManualLinks.ToHtml(path)] = SitePage.Wrap(manual, title, "", null, ChapterHtml.RenderMarkdown(markdown));
        }
        var chapters = manual.TableOfContents.SelectMany(c => c.Chapters).ToList();
        for (var i = 0; i < chapters.Count; i++)
            pages[SitePage.PagePath(chapters[i])] = ChapterPage(manual, chapters[i], i > 0 ? chapters[i - 1] : null, i + 1 < chapters.Count ? chapters[i + 1] : null);
        return pages;
    }

    private static string Index(Manual manual)
    {
        var content = new StringBuilder("<h1>PySec secure coding manual</h1>\n");
        content.Append("<p>Every finding of PySec links to a chapter here: the attack, the vulnerable pattern and the safer code.");
        if (manual.OtherPages.ContainsKey("README.md")) content.Append(" <a href=\"README.html\">How the manual is organised</a>.");
        content.Append("</p>\n");
        content.Append("<input id=\"search\" type=\"search\" placeholder=\"Search titles and rule ids\" aria-label=\"Search titles and rule ids\">\n<div id=\"toc\">\n");
        foreach (var (category, chapters) in manual.TableOfContents)
        {
            content.Append($"<section>\n<h2>{SitePage.Encode(category.Title)} (PYSEC{category.RuleDigit}xx)</h2>\n<ul>\n");
            foreach (var chapter in chapters)
            {
                var page = SitePage.Encode(SitePage.PagePath(chapter));
                var search = SitePage.Encode((chapter.Title + " " + string.Join(" ", chapter.Rules) + " " + chapter.Id).ToLowerInvariant());
                var rules = string.Join(", ", chapter.Rules.Select(r => $"<a class=\"rule\" href=\"{page}#{SitePage.Encode(r)}\">{SitePage.Encode(r)}</a>"));
                content.Append($"<li data-search=\"{search}\"><a href=\"{page}\">{SitePage.Encode(chapter.Title)}</a> {rules}</li>\n");
            }
            content.Append("</ul>\n</section>\n");
        }
        content.Append("</div>\n");
        return SitePage.Wrap(manual, "Contents", "", null, content.ToString(), SearchScript);
    }

    private static string ChapterPage(Manual manual, ManualChapter chapter, ManualChapter? previous, ManualChapter? next)
    {
        var root = string.Concat(Enumerable.Repeat("../", chapter.Path.Count(c => c == '/')));
        var content = new StringBuilder();
        var category = ManualCategories.BySlug(chapter.Category)?.Title ?? chapter.Category;
        var cwe = string.Join(", ", chapter.Cwe.Select(n => $"<a href=\"{ManualMarkdown.CweUrl(n)}\">CWE-{n}</a>"));
        content.Append($"<p class=\"meta\">{SitePage.Encode(category)} · {cwe} · {SitePage.Encode(chapter.Owasp)} · Python {SitePage.Encode(chapter.Python)}</p>\n");
        content.Append(ChapterHtml.Render(chapter));
        content.Append("<div class=\"pager\">");
        content.Append(previous is null ? "<span></span>" : $"<a rel=\"prev\" href=\"{root}{SitePage.Encode(SitePage.PagePath(previous))}\">&larr; {SitePage.Encode(previous.Title)}</a>");
        content.Append(next is null ? "<span></span>" : $"<a rel=\"next\" href=\"{root}{SitePage.Encode(SitePage.PagePath(next))}\">{SitePage.Encode(next.Title)} &rarr;</a>");
        content.Append("</div>\n");
        return SitePage.Wrap(manual, chapter.Title, root, chapter.Path, content.ToString());
    }
}
