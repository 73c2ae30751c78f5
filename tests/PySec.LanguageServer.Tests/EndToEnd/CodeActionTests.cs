using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Code actions judged by their effect: each edit is applied to the client's copy, sent back as a change, and the
/// diagnostics of the new text show whether it did what its title says.
/// </summary>
public sealed class CodeActionTests
{
    [Fact]
    public async Task A_safe_fix_is_a_preferred_quickfix_that_removes_the_finding()
    {
        await using var session = await Session.OpenAsync("features.py");
        var actions = await session.ActionsForAsync("PYSEC707");
        var fix = actions.Single(a => a.GetProperty("title").GetString()!.Contains("2048", StringComparison.Ordinal));
        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("PYSEC707", Lsp.Code(fix.GetProperty("diagnostics")[0]));

        var after = await session.ApplyAsync(fix);
        Assert.Contains("key_size=2048", session.Document.Text);
        Assert.DoesNotContain(after, f => f.EndsWith("PYSEC707", StringComparison.Ordinal));
        Assert.Equal(E2E.Expected(session.Original).Where(f => !f.EndsWith("PYSEC707", StringComparison.Ordinal)), after);
    }

    [Fact]
    public async Task An_unsafe_fix_says_so_in_its_title_and_is_not_preferred()
    {
        await using var session = await Session.OpenAsync("features.py");
        var actions = await session.ActionsForAsync("PYSEC207");
        var fix = actions.Single(a => a.GetProperty("title").GetString()!.Contains("safe_load", StringComparison.Ordinal));
        Assert.Contains("unsafe", fix.GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.False(fix.TryGetProperty("isPreferred", out var preferred) && preferred.GetBoolean());
        var after = await session.ApplyAsync(fix);
        Assert.Contains("risky = yaml.safe_load(stream)", session.Document.Text);
        Assert.DoesNotContain(after, f => f.EndsWith("PYSEC207", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("features.py", "PYSEC201")]
    [InlineData("features.py", "PYSEC301")]
    [InlineData("multiline.py", "PYSEC304")]
    public async Task Suppress_on_this_line_inserts_a_comment_that_silences_only_that_finding(string fixture, string code)
    {
        await using var session = await Session.OpenAsync(fixture);
        var diagnostic = session.Diagnostics.EnumerateArray().First(d => Lsp.Code(d) == code);
        var line = diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32();
        var actions = await session.ActionsForAsync(code);
        var suppress = actions.Single(a => a.GetProperty("title").GetString() == $"Suppress {code} on this line");
        Assert.Equal("quickfix", suppress.GetProperty("kind").GetString());

        var after = await session.ApplyAsync(suppress);
        Assert.Contains($"# pysec: ignore[{code}] -- ", session.Document.Text);
        var expected = E2E.Expected(session.Original).Where(f => f != $"{line} {code}").ToList();
        Assert.Equal(expected, after);
        Assert.Equal(session.Original.Split('\n').Length, session.Document.Text.Split('\n').Length);
    }

    [Fact]
    public async Task Suppressing_a_finding_on_a_statement_with_a_multiline_string_keeps_the_string_intact()
    {
        await using var session = await Session.OpenAsync("multiline.py");
        var announce = session.Original.IndexOf("subprocess.check_call(\"\"\"", StringComparison.Ordinal);
        var line = session.Document.PositionAt(announce).Line;
        var diagnostic = session.Diagnostics.EnumerateArray().Single(d => Lsp.Code(d) == "PYSEC301" && d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == line);
        var actions = await session.ActionsForAsync(diagnostic);
        var suppress = actions.Single(a => a.GetProperty("title").GetString() == "Suppress PYSEC301 on this line");

        var after = await session.ApplyAsync(suppress);
        Assert.Contains("\"\"\"echo deploying\n    {}\n    \"\"\"", session.Document.Text);
        Assert.DoesNotContain(after, f => f == $"{line} PYSEC301");
        Assert.DoesNotContain(session.Diagnostics.EnumerateArray(), d => Lsp.Code(d)!.StartsWith("PS", StringComparison.Ordinal) && !Lsp.Code(d)!.StartsWith("PYSEC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_manual_chapter_runs_the_extensions_command_with_the_rule()
    {
        await using var session = await Session.OpenAsync("features.py");
        var actions = await session.ActionsForAsync("PYSEC201");
        var open = actions.Single(a => a.GetProperty("title").GetString()!.StartsWith("Open manual chapter", StringComparison.Ordinal));
        var command = open.GetProperty("command");
        Assert.Equal("pysec.showManualChapter", command.GetProperty("command").GetString());
        var argument = command.GetProperty("arguments")[0].GetString();
        Assert.True(argument is "PYSEC201" or "pickle", $"the command opens '{argument}'");
        Assert.False(open.TryGetProperty("edit", out _));
    }

    [Fact]
    public async Task Fix_all_applies_the_safe_fixes_only()
    {
        await using var session = await Session.OpenAsync("features.py");
        var whole = session.Document.RangeOf(0, session.Document.Text.Length);
        var result = await session.Client.CodeActionsAsync(session.Uri, whole, [], "source.fixAll");
        var fixAll = result.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "source.fixAll.pysec");
        var after = await session.ApplyAsync(fixAll);
        Assert.Contains("key_size=2048", session.Document.Text);   // safe
        Assert.Contains("risky = yaml.load(stream)", session.Document.Text); // unsafe: left alone
        Assert.Equal(E2E.Expected(session.Original).Where(f => !f.EndsWith("PYSEC707", StringComparison.Ordinal)), after);
    }

    [Fact]
    public async Task Only_quickfix_leaves_out_source_actions()
    {
        await using var session = await Session.OpenAsync("features.py");
        var diagnostic = E2E.Single(session.Diagnostics, "PYSEC707");
        var result = await session.Client.CodeActionsAsync(session.Uri, diagnostic.GetProperty("range").ToNode(),
            new JsonArray(diagnostic.ToNode()), "quickfix");
        Assert.NotEmpty(result.EnumerateArray());
        Assert.All(result.EnumerateArray(), a => Assert.StartsWith("quickfix", a.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task The_fixAll_command_asks_the_client_to_apply_the_safe_fixes()
    {
        await using var session = await Session.OpenAsync("features.py");
        var mark = session.Client.Messages.Mark;
        await session.Client.RequestAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = "pysec.server.fixAll",
            ["arguments"] = new JsonArray(session.Uri),
        });
        var applyEdit = await session.Client.Messages.WaitForAsync("workspace/applyEdit", _ => true, mark);
        session.Document.ApplyEdits(DocumentText.EditsFor(applyEdit.Params.GetProperty("edit"), session.Uri));
        Assert.Contains("key_size=2048", session.Document.Text);
        Assert.Contains("risky = yaml.load(stream)", session.Document.Text);
    }

    [Fact]
    public async Task An_unknown_command_is_an_error()
    {
        await using var client = await LspClient.StartInitializedAsync();
        await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => client.RequestAsync("workspace/executeCommand",
            new JsonObject { ["command"] = "pysec.server.noSuchCommand", ["arguments"] = new JsonArray() }));
        await E2E.AssertStillServingAsync(client);
    }

    /// <summary>A server with one fixture open, the client's copy of its text and its latest diagnostics.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private int version = 1;

        private Session(LspClient client, string uri, string original, JsonElement diagnostics)
        {
            Client = client;
            Uri = uri;
            Original = original;
            Document = new DocumentText(original);
            Diagnostics = diagnostics;
        }

        public LspClient Client { get; }
        public string Uri { get; }
        public string Original { get; }
        public DocumentText Document { get; }
        public JsonElement Diagnostics { get; private set; }

        public static async Task<Session> OpenAsync(string fixture)
        {
            var text = E2E.Fixture(fixture);
            var client = await LspClient.StartInitializedAsync();
            var uri = Lsp.MemoryUri(fixture);
            return new Session(client, uri, text, await client.OpenAndWaitAsync(uri, text));
        }

        public Task<IReadOnlyList<JsonElement>> ActionsForAsync(string code) =>
            ActionsForAsync(Diagnostics.EnumerateArray().First(d => Lsp.Code(d) == code));

        public async Task<IReadOnlyList<JsonElement>> ActionsForAsync(JsonElement diagnostic)
        {
            var result = await Client.CodeActionsAsync(Uri, diagnostic.GetProperty("range").ToNode(), new JsonArray(diagnostic.ToNode()));
            Assert.Equal(JsonValueKind.Array, result.ValueKind);
            return result.EnumerateArray().ToList();
        }

        /// <summary>Resolves the action when its edit is lazy, applies the edit, sends it as a change and returns the new findings.</summary>
        public async Task<IReadOnlyList<string>> ApplyAsync(JsonElement action)
        {
            if (!action.TryGetProperty("edit", out var edit))
            {
                Assert.True(Client.ServerCapabilities.GetProperty("codeActionProvider").GetProperty("resolveProvider").GetBoolean(),
                    "an action without an edit needs codeAction/resolve");
                action = await Client.RequestAsync("codeAction/resolve", action.ToNode());
                edit = action.GetProperty("edit");
            }
            var edits = DocumentText.EditsFor(edit, Uri);
            Assert.NotEmpty(edits);
            Document.ApplyEdits(edits);
            var mark = Client.Messages.Mark;
            await Client.ChangeAsync(Uri, ++version, Lsp.FullChange(Document.Text));
            Diagnostics = await Client.Messages.WaitForDiagnosticsAsync(Uri, mark, version);
            return E2E.Findings(Diagnostics);
        }

        public ValueTask DisposeAsync() => Client.DisposeAsync();
    }
}
