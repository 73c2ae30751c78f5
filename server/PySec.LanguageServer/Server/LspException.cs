using StreamJsonRpc;

namespace PySec.LanguageServer.Server;

/// <summary>Errors with the codes LSP specifies; StreamJsonRpc sends them as the response's error.</summary>
public static class LspException
{
    public static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = Protocol.LspErrorCodes.InvalidParams };

    public static LocalRpcException RequestFailed(string message) => new(message) { ErrorCode = Protocol.LspErrorCodes.RequestFailed };

    public static LocalRpcException NotInitialized(string method) =>
        new($"the server is not initialized: '{method}' arrived before 'initialize'") { ErrorCode = Protocol.LspErrorCodes.ServerNotInitialized };

    public static LocalRpcException ShutDown(string method) =>
        new($"the server is shutting down: '{method}' arrived after 'shutdown'") { ErrorCode = Protocol.LspErrorCodes.InvalidRequest };
}
