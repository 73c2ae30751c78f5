using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using PySec.Manual;

namespace PySec.LanguageServer.Features.ManualBrowser;

/// <summary>Advertises the manual requests under <c>experimental</c>, where the specification puts custom capabilities.</summary>
public sealed class ManualBrowserCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client)
    {
        capabilities.Experimental ??= [];
        capabilities.Experimental["pysecManual"] = new { toc = ManualTocHandler.Method, chapter = ManualChapterHandler.Method };
    }
}

/// <summary>pysec/manualToc: categories in manual order with their chapters and the rules each explains.</summary>
[LspMethod(Method)]
public sealed class ManualTocHandler(ManualService manual) : IRequestHandler<NoParams, ManualTocResult>
{
    public const string Method = "pysec/manualToc";

    public async Task<ManualTocResult> HandleAsync(NoParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var book = await manual.ManualAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new ManualTocResult(book.TableOfContents
            .Select(c => new ManualTocCategory(c.Category.Folder, c.Category.Title,
                c.Chapters.Select(ch => new ManualTocChapter(ch.Id, ch.Title, ch.Rules)).ToList()))
            .ToList());
    }
}

/// <summary>
/// pysec/manualChapter: one chapter as Markdown and as an HTML fragment for the webview, found by chapter id, rule
/// id, rule name or Bandit/Ruff alias. An unknown id is an InvalidParams error.
/// </summary>
[LspMethod(Method)]
public sealed class ManualChapterHandler(ManualService manual, ServerAssets assets) : IRequestHandler<ManualChapterParams, ManualChapterResult>
{
    public const string Method = "pysec/manualChapter";

    public async Task<ManualChapterResult> HandleAsync(ManualChapterParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var id = request.Id?.Trim();
        if (string.IsNullOrEmpty(id)) throw LspException.InvalidParams("'id' is required: a chapter id, rule id or Bandit/Ruff alias");
        var book = await manual.ManualAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        var chapter = book.Find(id);
        if (chapter is null)
        {
            var rules = await assets.RulesAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
            chapter = rules.Resolve(id).Select(r => book.ByRule(r.Id)).FirstOrDefault(c => c is not null);
        }
        if (chapter is null) throw LspException.InvalidParams($"no manual chapter for '{id}' (not a chapter id, rule id or alias)");
        var html = ChapterHtmlLinks.Rewrite(ChapterHtml.Render(chapter), chapter, book, manual.Links(book));
        return new ManualChapterResult(chapter.Id, chapter.Title, chapter.Category, chapter.Rules, ManualMarkdown.Chapter(chapter), html);
    }
}
