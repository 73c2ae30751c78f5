using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>
/// An LSP client of our own over the real server process: StreamJsonRpc with the protocol's header framing
/// and System.Text.Json, the way the server itself talks. Parameters are built as JSON so that a test can
/// send exactly what the specification shows (or, for bad-input tests, what it forbids).
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly object writeGate = new();

    private LspClient(ServerProcess process, ClientOptions options)
    {
        Process = process;
        Options = options;
        foreach (var (scope, value) in options.Settings) Messages.Settings[scope] = value;
        var formatter = new SystemTextJsonFormatter();
        var handler = new HeaderDelimitedMessageHandler(process.Input, new NullIdErrorFilterStream(process.Output), formatter);
        Rpc = new JsonRpc(handler);
        Rpc.AddLocalRpcTarget(new ClientEndpoint(Messages), new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        Rpc.Disconnected += (_, e) => Disconnection = e;
        Rpc.StartListening();
    }

    public ServerProcess Process { get; }
    public ClientOptions Options { get; }
    public JsonRpc Rpc { get; }
    public ServerMessages Messages { get; } = new();

    /// <summary>Why the connection closed, once it has.</summary>
    public JsonRpcDisconnectedEventArgs? Disconnection { get; private set; }

    /// <summary>The <c>initialize</c> result, once initialized.</summary>
    public JsonElement ServerCapabilities { get; private set; }

    /// <summary>The position encoding the server chose ("utf-16" when it did not say).</summary>
    public string PositionEncoding { get; private set; } = "utf-16";

    /// <summary>Starts the server process and connects; does not initialize.</summary>
    public static LspClient Start(ClientOptions? options = null)
    {
        options ??= new ClientOptions();
        return new LspClient(ServerProcess.Start(options.WorkingDirectory), options);
    }

    /// <summary>Starts the server and runs <c>initialize</c> and <c>initialized</c>.</summary>
    public static async Task<LspClient> StartInitializedAsync(ClientOptions? options = null)
    {
        var client = Start(options);
        try
        {
            await client.InitializeAsync();
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public async Task<JsonElement> InitializeAsync(bool sendInitialized = true)
    {
        var folders = new JsonArray(Options.WorkspaceFolders.Select(f => (JsonNode?)new JsonObject { ["uri"] = f.Uri, ["name"] = f.Name }).ToArray());
        var parameters = new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "pysec-e2e", ["version"] = "1.0" },
            ["locale"] = "en",
            ["rootUri"] = Options.WorkspaceFolders.Count > 0 ? Options.WorkspaceFolders[0].Uri : null,
            ["capabilities"] = Options.Capabilities(),
            ["trace"] = "off",
            ["workspaceFolders"] = Options.WorkspaceFolders.Count > 0 ? folders : null,
        };
        if (Options.InitializationOptions is not null) parameters["initializationOptions"] = Options.InitializationOptions.DeepClone();
        var result = await RequestAsync("initialize", parameters);
        ServerCapabilities = result.GetProperty("capabilities");
        if (ServerCapabilities.TryGetProperty("positionEncoding", out var encoding) && encoding.ValueKind == JsonValueKind.String)
            PositionEncoding = encoding.GetString()!;
        if (sendInitialized) await NotifyAsync("initialized", new JsonObject());
        return result;
    }

    /// <summary>Sends a request and returns its result; a JSON-RPC error throws <see cref="RemoteInvocationException"/>.</summary>
    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, CancellationToken cancellationToken = default, TimeSpan? timeout = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A null parameter object leaves "params" out, as the protocol wants for shutdown.
        var invocation = Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters is null ? null : AsArgument(parameters), limit.Token);
        var finished = await Task.WhenAny(invocation, Task.Delay(timeout ?? DefaultTimeout, cancellationToken));
        if (finished != invocation)
        {
            limit.Cancel();
            throw new TimeoutException($"'{method}' got no response within {(timeout ?? DefaultTimeout).TotalSeconds:0} s{ServerState()}");
        }
        var result = await invocation;
        return result.ValueKind == JsonValueKind.Undefined ? result : result.Clone();
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        Rpc.NotifyWithParameterObjectAsync(method, parameters is null ? null : AsArgument(parameters));

    /// <summary>
    /// Writes bytes to the server's stdin as they are, between whole messages of the client (StreamJsonRpc
    /// writes each message and flushes it before its send task completes, so awaiting sends is enough).
    /// </summary>
    public async Task WriteRawAsync(byte[] bytes)
    {
        await Process.Input.WriteAsync(bytes);
        await Process.Input.FlushAsync();
    }

    /// <summary>One frame with the given body and a correct Content-Length header.</summary>
    public Task WriteFrameAsync(string body)
    {
        var content = Encoding.UTF8.GetBytes(body);
        return WriteRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {content.Length}\r\n\r\n"), .. content]);
    }

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "python") =>
        NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    /// <summary>Opens a document and returns the diagnostics published for it.</summary>
    public async Task<JsonElement> OpenAndWaitAsync(string uri, string text, int version = 1, TimeSpan? timeout = null)
    {
        var mark = Messages.Mark;
        await OpenAsync(uri, text, version);
        return await Messages.WaitForDiagnosticsAsync(uri, mark, version, timeout);
    }

    public Task ChangeAsync(string uri, int version, params JsonNode[] contentChanges) =>
        NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(contentChanges.Select(c => (JsonNode?)c.DeepClone()).ToArray()),
        });

    public Task CloseAsync(string uri) =>
        NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

    public Task<JsonElement> HoverAsync(string uri, int line, int character) =>
        RequestAsync("textDocument/hover", Lsp.DocumentPosition(uri, line, character));

    public Task<JsonElement> CodeActionsAsync(string uri, JsonNode range, JsonArray diagnostics, params string[] only)
    {
        var context = new JsonObject { ["diagnostics"] = diagnostics.DeepClone(), ["triggerKind"] = 1 };
        if (only.Length > 0) context["only"] = new JsonArray(only.Select(o => (JsonNode?)o).ToArray());
        return RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = range.DeepClone(),
            ["context"] = context,
        });
    }

    /// <summary><c>shutdown</c> then <c>exit</c>; returns the process's exit code (null when it did not end).</summary>
    public async Task<int?> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Process.WaitForExitAsync(TimeSpan.FromSeconds(10));
    }

    private string ServerState()
    {
        var error = Process.StandardError;
        var tail = error.Length > 2000 ? error[^2000..] : error;
        return (Process.HasExited ? "; the server has exited" : "") + (tail.Length > 0 ? $"; its stderr ends with:\n{tail}" : "");
    }

    /// <summary>StreamJsonRpc sends a dictionary's entries as the params object's properties.</summary>
    private static object AsArgument(JsonNode parameters) => parameters switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone()),
        _ => throw new ArgumentException("LSP params are an object", nameof(parameters)),
    };

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        await Process.DisposeAsync();
    }
}
