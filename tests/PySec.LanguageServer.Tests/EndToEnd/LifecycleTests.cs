using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>The lifecycle of LSP 3.17 (initialize, initialized, shutdown, exit) over the real process.</summary>
public sealed class LifecycleTests
{
    private const int ServerNotInitialized = -32002;
    private const int InvalidRequest = -32600;

    [Fact]
    public async Task Initialize_advertises_every_feature_of_the_server()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var capabilities = client.ServerCapabilities;

        var sync = capabilities.GetProperty("textDocumentSync");
        var change = sync.ValueKind == JsonValueKind.Number ? sync.GetInt32() : sync.GetProperty("change").GetInt32();
        Assert.Equal(2, change); // incremental
        if (sync.ValueKind == JsonValueKind.Object) Assert.True(sync.GetProperty("openClose").GetBoolean());

        Assert.True(IsOn(capabilities, "hoverProvider"));
        var codeActions = capabilities.GetProperty("codeActionProvider");
        Assert.Equal(JsonValueKind.Object, codeActions.ValueKind);
        var kinds = codeActions.GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("quickfix", kinds);
        Assert.Contains(kinds, k => k == "source.fixAll.pysec" || k == "source.fixAll");
        Assert.True(codeActions.GetProperty("resolveProvider").GetBoolean());

        var commands = capabilities.GetProperty("executeCommandProvider").GetProperty("commands").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Contains("pysec.server.scanWorkspace", commands);
        Assert.Contains("pysec.server.fixAll", commands);
        Assert.All(commands, c => Assert.StartsWith("pysec.server.", c));
        // The chapter viewer is the extension's command; advertising it would make VS Code register it twice.
        Assert.DoesNotContain("pysec.showManualChapter", commands);

        var workspace = capabilities.GetProperty("workspace").GetProperty("workspaceFolders");
        Assert.True(workspace.GetProperty("supported").GetBoolean());
    }

    [Fact]
    public async Task Initialize_names_the_server_and_its_version()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync();
        var info = result.GetProperty("serverInfo");
        Assert.Equal("pysec", info.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", info.GetProperty("version").GetString());
    }

    [Fact]
    public async Task A_request_before_initialize_gets_ServerNotInitialized_and_the_server_still_initializes()
    {
        await using var client = LspClient.Start();
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.HoverAsync(Lsp.MemoryUri("early.py"), 0, 0));
        Assert.Equal(ServerNotInitialized, E2E.ErrorCode(error));

        await client.InitializeAsync();
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_notification_before_initialize_is_dropped()
    {
        await using var client = LspClient.Start();
        var uri = Lsp.MemoryUri("dropped.py");
        await client.OpenAsync(uri, E2E.ProbeText);
        await client.InitializeAsync();
        await E2E.AssertStillServingAsync(client);
        // The open came before initialize, so the document was never opened: nothing is published for it.
        Assert.DoesNotContain(client.Messages.Of("textDocument/publishDiagnostics"), m => m.Params.GetProperty("uri").GetString() == uri);
    }

    [Fact]
    public async Task A_second_initialize_is_an_error()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.InitializeAsync(sendInitialized: false));
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_process_with_code_0()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, shutdown.ValueKind);
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.Process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_process_with_code_1()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.Process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_before_initialize_ends_the_process_with_code_1()
    {
        await using var client = LspClient.Start();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.Process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Requests_after_shutdown_get_InvalidRequest()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.RequestAsync("shutdown", null);
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.HoverAsync(Lsp.MemoryUri("late.py"), 0, 0));
        Assert.Equal(InvalidRequest, E2E.ErrorCode(error));
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.Process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Closing_stdin_ends_the_server()
    {
        await using var client = await LspClient.StartInitializedAsync();
        client.Process.Input.Close();
        Assert.NotNull(await client.Process.WaitForExitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Stdout_carries_only_protocol_frames()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
        await E2E.AssertStillServingAsync(client);
        await client.RequestAsync("pysec/manualToc", new JsonObject());
        await client.ShutdownAndExitAsync();

        var bytes = client.Process.Output.Recorded();
        Assert.False(client.Process.Output.Overflowed);
        var frames = 0;
        for (var position = 0; position < bytes.Length; frames++)
        {
            var headerEnd = IndexOf(bytes, "\r\n\r\n"u8, position);
            Assert.True(headerEnd > position, $"stdout byte {position} does not start a frame header: {Preview(bytes, position)}");
            var headers = Encoding.ASCII.GetString(bytes, position, headerEnd - position).Split("\r\n");
            var length = headers.Select(h => h.Split(':', 2)).Where(h => h[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(h => int.Parse(h[1].Trim())).Single();
            Assert.All(headers, h => Assert.Matches("^(Content-Length|Content-Type): ", h));
            var body = Encoding.UTF8.GetString(bytes, headerEnd + 4, length);
            using var document = JsonDocument.Parse(body);
            Assert.Equal("2.0", document.RootElement.GetProperty("jsonrpc").GetString());
            position = headerEnd + 4 + length;
        }
        Assert.True(frames > 3);
    }

    [Fact]
    public async Task SetTrace_verbose_sends_logTrace_and_off_stops_it()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
        var mark = client.Messages.Mark;
        // A setting of the wrong type is something the server logs.
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["pysec"] = new JsonObject { ["severityThreshold"] = 42 } } });
        await E2E.AssertStillServingAsync(client, "traced.py");
        await client.Messages.WaitForAsync("$/logTrace", p => p.GetProperty("message").GetString()!.Contains("severityThreshold", StringComparison.Ordinal), mark);

        await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "off" });
        var quiet = client.Messages.Mark;
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["pysec"] = new JsonObject { ["severityThreshold"] = 43 } } });
        await E2E.AssertStillServingAsync(client, "quiet.py");
        // The "off" notification itself arrives while tracing is on, so its own trace line may follow the mark.
        Assert.Empty(client.Messages.All.Where(m => m.Sequence > quiet && m.Method == "$/logTrace"
            && !m.Params.GetProperty("message").GetString()!.Contains("$/setTrace", StringComparison.Ordinal)));
    }

    private static bool IsOn(JsonElement capabilities, string name) =>
        capabilities.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.Object;

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> pattern, int from)
    {
        var found = bytes.AsSpan(from).IndexOf(pattern);
        return found < 0 ? -1 : from + found;
    }

    private static string Preview(byte[] bytes, int position) =>
        Encoding.UTF8.GetString(bytes, position, Math.Min(80, bytes.Length - position));
}
