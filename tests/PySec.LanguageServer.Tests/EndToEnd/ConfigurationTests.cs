using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.LanguageServer.Tests.EndToEnd.Client;

namespace PySec.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Settings from every source the contract names: <c>workspace/configuration</c> pulled per folder, pushed
/// <c>workspace/didChangeConfiguration</c>, initialization options, and <c>[tool.pysec]</c> of each folder's
/// pyproject.toml re-read when it changes; multi-root workspaces.
/// </summary>
public sealed class ConfigurationTests
{
    private const string Probe = "import pickle\nimport subprocess\n\npickle.loads(b'')\nsubprocess.run(cmd, shell=True, timeout=5)\n";

    [Fact]
    public async Task Settings_pulled_for_the_folder_are_applied()
    {
        using var folder = new TempFolder();
        var options = new ClientOptions
        {
            WorkspaceFolders = [(folder.Uri, "app")],
            Settings = new Dictionary<string, JsonNode?> { [folder.Uri] = new JsonObject { ["ignore"] = new JsonArray("PYSEC201") } },
        };
        await using var client = await LspClient.StartInitializedAsync(options);
        folder.Write("app.py", Probe);
        var diagnostics = await client.OpenAndWaitAsync(folder.UriOf("app.py"), Probe);
        Assert.Contains(client.Messages.Of("workspace/configuration"), m =>
            m.Params.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("section").GetString() == "pysec"));
        Assert.Equal(["4 PYSEC301"], E2E.Findings(diagnostics));
    }

    [Fact]
    public async Task A_pushed_configuration_change_republishes_open_documents()
    {
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { Configuration = false });
        var uri = Lsp.MemoryUri("push.py");
        Assert.Equal(["3 PYSEC201", "4 PYSEC301"], E2E.Findings(await client.OpenAndWaitAsync(uri, Probe)));

        var mark = client.Messages.Mark;
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["pysec"] = new JsonObject { ["select"] = new JsonArray("PYSEC201") } },
        });
        Assert.Equal(["3 PYSEC201"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark)));

        mark = client.Messages.Mark;
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["ignore"] = new JsonArray("B602") }, // the bare object; a Bandit alias
        });
        Assert.Equal(["3 PYSEC201"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark)));
    }

    [Fact]
    public async Task With_pulled_configuration_a_change_notification_pulls_again()
    {
        using var folder = new TempFolder();
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { WorkspaceFolders = [(folder.Uri, "app")] });
        var uri = folder.UriOf("app.py");
        Assert.Equal(["3 PYSEC201", "4 PYSEC301"], E2E.Findings(await client.OpenAndWaitAsync(uri, Probe)));

        client.Messages.Settings[""] = new JsonObject { ["enable"] = false };
        var mark = client.Messages.Mark;
        // What VS Code sends when the client pulls settings: no settings in the notification.
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        await client.Messages.WaitForAsync("workspace/configuration", _ => true, mark);
        Assert.Empty(E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark)));
    }

    [Fact]
    public async Task Severity_overrides_and_the_threshold_change_what_is_reported()
    {
        var settings = new JsonObject
        {
            ["severityOverrides"] = new JsonObject { ["PYSEC201"] = "critical", ["PYSEC301"] = "low" },
        };
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { Configuration = false, InitializationOptions = new JsonObject { ["settings"] = settings } });
        var uri = Lsp.MemoryUri("severity.py");
        var diagnostics = await client.OpenAndWaitAsync(uri, Probe);
        var pickle = E2E.Single(diagnostics, "PYSEC201").GetProperty("severity").GetInt32();
        var shell = E2E.Single(diagnostics, "PYSEC301").GetProperty("severity").GetInt32();
        Assert.True(pickle < shell, $"critical PYSEC201 has severity {pickle}, low PYSEC301 has {shell}");

        var mark = client.Messages.Mark;
        settings["severityThreshold"] = "high";
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["pysec"] = settings.DeepClone() } });
        Assert.Equal(["3 PYSEC201"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark)));
    }

    [Fact]
    public async Task Pyproject_settings_apply_and_are_reread_when_the_watched_file_changes()
    {
        using var folder = new TempFolder();
        var pyproject = folder.Write("pyproject.toml", "[tool.pysec]\nignore = [\"PYSEC201\"]\n");
        folder.Write("src/app.py", Probe);
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { WorkspaceFolders = [(folder.Uri, "app")] });
        var uri = folder.UriOf("src/app.py");
        Assert.Equal(["4 PYSEC301"], E2E.Findings(await client.OpenAndWaitAsync(uri, Probe)));

        File.WriteAllText(pyproject, "[tool.pysec]\nignore = [\"PYSEC301\"]\n");
        var mark = client.Messages.Mark;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = Lsp.FileUri(pyproject), ["type"] = 2 }),
        });
        Assert.Equal(["3 PYSEC201"], E2E.Findings(await client.Messages.WaitForDiagnosticsAsync(uri, mark)));
    }

    [Fact]
    public async Task Editor_settings_override_pyproject()
    {
        using var folder = new TempFolder();
        folder.Write("pyproject.toml", "[tool.pysec]\nignore = [\"PYSEC201\"]\n");
        var options = new ClientOptions
        {
            WorkspaceFolders = [(folder.Uri, "app")],
            Settings = new Dictionary<string, JsonNode?> { [folder.Uri] = new JsonObject { ["ignore"] = new JsonArray("PYSEC301") } },
        };
        await using var client = await LspClient.StartInitializedAsync(options);
        Assert.Equal(["3 PYSEC201"], E2E.Findings(await client.OpenAndWaitAsync(folder.UriOf("app.py"), Probe)));
    }

    [Fact]
    public async Task Each_root_of_a_multi_root_workspace_has_its_own_settings()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        first.Write("pyproject.toml", "[tool.pysec]\nignore = [\"PYSEC201\"]\n");
        var options = new ClientOptions
        {
            WorkspaceFolders = [(first.Uri, "first"), (second.Uri, "second")],
            Settings = new Dictionary<string, JsonNode?> { [second.Uri] = new JsonObject { ["ignore"] = new JsonArray("PYSEC301") } },
        };
        await using var client = await LspClient.StartInitializedAsync(options);
        Assert.Equal(["4 PYSEC301"], E2E.Findings(await client.OpenAndWaitAsync(first.UriOf("a.py"), Probe)));
        Assert.Equal(["3 PYSEC201"], E2E.Findings(await client.OpenAndWaitAsync(second.UriOf("b.py"), Probe)));
        Assert.Equal(["3 PYSEC201", "4 PYSEC301"], E2E.Findings(await client.OpenAndWaitAsync(Lsp.MemoryUri("outside.py"), Probe)));
    }

    [Fact]
    public async Task A_folder_added_later_gets_its_pyproject_settings()
    {
        using var first = new TempFolder();
        using var added = new TempFolder();
        added.Write("pyproject.toml", "[tool.pysec]\nselect = [\"PYSEC301\"]\n");
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { WorkspaceFolders = [(first.Uri, "first")] });
        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", new JsonObject
        {
            ["event"] = new JsonObject
            {
                ["added"] = new JsonArray(new JsonObject { ["uri"] = added.Uri, ["name"] = "added" }),
                ["removed"] = new JsonArray(),
            },
        });
        Assert.Equal(["4 PYSEC301"], E2E.Findings(await client.OpenAndWaitAsync(added.UriOf("c.py"), Probe)));
    }

    [Fact]
    public async Task Bad_settings_are_reported_and_the_good_ones_still_apply()
    {
        var settings = new JsonObject { ["ignore"] = new JsonArray("PYSEC201"), ["severityThreshold"] = 42, ["select"] = "not a list" };
        await using var client = await LspClient.StartInitializedAsync(new ClientOptions { Configuration = false, InitializationOptions = new JsonObject { ["settings"] = settings } });
        Assert.Equal(["4 PYSEC301"], E2E.Findings(await client.OpenAndWaitAsync(Lsp.MemoryUri("bad-settings.py"), Probe)));
        Assert.Contains(client.Messages.All, m => m.Method is "window/logMessage" or "window/showMessage" &&
            m.Params.GetProperty("message").GetString()!.Contains("severityThreshold", StringComparison.Ordinal));
    }
}
