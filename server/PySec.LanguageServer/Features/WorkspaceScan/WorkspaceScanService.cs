using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using PySec.Rules;
using PySec.Workspace;

namespace PySec.LanguageServer.Features.WorkspaceScan;

public sealed record ScanWorkspaceParams
{
    public System.Text.Json.JsonElement? WorkDoneToken { get; init; }
}

public sealed record ScanWorkspaceResult(int Files, int Findings, int Skipped);

/// <summary>One scanned file as diagnostics, for publishing and for workspace pull diagnostics.</summary>
public sealed record ScannedDocument(string Uri, DocumentAnalysis Analysis);

/// <summary>
/// Scans every Python file of the workspace folders with the workspace layer's discovery and scanner (each folder
/// with its own settings; excludes and .gitignore honoured), on the disk's content. Open documents are left to the
/// editor buffer's analysis.
/// </summary>
[FeatureService]
public sealed class WorkspaceScanService(ServerAssets assets, ILspLogger logger)
{
    /// <summary>Files analysed per batch: each batch's results are handed over and dropped before the next, bounding memory.</summary>
    public const int BatchSize = 64;

    /// <summary>
    /// Scans the folders <paramref name="includeFolder"/> accepts, giving each batch of analysed files to
    /// <paramref name="onBatch"/>; returns the number of files analysed and skipped.
    /// </summary>
    public async Task<(int Files, int Skipped)> ScanAsync(
        WorkspaceSnapshot snapshot, Func<string, bool> includeFolder, Func<IReadOnlyList<ScannedDocument>, Task> onBatch,
        Action<int, int, string>? progress, CancellationToken cancellationToken)
    {
        var rules = await assets.RulesAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        var files = 0;
        var skipped = 0;
        foreach (var folder in snapshot.Folders.Where(f => includeFolder(f.Uri)).ToList())
        {
            if (DocumentUri.ToPath(folder.Uri) is not { } root || !Directory.Exists(root))
            {
                logger.Warning($"workspace folder {folder.Uri} is not a local folder; not scanned");
                continue;
            }
            var settings = snapshot.Settings.For(folder.Uri);
            if (!settings.Enable) continue;
            var analyzer = new FileAnalyzer(rules, settings.Analysis);
            var discovery = await Task.Run(() => FileDiscovery.Discover(root, [root], analyzer.Settings), cancellationToken).ConfigureAwait(false);
            skipped += discovery.Skipped.Count;
            var total = discovery.Files.Count;
            var options = new ScanOptions
            {
                Cancellation = cancellationToken,
                // Leave a core for the editor's own requests while a scan runs.
                MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1),
            };
            for (var start = 0; start < total; start += BatchSize)
            {
                var batch = discovery.Files.Skip(start).Take(BatchSize).ToList();
                IReadOnlyList<SkippedFile> unreadable = [];
                var analysed = await Task.Run(() => Scanner.Analyze(batch, analyzer, options, out unreadable), cancellationToken).ConfigureAwait(false);
                skipped += unreadable.Count;
                foreach (var skip in unreadable) logger.Trace($"scan skipped {skip.Path}: {skip.Message}");
                var documents = analysed.Select(file => ToDocument(root, file, settings)).ToList();
                files += documents.Count;
                await onBatch(documents).ConfigureAwait(false);
                progress?.Invoke(Math.Min(total, start + batch.Count), total, batch[^1].RelativePath);
            }
        }
        return (files, skipped);
    }

    private static ScannedDocument ToDocument(string root, ScannedFile file, LanguageServer.Configuration.EffectiveSettings settings)
    {
        var uri = DocumentUri.FromPath(Path.Combine(root, file.Path));
        var document = new DocumentSnapshot(uri, "python", 0, file.Source.Text);
        var shown = file.Findings.Select(f => f.Finding).Where(f => !f.IsSuppressed).ToList();
        return new ScannedDocument(uri, new DocumentAnalysis(document, settings, null, shown, [], file.Diagnostics));
    }
}

public sealed class WorkspaceScanCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client)
    {
        capabilities.Experimental ??= [];
        capabilities.Experimental["pysecScanWorkspace"] = ScanWorkspaceHandler.Method;
    }
}

/// <summary>
/// pysec/scanWorkspace: scans all folders with work-done progress and publishes diagnostics for every scanned file
/// that is not open in the editor (open ones follow their buffer).
/// </summary>
[LspMethod(Method)]
public sealed class ScanWorkspaceHandler(WorkspaceScanService scanner, ILspClient client, ClientSession session, ManualService manual, ILspLogger logger)
    : IRequestHandler<ScanWorkspaceParams, ScanWorkspaceResult>
{
    public const string Method = "pysec/scanWorkspace";

    public async Task<ScanWorkspaceResult> HandleAsync(ScanWorkspaceParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var progress = await WorkDoneProgress.StartAsync(client, session, request.WorkDoneToken, "PySec: scanning the workspace", cancellationToken).ConfigureAwait(false);
        var findings = 0;
        try
        {
            var links = manual.Links();
            var open = context.Snapshot.Documents.Keys.Select(DocumentUri.Normalize).ToHashSet(StringComparer.Ordinal);
            var (files, skipped) = await scanner.ScanAsync(context.Snapshot, _ => true, async batch =>
            {
                foreach (var scanned in batch)
                {
                    findings += scanned.Analysis.Findings.Count;
                    if (open.Contains(DocumentUri.Normalize(scanned.Uri))) continue;
                    await client.NotifyAsync("textDocument/publishDiagnostics",
                        new PublishDiagnosticsParams(scanned.Uri, DiagnosticConverter.Convert(scanned.Analysis, session.Positions, links))).ConfigureAwait(false);
                }
            }, (done, total, path) => progress.Report(done, total, $"{done}/{total} {path}"), cancellationToken).ConfigureAwait(false);
            logger.Info($"scanned {files} files: {findings} findings, {skipped} skipped");
            await progress.EndAsync($"{files} files, {findings} findings").ConfigureAwait(false);
            // A scan is a rare bulk job: give its memory back to the system rather than keep the peak for the session.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return new ScanWorkspaceResult(files, findings, skipped);
        }
        catch (OperationCanceledException)
        {
            await progress.EndAsync("cancelled").ConfigureAwait(false);
            throw;
        }
    }
}
