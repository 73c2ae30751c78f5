using System.Text.Json;
using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Features.CodeActions;
using PySec.LanguageServer.Features.WorkspaceScan;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Commands;

public sealed class ExecuteCommandCapability : ICapabilityProvider
{
    public void Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.ExecuteCommandProvider = new ExecuteCommandOptions(ExecuteCommandHandler.Commands);
}

public sealed record FixAllCommandResult(bool Applied, int Fixes);

/// <summary>
/// workspace/executeCommand for the server's commands: <c>pysec.server.scanWorkspace</c> (as pysec/scanWorkspace)
/// and <c>pysec.server.fixAll [uri]</c> (applies the document's safe fixes through workspace/applyEdit). The
/// extension's own command (pysec.showManualChapter) is not ours and is not listed.
/// </summary>
[LspMethod("workspace/executeCommand")]
public sealed class ExecuteCommandHandler(ScanWorkspaceHandler scan, AnalysisCache cache, ClientSession session, ILspClient client)
    : IRequestHandler<ExecuteCommandParams, object?>
{
    public const string ScanWorkspace = "pysec.server.scanWorkspace";
    public const string FixAllCommand = "pysec.server.fixAll";
    public static readonly IReadOnlyList<string> Commands = [ScanWorkspace, FixAllCommand];

    public async Task<object?> HandleAsync(ExecuteCommandParams request, RequestContext context, CancellationToken cancellationToken)
    {
        switch (request.Command)
        {
            case ScanWorkspace:
                return await scan.HandleAsync(new ScanWorkspaceParams { WorkDoneToken = request.WorkDoneToken }, context, cancellationToken).ConfigureAwait(false);
            case FixAllCommand:
                return await FixAllAsync(request, context, cancellationToken).ConfigureAwait(false);
            default:
                throw LspException.InvalidParams($"unknown command '{request.Command}' (the server's commands: {string.Join(", ", Commands)})");
        }
    }

    private async Task<FixAllCommandResult> FixAllAsync(ExecuteCommandParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (request.Arguments is not [{ ValueKind: JsonValueKind.String } argument, ..])
            throw LspException.InvalidParams($"{FixAllCommand} takes the document URI as its argument");
        var uri = argument.GetString()!;
        if (context.Snapshot.GetDocument(uri) is not { } document)
            throw LspException.InvalidParams($"{uri} is not open");
        var settings = context.Snapshot.SettingsFor(uri);
        var analysis = cache.TryGetCompleted(document, settings) ?? await cache.GetAsync(document, settings, cancellationToken).ConfigureAwait(false);
        var edits = FixAll.SafeEdits(analysis, out var count);
        if (count == 0) return new FixAllCommandResult(false, 0);
        var result = await client.RequestAsync<ApplyWorkspaceEditResult>("workspace/applyEdit",
            new ApplyWorkspaceEditParams(CodeActionHandler.Edit(document, edits, session.Positions), "PySec: fix all safe findings"), cancellationToken).ConfigureAwait(false);
        return new FixAllCommandResult(result?.Applied == true, count);
    }
}
