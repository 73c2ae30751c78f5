using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Lifecycle;

/// <summary>
/// initialize: negotiates the position encoding, records the client's capabilities, workspace folders and
/// initialization options (settings, manual base URL), and answers with what every feature contributes.
/// </summary>
[LspMethod("initialize", Mutates = true)]
public sealed class InitializeHandler(
    ServerLifecycle lifecycle, ClientSession session, WorkspaceStore store, IEnumerable<ICapabilityProvider> providers, LanguageServerOptions options, ILspLogger logger)
    : IRequestHandler<InitializeParams, InitializeResult>
{
    public Task<InitializeResult> HandleAsync(InitializeParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var initialization = ReadOptions(request.InitializationOptions, problems, out var manualBaseUrl);
        session.Initialize(request, manualBaseUrl);
        var folders = request.WorkspaceFolders?.ToList() ?? [];
        if (folders.Count == 0 && request.RootUri is { } root) folders.Add(new WorkspaceFolder(root, root.TrimEnd('/').Split('/')[^1]));
        store.Update(state => state with
        {
            Folders = [.. folders],
            Settings = (state.Settings with { Initialization = initialization }).Next(),
        });

        var capabilities = new ServerCapabilities { PositionEncoding = session.Positions.EncodingName };
        foreach (var provider in providers) provider.Contribute(capabilities, session.Capabilities);
        if (!lifecycle.TryStart())
            throw new StreamJsonRpc.LocalRpcException("initialize was already received") { ErrorCode = LspErrorCodes.InvalidRequest };
        foreach (var problem in problems) logger.Warning(problem);
        logger.Info($"pysec {options.ServerVersion} serving {session.ClientName ?? "a client"} ({session.Positions.EncodingName} positions, {folders.Count} workspace folder(s))");
        return Task.FromResult(new InitializeResult(capabilities, new ServerInfo("pysec", options.ServerVersion)));
    }

    private static SettingsLayer ReadOptions(JsonElement? options, List<string> problems, out string? manualBaseUrl)
    {
        manualBaseUrl = null;
        if (options is not { ValueKind: JsonValueKind.Object } element) return SettingsLayer.None;
        var node = JsonNode.Parse(element.GetRawText()) as JsonObject;
        if (node?["manualBaseUrl"] is JsonValue url && url.GetValueKind() == JsonValueKind.String) manualBaseUrl = url.GetValue<string>();
        return node?["settings"] is { } settings ? SettingsLayer.FromJson(settings, problems) : SettingsLayer.None;
    }
}
