using System.Text;
using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using PySec.Rules;
using PySec.Syntax;
using PySec.Text;

namespace PySec.LanguageServer.Features.Hover;

public sealed class HoverCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.HoverProvider = true;
}

/// <summary>
/// textDocument/hover. Over a finding (shown or suppressed): the manual's entry for its rule. Over an API that a
/// rule names, where no rule fires: a short note with the chapter link. The document's analysis is cached per
/// version, so a hover after the diagnostics costs a lookup.
/// </summary>
[LspMethod("textDocument/hover")]
public sealed class HoverHandler(AnalysisCache cache, ClientSession session, ManualService manual)
    : IRequestHandler<HoverParams, Protocol.Hover?>
{
    public async Task<Protocol.Hover?> HandleAsync(HoverParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument?.Uri ?? throw LspException.InvalidParams("textDocument is required");
        if (request.Position is null) throw LspException.InvalidParams("position is required");
        if (context.Snapshot.GetDocument(uri) is not { } document) return null;
        var settings = context.Snapshot.SettingsFor(uri);
        var analysis = cache.TryGetCompleted(document, settings)
            ?? await cache.GetAsync(document, settings, cancellationToken).ConfigureAwait(false);
        var offset = session.Positions.ToOffset(document, request.Position);
        var book = await manual.ManualAsync.WaitAsync(cancellationToken).ConfigureAwait(false);

        var findings = analysis.Findings.Concat(analysis.Suppressed)
            .Where(f => Covers(f.Span, offset)).ToList();
        if (findings.Count > 0)
        {
            var text = new StringBuilder();
            foreach (var ruleId in findings.Select(f => f.RuleId).Distinct())
            {
                if (text.Length > 0) text.Append("\n---\n\n");
                text.Append(manual.RuleHover(book, ruleId) ?? $"**{ruleId}**: no manual chapter explains this rule.\n");
            }
            var span = findings.Select(f => f.Span).Aggregate((a, b) => TextSpan.FromBounds(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End)));
            return new Protocol.Hover(Content(text.ToString()), session.Positions.ToRange(document, span));
        }

        if (analysis.Model is not { } model || ApiAt(model.Tree, offset) is not { } expression) return null;
        if (model.GetQualifiedName(expression) is not { } name) return null;
        var index = await manual.ApiIndexAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        var ruleIds = index.RulesFor(name);
        if (ruleIds.Count == 0) return null;
        var note = ApiNote(name, ruleIds, book);
        return note is null ? null : new Protocol.Hover(Content(note), session.Positions.ToRange(document, expression.Span));
    }

    private MarkupContent Content(string markdown) =>
        session.SupportsMarkdownHover ? new MarkupContent(MarkupKind.Markdown, markdown) : new MarkupContent(MarkupKind.PlainText, markdown);

    private string? ApiNote(string name, IReadOnlyList<string> ruleIds, PySec.Manual.Manual book)
    {
        var chapters = ruleIds.Select(id => (Id: id, Chapter: book.ByRule(id))).Where(c => c.Chapter is not null)
            .GroupBy(c => c.Chapter!.Id).ToList();
        if (chapters.Count == 0) return null;
        var note = new StringBuilder($"`{name}` is covered by the secure coding manual:\n\n");
        foreach (var group in chapters)
        {
            var chapter = group.First().Chapter!;
            var rules = string.Join(", ", group.Select(c => c.Id));
            note.Append($"- [{Escape(chapter.Title)}]({ChapterLinks.CommandLink(chapter.Id)}) ({rules})\n");
        }
        note.Append("\nNo rule reports this use.");
        return note.ToString();
    }

    /// <summary>The name or attribute expression under the cursor (the whole dotted name when on its last part).</summary>
    public static ExpressionSyntax? ApiAt(SyntaxTree tree, int offset)
    {
        if (tree.Text.Length == 0) return null;
        var token = tree.Root.FindToken(Math.Clamp(offset, 0, tree.Text.Length));
        if (!token.Span.Contains(offset) && token.Span.End != offset) return null;
        return token.Parent switch
        {
            NameExpressionSyntax name => name,
            AttributeExpressionSyntax attribute when attribute.Name == token => attribute,
            _ => null,
        };
    }

    private static bool Covers(TextSpan span, int offset) => span.Contains(offset) || (span.IsEmpty ? span.Start == offset : span.End == offset);

    private static string Escape(string text) => text.Replace("[", "\\[").Replace("]", "\\]");
}
