using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Bad input over the real pipe. Each case gets the error the specification names, or is ignored where it says
/// so, and the server then still analyses a document and answers a hover on it.
/// </summary>
public sealed class BadInputTests
{
    private const int ParseError = -32700;
    private const int MethodNotFound = -32601;
    private const int InvalidParams = -32602;

    [Fact]
    public async Task Invalid_json_gets_a_parse_error_and_the_server_goes_on()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.WriteFrameAsync("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/hover\",\"params\":{");
        await E2E.AssertStillServingAsync(client);
        var error = ErrorResponses(client).FirstOrDefault();
        Assert.True(error.ValueKind == JsonValueKind.Object, "no error response on stdout for the invalid JSON");
        Assert.Equal(ParseError, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task A_body_that_is_valid_json_but_not_a_message_is_an_error_and_the_server_goes_on()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.WriteFrameAsync("[1, 2, 3]");
        await client.WriteFrameAsync("\"just a string\"");
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_Content_Length_shorter_than_the_body_loses_that_message_only()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"$/ignored\",\"params\":{\"padding\":\"0123456789\"}}");
        // The header claims 20 bytes fewer: the server reads a truncated body, then meets the rest as stray bytes
        // before the next header.
        await client.WriteRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length - 20}\r\n\r\n"), .. body]);
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_Content_Length_that_is_not_a_number_loses_that_message_only()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.WriteRawAsync(Encoding.ASCII.GetBytes("Content-Length: twelve\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"$/x\"}"));
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_header_without_Content_Length_loses_that_message_only()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await client.WriteRawAsync(Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"$/x\"}"));
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task An_unknown_request_is_MethodNotFound_and_an_unknown_notification_is_ignored()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var unknown = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/noSuchThing", new JsonObject()));
        Assert.Equal(MethodNotFound, (int)unknown.ErrorCode);
        // "$/" requests the server does not know must also fail with MethodNotFound; "$/" notifications are ignored.
        var dollar = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("$/noSuchThing", new JsonObject()));
        Assert.Equal(MethodNotFound, (int)dollar.ErrorCode);
        await client.NotifyAsync("$/noSuchThing", new JsonObject());
        await client.NotifyAsync("custom/noSuchThing", new JsonObject { ["a"] = 1 });
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task Params_of_the_wrong_shape_are_InvalidParams()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var cases = new JsonObject[]
        {
            new() { ["textDocument"] = new JsonObject { ["uri"] = Lsp.MemoryUri("a.py") }, ["position"] = "line 1" },
            new() { ["textDocument"] = 5, ["position"] = Lsp.Position(0, 0) },
            new() { ["position"] = Lsp.Position(0, 0) },
        };
        foreach (var parameters in cases)
        {
            var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("textDocument/hover", parameters));
            Assert.Equal(InvalidParams, E2E.ErrorCode(error));
        }
        var chapter = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("pysec/manualChapter", new JsonObject { ["id"] = new JsonArray(1, 2) }));
        Assert.Equal(InvalidParams, E2E.ErrorCode(chapter));
        // Notifications cannot be answered: bad ones are dropped.
        await client.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Lsp.MemoryUri("no-text.py") } });
        await client.NotifyAsync("textDocument/didChange", new JsonObject { ["textDocument"] = "x", ["contentChanges"] = 3 });
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonArray(1) });
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_change_for_a_document_that_is_not_open_is_ignored()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("not-open.py");
        await client.ChangeAsync(uri, 2, Lsp.Change(Lsp.Range(0, 0, 0, 0), "eval(input())\n"));
        await client.CloseAsync(Lsp.MemoryUri("also-not-open.py"));
        await E2E.AssertStillServingAsync(client);
        Assert.DoesNotContain(client.Messages.Of("textDocument/publishDiagnostics"), m => m.Params.GetProperty("uri").GetString() == uri && m.Params.GetProperty("diagnostics").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Out_of_range_positions_get_an_answer_and_break_nothing()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var uri = Lsp.MemoryUri("range.py");
        await client.OpenAndWaitAsync(uri, E2E.ProbeText);
        foreach (var (line, character) in new[] { (1000, 0), (0, 1000), (-1, 0), (int.MaxValue, int.MaxValue) })
        {
            try
            {
                var hover = await client.HoverAsync(uri, line, character);
                Assert.Equal(JsonValueKind.Null, hover.ValueKind);
            }
            catch (RemoteRpcException error)
            {
                Assert.Equal(InvalidParams, E2E.ErrorCode(error));
            }
        }
        var actions = await client.CodeActionsAsync(uri, Lsp.Range(500, 0, 900, 3), []);
        Assert.True(actions.ValueKind is JsonValueKind.Null || actions.GetArrayLength() == 0);

        // The protocol clamps a character past the line's end to the end; a change there appends to the line.
        var mark = client.Messages.Mark;
        await client.ChangeAsync(uri, 2, Lsp.Change(Lsp.Range(0, 400, 0, 400), ", subprocess"));
        Assert.Equal(["2 PYSEC201"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark, 2)));
        var hoverAfter = await client.HoverAsync(uri, 2, 9);
        Assert.Contains("PYSEC201", Lsp.HoverText(hoverAfter));
        await E2E.AssertStillServingAsync(client);
    }

    [Fact]
    public async Task A_10_MB_document_is_analysed_or_skipped_without_stalling_the_server()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var line = "value = compute(1, 2, 3)  # padding to make a large file of ordinary code ....\n";
        var builder = new StringBuilder("import pickle\npickle.loads(b'')\n");
        while (builder.Length < 10 * 1024 * 1024) builder.Append(line);
        var uri = Lsp.MemoryUri("huge.py");
        var mark = client.Messages.Mark;
        await client.OpenAsync(uri, builder.ToString());
        await E2E.AssertStillServingAsync(client);
        // The big document's own diagnostics (findings, or a note that it was skipped) arrive too.
        await client.Messages.WaitForAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri, mark, TimeSpan.FromMinutes(2));
        var hover = await client.HoverAsync(uri, 1, 3);
        Assert.True(hover.ValueKind is JsonValueKind.Null or JsonValueKind.Object);
    }

    [Fact]
    public async Task A_document_of_100000_nested_brackets_gets_a_syntax_error_not_a_crash()
    {
        await using var client = await LspClient.StartInitializedAsync();
        var text = "x = " + new string('(', 100_000) + new string(')', 100_000) + "\n";
        var uri = Lsp.MemoryUri("nested.py");
        var diagnostics = await client.OpenAndWaitAsync(uri, text, timeout: TimeSpan.FromMinutes(1));
        Assert.Contains(diagnostics.EnumerateArray(), d => Lsp.Code(d)!.StartsWith("PS0", StringComparison.Ordinal));
        await client.HoverAsync(uri, 0, 50_000);
        await E2E.AssertStillServingAsync(client);
    }

    /// <summary>Error responses the client could not match to a request (id null), read back from stdout.</summary>
    private static IEnumerable<JsonElement> ErrorResponses(LspClient client)
    {
        var text = Encoding.UTF8.GetString(client.Process.Output.Recorded());
        foreach (var part in text.Split("\r\n\r\n").Skip(1))
        {
            var end = part.IndexOf("Content-Length:", StringComparison.Ordinal);
            var body = end < 0 ? part : part[..end];
            JsonElement element;
            try
            {
                element = JsonDocument.Parse(body).RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("error", out _) && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Null)
                yield return element;
        }
    }
}
