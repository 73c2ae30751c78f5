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
    public async Task<(IReadOnlyList<ScannedDocument> Documents, int Skipped)> ScanAsync(
        WorkspaceSnapshot snapshot, Func<string, bool> includeFolder, Action<int, int, string>? progress, CancellationToken cancellationToken)
    {
        var rules = await assets.RulesAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<ScannedDocument>();
        var skipped = 0;
        var folders = snapshot.Folders.Where(f => includeFolder(f.Uri)).ToList();
        foreach (var folder in folders)
        {
            if (DocumentUri.ToPath(folder.Uri) is not { } root || !Directory.Exists(root))
            {
                logger.Warning($"workspace folder {folder.Uri} is not a local folder; not scanned");
                continue;
            }
            var settings = snapshot.Settings.For(folder.Uri);
            if (!settings.Enable) continue;
            var analyzer = new FileAnalyzer(rules, settings.Analysis);
            var options = new ScanOptions
            {
                Cancellation = cancellationToken,
                // Leave a core for the editor's own requests while a scan runs.
                MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1),
                Progress = p => progress?.Invoke(p.Done, p.Total, p.LastPath),
            };
            var result = await Task.Run(() => Scanner.Scan(root, [], analyzer, options), cancellationToken).ConfigureAwait(false);
            skipped += result.Skipped.Count;
            foreach (var skip in result.Skipped) logger.Trace($"scan skipped {skip.Path}: {skip.Message}");
            foreach (var file in result.Files)
            {
                var uri = DocumentUri.FromPath(Path.Combine(root, file.Path));
                var document = new DocumentSnapshot(uri, "python", 0, file.Source.Text);
                var shown = file.Findings.Select(f => f.Finding).Where(f => !f.IsSuppressed).ToList();
                documents.Add(new ScannedDocument(uri, new DocumentAnalysis(document, settings, null, shown, [], file.Diagnostics)));
            }
        }
        return (documents, skipped);
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
            var (documents, skipped) = await scanner.ScanAsync(context.Snapshot, _ => true,
                (done, total, path) => progress.Report(done, total, $"{done}/{total} {path}"), cancellationToken).ConfigureAwait(false);
            var links = manual.Links();
            foreach (var scanned in documents)
            {
                findings += scanned.Analysis.Findings.Count;
                if (context.Snapshot.Documents.Keys.Any(open => DocumentUri.Normalize(open) == DocumentUri.Normalize(scanned.Uri))) continue;
                await client.NotifyAsync("textDocument/publishDiagnostics",
                    new PublishDiagnosticsParams(scanned.Uri, DiagnosticConverter.Convert(scanned.Analysis, session.Positions, links))).ConfigureAwait(false);
            }
            logger.Info($"scanned {documents.Count} files: {findings} findings, {skipped} skipped");
            await progress.EndAsync($"{documents.Count} files, {findings} findings").ConfigureAwait(false);
            return new ScanWorkspaceResult(documents.Count, findings, skipped);
        }
        catch (OperationCanceledException)
        {
            await progress.EndAsync("cancelled").ConfigureAwait(false);
            throw;
        }
    }
}
