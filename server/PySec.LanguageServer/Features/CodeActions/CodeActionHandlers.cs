using System.Text.Json;
using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using PySec.Rules;
using PySec.Syntax;
using PySec.Text;

namespace PySec.LanguageServer.Features.CodeActions;

public sealed class CodeActionCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeActionProvider = new CodeActionOptions(
            [CodeActionKind.QuickFix, CodeActionKind.SourceFixAllPySec],
            ResolveProvider: client.TextDocument?.CodeAction?.ResolveSupport?.Properties.Contains("edit") == true);
}

/// <summary>
/// textDocument/codeAction. For each finding in the range: its fixes (quickfix; safe ones preferred, unsafe ones
/// say so), "Suppress PYSEC123 on this line", and "Open manual chapter" (the extension's command). For the
/// document: source.fixAll.pysec with the safe fixes. Suppressions and fix-all are computed in codeAction/resolve
/// when the client supports it.
/// </summary>
[LspMethod("textDocument/codeAction")]
public sealed class CodeActionHandler(AnalysisCache cache, ClientSession session, ManualService manual)
    : IRequestHandler<CodeActionParams, IReadOnlyList<CodeAction>>
{
    public async Task<IReadOnlyList<CodeAction>> HandleAsync(CodeActionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument?.Uri ?? throw LspException.InvalidParams("textDocument is required");
        if (request.Range is null) throw LspException.InvalidParams("range is required");
        if (context.Snapshot.GetDocument(uri) is not { } document) return [];
        var settings = context.Snapshot.SettingsFor(uri);
        var analysis = cache.TryGetCompleted(document, settings) ?? await cache.GetAsync(document, settings, cancellationToken).ConfigureAwait(false);
        var positions = session.Positions;
        var range = positions.ToSpan(document.Lines, document.Text.Length, request.Range);
        var only = request.Context?.Only;
        var lazy = session.SupportsCodeActionResolve;
        var links = manual.Links();
        var actions = new List<CodeAction>();

        if (Wants(only, CodeActionKind.QuickFix))
        {
            foreach (var finding in analysis.Findings.Where(f => Touches(f.Span, range)))
            {
                var diagnostic = DiagnosticConverter.FromFinding(finding, document, positions, links);
                foreach (var fix in finding.Fixes)
                    actions.Add(new CodeAction
                    {
                        Title = fix.Safety == FixSafety.Safe ? fix.Title : $"{fix.Title} (unsafe fix: changes behaviour)",
                        Kind = CodeActionKind.QuickFix,
                        Diagnostics = [diagnostic],
                        IsPreferred = fix.Safety == FixSafety.Safe ? true : null,
                        Edit = Edit(document, fix.Edits, positions),
                    });
                var suppress = new CodeAction
                {
                    Title = $"Suppress {finding.RuleId} on this line",
                    Kind = CodeActionKind.QuickFix,
                    Diagnostics = [diagnostic],
                };
                var data = new CodeActionData(CodeActionData.Suppress, uri, document.Version, finding.RuleId, finding.Span.Start, finding.Span.Length);
                if (lazy) actions.Add(suppress with { Data = JsonSerializer.SerializeToElement(data, LspJson.Options) });
                else if (SuppressEdit(analysis, data, positions) is { } edit) actions.Add(suppress with { Edit = edit });
                actions.Add(new CodeAction
                {
                    Title = $"Open manual chapter for {finding.RuleId}",
                    Kind = CodeActionKind.QuickFix,
                    Diagnostics = [diagnostic],
                    Command = new Command($"Open manual chapter for {finding.RuleId}", ChapterLinks.ShowChapterCommand, [finding.RuleId]),
                });
            }
        }

        // Fix-all is a source action: offered when asked for (on save, or "Fix All"), not in every light bulb.
        if (only is { Count: > 0 } && Wants(only, CodeActionKind.SourceFixAllPySec) && analysis.Findings.Any(f => f.Fixes.Any(x => x.Safety == FixSafety.Safe)))
        {
            var fixAll = new CodeAction { Title = "Fix all safely fixable PySec findings", Kind = CodeActionKind.SourceFixAllPySec };
            var data = new CodeActionData(CodeActionData.FixAllSafe, uri, document.Version);
            actions.Add(lazy ? fixAll with { Data = JsonSerializer.SerializeToElement(data, LspJson.Options) } : fixAll with { Edit = FixAllEdit(analysis, positions) });
        }
        return actions;
    }

    /// <summary>Whether the client's <c>only</c> filter admits the kind: a listed kind or a prefix of it (source.fixAll admits source.fixAll.pysec).</summary>
    public static bool Wants(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Count == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static bool Touches(TextSpan finding, TextSpan range) =>
        finding.OverlapsWith(range) || finding.Contains(range.Start) || range.Contains(finding.Start) || finding.End == range.Start;

    public static WorkspaceEdit Edit(DocumentSnapshot document, IEnumerable<Rules.TextEdit> edits, PositionMapper positions) =>
        new(new Dictionary<string, IReadOnlyList<Protocol.TextEdit>>
        {
            [document.Uri] = edits.Select(e => new Protocol.TextEdit(positions.ToRange(document, e.Span), e.NewText)).ToList(),
        });

    public static WorkspaceEdit? SuppressEdit(DocumentAnalysis analysis, CodeActionData data, PositionMapper positions)
    {
        var tree = analysis.Model?.Tree ?? SyntaxTree.Parse(analysis.Document.Text);
        var edit = SuppressionPlacement.Edit(tree, analysis.Document.Lines, new TextSpan(data.Start, data.Length), data.RuleId ?? "");
        return edit is { } found ? Edit(analysis.Document, [found], positions) : null;
    }

    public static WorkspaceEdit FixAllEdit(DocumentAnalysis analysis, PositionMapper positions) =>
        Edit(analysis.Document, FixAll.SafeEdits(analysis, out _), positions);
}

/// <summary>codeAction/resolve: computes the edit of a suppression or fix-all action on the version it was offered for.</summary>
[LspMethod("codeAction/resolve")]
public sealed class CodeActionResolveHandler(AnalysisCache cache, ClientSession session) : IRequestHandler<CodeAction, CodeAction>
{
    public async Task<CodeAction> HandleAsync(CodeAction request, RequestContext context, CancellationToken cancellationToken)
    {
        if (request.Edit is not null || request.Data is not { ValueKind: JsonValueKind.Object } raw) return request;
        CodeActionData? data;
        try
        {
            data = raw.Deserialize<CodeActionData>(LspJson.Options);
        }
        catch (JsonException exception)
        {
            throw LspException.InvalidParams($"the code action's data is not ours: {exception.Message}");
        }
        if (data is null) throw LspException.InvalidParams("the code action has no data");
        if (context.Snapshot.GetDocument(data.Uri) is not { } document || document.Version != data.Version)
            throw new StreamJsonRpc.LocalRpcException("the document changed since the action was offered") { ErrorCode = LspErrorCodes.ContentModified };
        var settings = context.Snapshot.SettingsFor(data.Uri);
        var analysis = cache.TryGetCompleted(document, settings) ?? await cache.GetAsync(document, settings, cancellationToken).ConfigureAwait(false);
        var edit = data.Kind switch
        {
            CodeActionData.Suppress => CodeActionHandler.SuppressEdit(analysis, data, session.Positions),
            CodeActionData.FixAllSafe => CodeActionHandler.FixAllEdit(analysis, session.Positions),
            _ => throw LspException.InvalidParams($"unknown code action kind '{data.Kind}'"),
        };
        return edit is null ? request : request with { Edit = edit };
    }
}
