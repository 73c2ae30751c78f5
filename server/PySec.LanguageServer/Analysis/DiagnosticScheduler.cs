using System.Collections.Concurrent;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Analysis;

/// <summary>
/// Pushes diagnostics (textDocument/publishDiagnostics) for clients without pull diagnostics. A change to an idle
/// document is analysed at once; a change that arrives while the previous one is still waiting or being analysed
/// cancels that work and restarts a quiet period (<see cref="LanguageServerOptions.DebounceMilliseconds"/>), so a
/// burst of keystrokes costs one analysis and a single edit costs no delay. Results for a version that is no longer
/// current are never published.
/// </summary>
public sealed class DiagnosticScheduler(
    AnalysisCache cache, WorkspaceStore store, ILspClient client, ClientSession session, ServerAssets assets,
    LanguageServerOptions options, ILspLogger logger, Configuration.InitialSettings? initialSettings = null)
{
    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    private sealed record Pending(int Version, CancellationTokenSource Cancel, Task Work);

    /// <summary>Raised after diagnostics for a document version were sent (tests and the benchmark wait on it).</summary>
    public event Action<string, int>? Published;

    public void Schedule(string uri)
    {
        if (session.SupportsPullDiagnostics) return;
        var cancel = new CancellationTokenSource();
        var version = store.Current.GetDocument(uri)?.Version ?? -1;
        var delay = 0;
        if (_pending.TryRemove(uri, out var previous))
        {
            previous.Cancel.Cancel();
            if (!previous.Work.IsCompleted) delay = options.DebounceMilliseconds;
        }
        var pending = new Pending(version, cancel, Task.CompletedTask);
        pending = pending with { Work = RunAsync(uri, delay, cancel.Token) };
        _pending[uri] = pending;
    }

    /// <summary>Clears the document's diagnostics in the client (on close, or when it becomes excluded).</summary>
    public Task ClearAsync(string uri)
    {
        if (_pending.TryRemove(uri, out var previous)) previous.Cancel.Cancel();
        if (session.SupportsPullDiagnostics) return Task.CompletedTask;
        return client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, []));
    }

    /// <summary>Re-analyses every open document (settings changed).</summary>
    public void ScheduleAll()
    {
        foreach (var uri in store.Current.Documents.Keys) Schedule(uri);
    }

    private async Task RunAsync(string uri, int delay, CancellationToken cancellationToken)
    {
        try
        {
            if (delay > 0) await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            else await Task.Yield();
            if (initialSettings is not null) await initialSettings.WaitAsync(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var snapshot = store.Current;
            if (snapshot.GetDocument(uri) is not { } document) return;
            var analysis = await cache.GetAsync(document, snapshot.SettingsFor(uri), cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested || !ReferenceEquals(store.Current.GetDocument(uri), document)) return;
            var links = new ChapterLinks(session.ManualBaseUrl, assets.ManualIfLoaded);
            var diagnostics = DiagnosticConverter.Convert(analysis, session.Positions, links);
            await client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, diagnostics) { Version = document.Version }).ConfigureAwait(false);
            Published?.Invoke(uri, document.Version);
        }
        catch (OperationCanceledException)
        {
            // Superseded by a newer version.
        }
        catch (Exception exception)
        {
            logger.Error($"analysing {uri} failed: {exception}");
        }
    }
}
