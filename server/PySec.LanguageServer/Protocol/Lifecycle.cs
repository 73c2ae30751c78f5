using System.Text.Json;

namespace PySec.LanguageServer.Protocol;

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public ClientInfo? ClientInfo { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    public JsonElement? InitializationOptions { get; init; }
    public ClientCapabilities Capabilities { get; init; } = new();
    public string? Trace { get; init; }
    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }
}

public sealed record ClientInfo(string Name, string? Version = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record SetTraceParams(string Value);

public sealed record LogMessageParams(int Type, string Message);

public sealed record LogTraceParams(string Message, string? Verbose = null);

public static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

/// <summary>Error codes of JSON-RPC and LSP that the server returns.</summary>
public static class LspErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int ContentModified = -32801;
    public const int RequestCancelled = -32800;
}
