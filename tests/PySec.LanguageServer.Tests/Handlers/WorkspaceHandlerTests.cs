using System.Text.Json;
using NSubstitute;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Features.Commands;
using PySec.LanguageServer.Features.Configuration;
using PySec.LanguageServer.Features.Diagnostics;
using PySec.LanguageServer.Features.WorkspaceScan;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.Handlers;

public sealed class WorkspaceHandlerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pysec-lsp-handlers-").FullName;

    public WorkspaceHandlerTests()
    {
        File.WriteAllText(Path.Combine(_root, "risky.py"), "import pickle\npickle.loads(data)\n");
        File.WriteAllText(Path.Combine(_root, "clean.py"), "print('hello')\n");
        Directory.CreateDirectory(Path.Combine(_root, "venv"));
        File.WriteAllText(Path.Combine(_root, "venv", "vendored.py"), "import pickle\npickle.loads(data)\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private WorkspaceFolder Folder => new(DocumentUri.FromPath(_root), "project");

    [Fact]
    public async Task Scan_reports_counts_progress_and_publishes_each_scanned_file()
    {
        await using var server = new TestServer();
        await server.InitializeAsync("""{"window":{"workDoneProgress":true}}""", null, Folder);
        var result = await server.Handler<ScanWorkspaceHandler>().HandleAsync(
            new ScanWorkspaceParams { WorkDoneToken = JsonSerializer.SerializeToElement("token-1") }, server.Context(), default);
        // venv/ is excluded by default.
        Assert.Equal(new ScanWorkspaceResult(2, 1, 0), result);
        Assert.Contains(server.Published, p => p.Uri.EndsWith("/risky.py") && p.Diagnostics.Single().Code == "PYSEC201");
        Assert.Contains(server.Published, p => p.Uri.EndsWith("/clean.py") && p.Diagnostics.Count == 0);
        await server.Client.Received().NotifyAsync("$/progress", Arg.Is<object?>(p => ((ProgressParams)p!).Value is WorkDoneProgressBegin));
        await server.Client.Received().NotifyAsync("$/progress", Arg.Is<object?>(p => ((ProgressParams)p!).Value is WorkDoneProgressEnd));
    }

    [Fact]
    public async Task Project_settings_from_pyproject_apply_to_the_folder()
    {
        File.WriteAllText(Path.Combine(_root, "pyproject.toml"), "[tool.pysec]\nignore = [\"B301\"]\n");
        await using var server = new TestServer();
        await server.InitializeAsync("{}", null, Folder);
        await server.Get<ConfigurationService>().RefreshAsync(null, default);
        var uri = DocumentUri.FromPath(Path.Combine(_root, "risky.py"));
        await server.OpenAsync(uri, "import pickle\npickle.loads(data)\n");
        Assert.Empty((await server.AnalysisAsync(uri)).Findings);
    }

    [Fact]
    public async Task Workspace_diagnostics_follow_the_setting_and_report_unchanged_files_as_unchanged()
    {
        WorkspaceDiagnosticHandler.IdleWait = TimeSpan.FromMilliseconds(10);
        await using var server = new TestServer();
        await server.InitializeAsync("""{"textDocument":{"diagnostic":{}}}""", null, Folder);
        var handler = server.Handler<WorkspaceDiagnosticHandler>();
        Assert.Empty((await handler.HandleAsync(new WorkspaceDiagnosticParams(), server.Context(), default)).Items);

        await server.Handler<DidChangeConfigurationHandler>().HandleAsync(
            new DidChangeConfigurationParams(System.Text.Json.Nodes.JsonNode.Parse("""{"diagnostics":{"workspace":true}}""")), server.Context(), default);
        var first = await handler.HandleAsync(new WorkspaceDiagnosticParams(), server.Context(), default);
        Assert.Equal(2, first.Items.Count);
        Assert.All(first.Items, i => Assert.Equal(DocumentDiagnosticReportKind.Full, i.Kind));
        Assert.Equal("PYSEC201", first.Items.Single(i => i.Uri.EndsWith("/risky.py")).Items!.Single().Code);

        var again = await handler.HandleAsync(new WorkspaceDiagnosticParams
        {
            PreviousResultIds = first.Items.Select(i => new PreviousResultId(i.Uri, i.ResultId!)).ToList(),
        }, server.Context(), default);
        Assert.All(again.Items, i => Assert.Equal(DocumentDiagnosticReportKind.Unchanged, i.Kind));
    }

    [Fact]
    public async Task FixAll_command_applies_the_safe_fixes_through_the_client()
    {
        await using var server = new TestServer();
        server.Client.RequestAsync<ApplyWorkspaceEditResult>("workspace/applyEdit", Arg.Any<object?>(), Arg.Any<CancellationToken>())
            .Returns(new ApplyWorkspaceEditResult(true));
        await server.InitializeAsync();
        const string uri = "file:///project/keys.py";
        await server.OpenAsync(uri, "from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n");
        var handler = server.Handler<ExecuteCommandHandler>();
        var result = await handler.HandleAsync(new ExecuteCommandParams(ExecuteCommandHandler.FixAllCommand, [JsonSerializer.SerializeToElement(uri)]), server.Context(), default);
        Assert.Equal(new FixAllCommandResult(true, 1), result);
        await server.Client.Received(1).RequestAsync<ApplyWorkspaceEditResult>("workspace/applyEdit",
            Arg.Is<object?>(p => ((ApplyWorkspaceEditParams)p!).Edit.Changes[uri].Single().NewText == "2048"), Arg.Any<CancellationToken>());

        var unknown = await Assert.ThrowsAsync<LocalRpcException>(() => handler.HandleAsync(new ExecuteCommandParams("pysec.server.nothing"), server.Context(), default));
        Assert.Equal(LspErrorCodes.InvalidParams, unknown.ErrorCode);
        var missing = await Assert.ThrowsAsync<LocalRpcException>(() => handler.HandleAsync(new ExecuteCommandParams(ExecuteCommandHandler.FixAllCommand), server.Context(), default));
        Assert.Equal(LspErrorCodes.InvalidParams, missing.ErrorCode);
    }
}
