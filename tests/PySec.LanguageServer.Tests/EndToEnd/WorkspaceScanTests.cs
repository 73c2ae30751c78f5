using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary><c>pysec/scanWorkspace</c> and the scan command: every Python file of every folder, with work-done progress.</summary>
public sealed class WorkspaceScanTests
{
    private static (TempFolder First, TempFolder Second) Workspace()
    {
        var first = new TempFolder();
        first.Write("app/views.py", "import pickle\n\ndef load(blob):\n    return pickle.loads(blob)\n");
        first.Write("app/util.py", "def add(a, b):\n    return a + b\n");
        first.Write(".venv/lib/dependency.py", "eval(input())\n"); // excluded by default
        first.Write("notes.txt", "eval(input())\n");
        var second = new TempFolder();
        second.Write("tool.py", "import subprocess\n\nsubprocess.run(cmd, shell=True, timeout=5)\neval(input())\n");
        return (first, second);
    }

    [Fact]
    public async Task The_scan_reports_counts_progress_and_publishes_each_files_findings()
    {
        var (first, second) = Workspace();
        using var a = first;
        using var b = second;
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { WorkspaceFolders = [(first.Uri, "first"), (second.Uri, "second")] });
        var mark = client.Messages.Mark;
        var result = await client.RequestAsync("pysec/scanWorkspace", new JsonObject { ["workDoneToken"] = "scan-1" }, timeout: TimeSpan.FromMinutes(2));

        Assert.Equal(3, result.GetProperty("files").GetInt32());
        Assert.Equal(3, result.GetProperty("findings").GetInt32());
        Assert.True(result.GetProperty("skipped").GetInt32() >= 0);

        var progress = client.Messages.All.Where(m => m.Sequence > mark && m.Method == "$/progress" && m.Params.GetProperty("token").ToString() == "scan-1")
            .Select(m => m.Params.GetProperty("value")).ToList();
        Assert.True(progress.Count >= 2, $"{progress.Count} progress notifications");
        Assert.Equal("begin", progress[0].GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(progress[0].GetProperty("title").GetString()));
        Assert.Equal("end", progress[^1].GetProperty("kind").GetString());
        Assert.All(progress.Skip(1).SkipLast(1), p => Assert.Equal("report", p.GetProperty("kind").GetString()));

        var views = await client.Messages.WaitForDiagnosticsAsync(first.UriOf("app/views.py"), mark);
        Assert.Equal(["3 PYSEC201"], E2E.Findings(views));
        var tool = await client.Messages.WaitForDiagnosticsAsync(second.UriOf("tool.py"), mark);
        Assert.Equal(["2 PYSEC301", "3 PYSEC101"], E2E.Findings(tool));
        Assert.DoesNotContain(client.Messages.Of("textDocument/publishDiagnostics"), m => m.Params.GetProperty("uri").GetString()!.Contains(".venv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scan_command_creates_its_own_progress_token()
    {
        var (first, second) = Workspace();
        using var a = first;
        using var b = second;
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { WorkspaceFolders = [(first.Uri, "first"), (second.Uri, "second")] });
        var mark = client.Messages.Mark;
        await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "pysec.server.scanWorkspace", ["arguments"] = new JsonArray() }, timeout: TimeSpan.FromMinutes(2));
        var create = await client.Messages.WaitForAsync("window/workDoneProgress/create", _ => true, mark);
        var token = create.Params.GetProperty("token").ToString();
        await client.Messages.WaitForAsync("$/progress", p => p.GetProperty("token").ToString() == token && p.GetProperty("value").GetProperty("kind").GetString() == "end", mark);
        Assert.Equal(["3 PYSEC201"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(first.UriOf("app/views.py"), mark)));
    }

    [Fact]
    public async Task An_open_buffer_wins_over_the_file_on_disk()
    {
        var (first, second) = Workspace();
        using var a = first;
        using var b = second;
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { WorkspaceFolders = [(first.Uri, "first")] });
        var uri = first.UriOf("app/util.py");
        await client.OpenAndWaitAsync(uri, "def add(a, b):\n    return eval(a) + b\n");
        var mark = client.Messages.Mark;
        await client.RequestAsync("pysec/scanWorkspace", new JsonObject(), timeout: TimeSpan.FromMinutes(2));
        // Whatever the scan published for the open document must describe the buffer, not the saved file.
        foreach (var published in client.Messages.All.Where(m => m.Sequence > mark && m.Method == "textDocument/publishDiagnostics" && m.Params.GetProperty("uri").GetString() == uri))
            Assert.Equal(["1 PYSEC101"], E2E.Findings(published.Params.GetProperty("diagnostics")));
    }
}

/// <summary>Pull diagnostics (<c>textDocument/diagnostic</c>, <c>workspace/diagnostic</c>) for clients that support them.</summary>
public sealed class PullDiagnosticsTests
{
    [Fact]
    public async Task The_server_advertises_pull_diagnostics_and_reports_full_then_unchanged()
    {
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { PullDiagnostics = true });
        var provider = client.ServerCapabilities.GetProperty("diagnosticProvider");
        Assert.False(provider.GetProperty("interFileDependencies").GetBoolean());

        var uri = Lsp.MemoryUri("pulled.py");
        await client.OpenAsync(uri, E2E.ProbeText);
        var first = await Pull(client, uri, null);
        Assert.Equal("full", first.GetProperty("kind").GetString());
        Assert.Equal(["2 PYSEC201"], E2E.Findings(first.GetProperty("items")));
        var resultId = first.GetProperty("resultId").GetString();
        Assert.False(string.IsNullOrEmpty(resultId));

        // Unchanged text: an "unchanged" report, or (as the specification also allows) the same full report again.
        var second = await Pull(client, uri, resultId);
        if (second.GetProperty("kind").GetString() == "unchanged")
            Assert.Equal(resultId, second.GetProperty("resultId").GetString());
        else
            Assert.Equal(E2E.Findings(first.GetProperty("items")), E2E.Findings(second.GetProperty("items")));

        await client.ChangeAsync(uri, 2, Lsp.Change(Lsp.Range(2, 0, 2, 0), "eval(input())\n"));
        var third = await Pull(client, uri, resultId);
        Assert.Equal("full", third.GetProperty("kind").GetString());
        Assert.Equal(["2 PYSEC101", "3 PYSEC201"], E2E.Findings(third.GetProperty("items")));
        Assert.NotEqual(resultId, third.GetProperty("resultId").GetString());

        // A client that pulls is not also pushed to.
        Assert.DoesNotContain(client.Messages.Of("textDocument/publishDiagnostics"), m => m.Params.GetProperty("uri").GetString() == uri);
    }

    [Fact]
    public async Task Workspace_diagnostics_cover_the_folders_files_when_the_setting_is_on()
    {
        using var folder = new TempFolder();
        folder.Write("a.py", E2E.ProbeText);
        folder.Write("b.py", "x = 1\n");
        var options = new ClientOptions
        {
            PullDiagnostics = true,
            WorkspaceFolders = [(folder.Uri, "ws")],
            Settings = new Dictionary<string, JsonNode?> { [""] = new JsonObject { ["diagnostics"] = new JsonObject { ["workspace"] = true } } },
        };
        await using var client = await LspClient.StartInitializedAsync(options);
        Assert.True(client.ServerCapabilities.GetProperty("diagnosticProvider").GetProperty("workspaceDiagnostics").GetBoolean());
        // The folder's settings arrive by a pull the server makes after initialized; until its answer is in, the
        // setting may still be off, so ask again for a while.
        await client.Messages.WaitForAsync("workspace/configuration", _ => true);
        var items = new Dictionary<string, JsonElement>();
        for (var attempt = 0; attempt < 20 && !items.ContainsKey(folder.UriOf("a.py")); attempt++)
        {
            if (attempt > 0) await Task.Delay(500);
            var report = await client.RequestAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() }, timeout: TimeSpan.FromMinutes(1));
            items = report.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("uri").GetString()!);
        }
        Assert.True(items.ContainsKey(folder.UriOf("a.py")), $"the workspace report names only: {string.Join(", ", items.Keys)}");
        Assert.Equal(["2 PYSEC201"], E2E.Findings(items[folder.UriOf("a.py")].GetProperty("items")));
        Assert.True(!items.TryGetValue(folder.UriOf("b.py"), out var b) || b.GetProperty("items").GetArrayLength() == 0);
    }

    private static Task<JsonElement> Pull(LspClient client, string uri, string? previous)
    {
        var parameters = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } };
        if (previous is not null) parameters["previousResultId"] = previous;
        return client.RequestAsync("textDocument/diagnostic", parameters);
    }
}
