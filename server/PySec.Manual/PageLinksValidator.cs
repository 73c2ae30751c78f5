using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PySec.Manual;

/// <summary>
/// The manual's pages that are not chapters (README.md, index.md): their links must resolve, and the table of
/// contents (index.md) must list every chapter, since readers of the repository navigate by it.
/// </summary>
internal static class PageLinksValidator
{
    public const string IndexPage = "index.md";

    public static IEnumerable<ManualDiagnostic> Validate(IReadOnlyDictionary<string, string> pages, IReadOnlyList<ManualChapter> chapters, IReadOnlySet<string> files)
    {
        foreach (var (path, text) in pages)
        {
            var folder = path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
            var targets = new HashSet<string>(StringComparer.Ordinal);
            var document = Markdown.Parse(text.Replace("\r\n", "\n"), ManualMarkdig.Pipeline);
            foreach (var link in document.Descendants<LinkInline>())
            {
                if (link.Url is null || ManualLinks.Resolve(folder, link.Url) is not { } target) continue;
                targets.Add(target);
                if (!files.Contains(target))
                    yield return new(path, link.Line + 1, $"link '{link.Url}' points to '{target}', which does not exist");
            }
            if (path != IndexPage) continue;
            foreach (var chapter in chapters.Where(c => !targets.Contains(c.Path)))
                yield return new(path, 1, $"the table of contents does not list {chapter.Path}");
        }
    }
}
