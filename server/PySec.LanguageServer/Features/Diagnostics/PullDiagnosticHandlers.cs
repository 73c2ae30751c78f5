using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Diagnostics;

/// <summary>Pull diagnostics, offered when the client declares textDocument.diagnostic; others get them pushed.</summary>
public sealed class PullDiagnosticsCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client)
    {
        if (client.TextDocument?.Diagnostic is null) return;
        capabilities.DiagnosticProvider = new DiagnosticOptions("pysec", InterFileDependencies: false, WorkspaceDiagnostics: true);
    }
}

/// <summary>
/// textDocument/diagnostic: the document's diagnostics, or "unchanged" when the client's previous result id is
/// still current (same version, same settings).
/// </summary>
[LspMethod("textDocument/diagnostic")]
public sealed class DocumentDiagnosticHandler(AnalysisCache cache, ClientSession session, ServerAssets assets)
    : IRequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    public async Task<DocumentDiagnosticReport> HandleAsync(DocumentDiagnosticParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument?.Uri ?? throw LspException.InvalidParams("textDocument is required");
        if (context.Snapshot.GetDocument(uri) is not { } document)
            return new DocumentDiagnosticReport(DocumentDiagnosticReportKind.Full, null, []);
        var settings = context.Snapshot.SettingsFor(uri);
        var resultId = $"{document.Version}.{settings.Generation}";
        if (request.PreviousResultId == resultId)
            return new DocumentDiagnosticReport(DocumentDiagnosticReportKind.Unchanged, resultId);
        var analysis = await cache.GetAsync(document, settings, cancellationToken).ConfigureAwait(false);
        var links = new ChapterLinks(session.ManualBaseUrl, assets.ManualIfLoaded);
        return new DocumentDiagnosticReport(DocumentDiagnosticReportKind.Full, analysis.ResultId,
            DiagnosticConverter.Convert(analysis, session.Positions, links));
    }
}
