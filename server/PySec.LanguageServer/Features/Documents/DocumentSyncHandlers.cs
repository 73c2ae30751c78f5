using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Documents;

/// <summary>Incremental text sync: the document capability and the open/change/close/save notifications.</summary>
public sealed class DocumentSyncCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.TextDocumentSync = new TextDocumentSyncOptions(true, TextDocumentSyncKind.Incremental) { Save = new SaveOptions(false) };
}

[LspMethod("textDocument/didOpen", Mutates = true)]
public sealed class DidOpenHandler(WorkspaceStore store, AnalysisCache cache, DiagnosticScheduler diagnostics) : INotificationHandler<DidOpenTextDocumentParams>
{
    public Task HandleAsync(DidOpenTextDocumentParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var item = notification.TextDocument;
        var document = new DocumentSnapshot(item.Uri, item.LanguageId ?? "python", item.Version, item.Text ?? "");
        cache.Remove(item.Uri);
        store.Update(state => state with { Documents = state.Documents.SetItem(item.Uri, document) });
        diagnostics.Schedule(item.Uri);
        return Task.CompletedTask;
    }
}

[LspMethod("textDocument/didChange", Mutates = true)]
public sealed class DidChangeHandler(WorkspaceStore store, ClientSession session, DiagnosticScheduler diagnostics, ILspLogger logger)
    : INotificationHandler<DidChangeTextDocumentParams>
{
    public Task HandleAsync(DidChangeTextDocumentParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        if (store.Current.GetDocument(uri) is not { } document)
        {
            logger.Warning($"ignored a change to {uri}: the document is not open");
            return Task.CompletedTask;
        }
        var text = TextChanges.Apply(document.Text, notification.ContentChanges ?? [], session.Positions);
        var changed = document.WithText(notification.TextDocument.Version, text);
        store.Update(state => state with { Documents = state.Documents.SetItem(uri, changed) });
        diagnostics.Schedule(uri);
        return Task.CompletedTask;
    }
}

[LspMethod("textDocument/didClose", Mutates = true)]
public sealed class DidCloseHandler(WorkspaceStore store, AnalysisCache cache, DiagnosticScheduler diagnostics, ILspLogger logger)
    : INotificationHandler<DidCloseTextDocumentParams>
{
    public async Task HandleAsync(DidCloseTextDocumentParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        if (store.Current.GetDocument(uri) is null)
        {
            logger.Warning($"ignored closing {uri}: the document is not open");
            return;
        }
        store.Update(state => state with { Documents = state.Documents.Remove(uri) });
        cache.Remove(uri);
        await diagnostics.ClearAsync(uri).ConfigureAwait(false);
    }
}

/// <summary>didSave: the buffer is already analysed as it changes; nothing to do but accept the notification.</summary>
[LspMethod("textDocument/didSave")]
public sealed class DidSaveHandler : INotificationHandler<DidSaveTextDocumentParams>
{
    public Task HandleAsync(DidSaveTextDocumentParams notification, RequestContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
