using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using PySec.Text;
using PySec.Workspace;

namespace PySec.LanguageServer.Features.Diagnostics;

/// <summary>
/// workspace/diagnostic, behind the <c>diagnostics.workspace</c> setting (per folder): every Python file of the
/// enabled folders, open ones from their buffer. A file's result id is its size, modification time and the settings
/// generation, so an unchanged file is reported "unchanged" without being read again. Clients re-send this request
/// as soon as it is answered; when nothing changed (or the setting is off) the answer waits for the next change in
/// the workspace, up to <see cref="IdleWait"/>, instead of spinning.
/// </summary>
[LspMethod("workspace/diagnostic")]
public sealed class WorkspaceDiagnosticHandler(
    ServerAssets assets, AnalysisCache cache, ClientSession session, ManualService manual, WorkspaceChangeSignal changes, ILspLogger logger)
    : IRequestHandler<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport>
{
    public static TimeSpan IdleWait { get; set; } = TimeSpan.FromSeconds(30);

    public async Task<WorkspaceDiagnosticReport> HandleAsync(WorkspaceDiagnosticParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var snapshot = context.Snapshot;
        var previous = (request.PreviousResultIds ?? []).Where(p => p?.Uri is not null)
            .GroupBy(p => DocumentUri.Normalize(p.Uri)).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        var folders = snapshot.Folders.Where(f => snapshot.Settings.For(f.Uri) is { Enable: true, WorkspaceDiagnostics: true }).ToList();
        if (folders.Count == 0)
        {
            await changes.WaitAsync(IdleWait, cancellationToken).ConfigureAwait(false);
            return new WorkspaceDiagnosticReport([]);
        }
        var rules = await assets.RulesAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        var links = manual.Links();
        var open = snapshot.Documents.Values.ToDictionary(d => DocumentUri.Normalize(d.Uri), StringComparer.Ordinal);
        var items = new List<WorkspaceDocumentDiagnosticReport>();
        foreach (var folder in folders)
        {
            if (DocumentUri.ToPath(folder.Uri) is not { } root || !Directory.Exists(root)) continue;
            var settings = snapshot.Settings.For(folder.Uri);
            var analyzer = new FileAnalyzer(rules, settings.Analysis);
            var discovery = await Task.Run(() => FileDiscovery.Discover(root, [root], analyzer.Settings), cancellationToken).ConfigureAwait(false);
            foreach (var file in discovery.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var uri = DocumentUri.FromPath(file.FullPath);
                var key = DocumentUri.Normalize(uri);
                if (open.TryGetValue(key, out var document))
                {
                    var analysis = await cache.GetAsync(document, snapshot.SettingsFor(document.Uri), cancellationToken).ConfigureAwait(false);
                    items.Add(Report(document.Uri, document.Version, analysis.ResultId, previous.GetValueOrDefault(key), () => DiagnosticConverter.Convert(analysis, session.Positions, links)));
                    continue;
                }
                var resultId = DiskResultId(file.FullPath, settings.Generation);
                items.Add(Report(uri, null, resultId, previous.GetValueOrDefault(key), () =>
                {
                    var source = SourceFileReader.Read(file.FullPath, file.RelativePath, analyzer.Settings.MaxFileSize, out var skipped);
                    if (source is null)
                    {
                        logger.Trace($"workspace diagnostics skipped {file.RelativePath}: {skipped?.Message}");
                        return [];
                    }
                    var scanned = analyzer.Analyze(file.RelativePath, source);
                    var analysis = new DocumentAnalysis(new DocumentSnapshot(uri, "python", 0, source.Text), settings, null,
                        scanned.Findings.Select(f => f.Finding).Where(f => !f.IsSuppressed).ToList(), [], scanned.Diagnostics);
                    return DiagnosticConverter.Convert(analysis, session.Positions, links);
                }));
            }
        }
        if (items.All(i => i.Kind == DocumentDiagnosticReportKind.Unchanged))
            await changes.WaitAsync(IdleWait, cancellationToken).ConfigureAwait(false);
        return new WorkspaceDiagnosticReport(items);
    }

    private static WorkspaceDocumentDiagnosticReport Report(string uri, int? version, string resultId, string? previousId, Func<IReadOnlyList<Protocol.Diagnostic>> compute) =>
        resultId == previousId
            ? new WorkspaceDocumentDiagnosticReport(DocumentDiagnosticReportKind.Unchanged, uri, version, resultId)
            : new WorkspaceDocumentDiagnosticReport(DocumentDiagnosticReportKind.Full, uri, version, resultId, compute());

    private static string DiskResultId(string path, int generation)
    {
        try
        {
            var info = new FileInfo(path);
            return $"disk.{info.Length}.{info.LastWriteTimeUtc.Ticks}.{generation}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"disk.unreadable.{generation}";
        }
    }
}
