using System.Collections.Concurrent;
using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Documents;

namespace PySec.LanguageServer.Analysis;

/// <summary>
/// The latest analysis of each open document, shared by diagnostics, hover and code actions, so one version is
/// analysed once. Asking for a newer version (or newer settings) abandons the running analysis of the older one;
/// a reader holding an older snapshot gets its own uncached analysis.
/// </summary>
public sealed class AnalysisCache(IDocumentAnalyzer analyzer)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(DocumentSnapshot Document, int Generation, Task<DocumentAnalysis> Analysis, CancellationTokenSource Abandon);

    public Task<DocumentAnalysis> GetAsync(DocumentSnapshot document, EffectiveSettings settings, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_entries.TryGetValue(document.Uri, out var existing))
            {
                if (ReferenceEquals(existing.Document, document) && existing.Generation == settings.Generation)
                    return existing.Analysis.WaitAsync(cancellationToken);
                if (IsNewer(existing, document, settings))
                    return analyzer.AnalyzeAsync(document, settings, cancellationToken);
            }
            var abandon = new CancellationTokenSource();
            var entry = new Entry(document, settings.Generation, Start(document, settings, abandon.Token), abandon);
            var stored = existing is null ? _entries.TryAdd(document.Uri, entry) : _entries.TryUpdate(document.Uri, entry, existing);
            if (!stored)
            {
                abandon.Cancel();
                continue;
            }
            existing?.Abandon.Cancel();
            return entry.Analysis.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The finished analysis of exactly this document version and settings, without waiting; hover's fast path.</summary>
    public DocumentAnalysis? TryGetCompleted(DocumentSnapshot document, EffectiveSettings settings) =>
        _entries.TryGetValue(document.Uri, out var entry) && ReferenceEquals(entry.Document, document)
        && entry.Generation == settings.Generation && entry.Analysis.IsCompletedSuccessfully
            ? entry.Analysis.Result
            : null;

    public void Remove(string uri)
    {
        if (_entries.TryRemove(uri, out var entry)) entry.Abandon.Cancel();
    }

    private Task<DocumentAnalysis> Start(DocumentSnapshot document, EffectiveSettings settings, CancellationToken abandon) =>
        Task.Run(() => analyzer.AnalyzeAsync(document, settings, abandon), abandon);

    private static bool IsNewer(Entry existing, DocumentSnapshot document, EffectiveSettings settings) =>
        existing.Document.Version > document.Version ||
        (existing.Document.Version == document.Version && existing.Generation > settings.Generation);
}
