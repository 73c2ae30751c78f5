using System.Text.Json.Nodes;
using NSubstitute;
using PySec.LanguageServer.Configuration;
using PySec.LanguageServer.Features.CodeActions;
using PySec.LanguageServer.Features.Configuration;
using PySec.LanguageServer.Features.Hover;
using PySec.LanguageServer.Features.ManualBrowser;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.Handlers;

public sealed class FeatureHandlerTests
{
    private const string Uri = "file:///project/app.py";

    private static async Task<Protocol.Hover?> HoverAsync(TestServer server, int line, int character) =>
        await server.Handler<HoverHandler>().HandleAsync(new HoverParams(new TextDocumentIdentifier(Uri), new Position(line, character)), server.Context(), default);

    [Fact]
    public async Task Hover_over_a_finding_shows_the_manual_entry_with_a_command_link()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n");
        var hover = await HoverAsync(server, 1, 3);
        Assert.NotNull(hover);
        Assert.Equal(MarkupKind.Markdown, hover.Contents.Kind);
        Assert.StartsWith("**PYSEC201**: [Deserialising with pickle](command:pysec.showManualChapter?%5B%22PYSEC201%22%5D)", hover.Contents.Value);
        Assert.Contains("Safer:", hover.Contents.Value);
        Assert.Contains("https://cwe.mitre.org/data/definitions/502.html", hover.Contents.Value);
        Assert.Equal(new Protocol.Range(new Position(1, 0), new Position(1, 18)), hover.Range);
    }

    [Fact]
    public async Task Hover_over_a_risky_api_where_no_rule_fires_links_its_chapter()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import yaml\nyaml.load(text, Loader=yaml.SafeLoader)\nvalue = 1\n");
        Assert.Empty((await server.AnalysisAsync(Uri)).Findings);
        var hover = await HoverAsync(server, 1, 6);
        Assert.NotNull(hover);
        Assert.Contains("`yaml.load`", hover.Contents.Value);
        Assert.Contains("command:pysec.showManualChapter?%5B%22yaml-load%22%5D", hover.Contents.Value);
        Assert.Null(await HoverAsync(server, 2, 1));
    }

    [Fact]
    public async Task Hover_explains_a_suppressed_finding_too()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)  # pysec: ignore[PYSEC201] -- our own cache\n");
        var analysis = await server.AnalysisAsync(Uri);
        Assert.Empty(analysis.Findings);
        Assert.Single(analysis.Suppressed);
        Assert.Contains("**PYSEC201**", (await HoverAsync(server, 1, 3))!.Contents.Value);
    }

    [Fact]
    public async Task Code_actions_offer_fixes_labelled_by_safety_a_suppression_and_the_chapter()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import yaml\nfrom cryptography.hazmat.primitives.asymmetric import rsa\nv = yaml.load(s)\nk = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n");
        var handler = server.Handler<CodeActionHandler>();
        var atYaml = await handler.HandleAsync(new CodeActionParams(new TextDocumentIdentifier(Uri),
            new Protocol.Range(new Position(2, 6), new Position(2, 6)), new CodeActionContext()), server.Context(), default);
        var unsafeFix = Assert.Single(atYaml, a => a.Title.StartsWith("Use yaml.safe_load"));
        Assert.Contains("unsafe", unsafeFix.Title);
        Assert.Null(unsafeFix.IsPreferred);
        var suppress = Assert.Single(atYaml, a => a.Title == "Suppress PYSEC207 on this line");
        var edit = Assert.Single(suppress.Edit!.Changes[Uri]);
        Assert.Equal("  # pysec: ignore[PYSEC207] -- <reason>", edit.NewText);
        Assert.Equal(new Position(2, 16), edit.Range.Start);
        var open = Assert.Single(atYaml, a => a.Command is not null);
        Assert.Equal("pysec.showManualChapter", open.Command!.CommandName);
        Assert.DoesNotContain(atYaml, a => a.Kind == CodeActionKind.SourceFixAllPySec);

        var atKey = await handler.HandleAsync(new CodeActionParams(new TextDocumentIdentifier(Uri),
            new Protocol.Range(new Position(3, 10), new Position(3, 10)), new CodeActionContext()), server.Context(), default);
        Assert.True(Assert.Single(atKey, a => a.Title.StartsWith("Generate a 2048-bit key")).IsPreferred);

        var fixAll = Assert.Single(await handler.HandleAsync(new CodeActionParams(new TextDocumentIdentifier(Uri),
            new Protocol.Range(new Position(0, 0), new Position(0, 0)), new CodeActionContext { Only = ["source.fixAll"] }), server.Context(), default));
        Assert.Equal(CodeActionKind.SourceFixAllPySec, fixAll.Kind);
        // Only the safe key-size fix: yaml.safe_load changes behaviour and is never applied in bulk.
        Assert.Equal("2048", Assert.Single(fixAll.Edit!.Changes[Uri]).NewText);
    }

    [Fact]
    public async Task Resolve_computes_lazy_edits_and_refuses_a_stale_version()
    {
        await using var server = new TestServer();
        await server.InitializeAsync("""{"textDocument":{"codeAction":{"resolveSupport":{"properties":["edit"]}}}}""");
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n");
        var actions = await server.Handler<CodeActionHandler>().HandleAsync(new CodeActionParams(new TextDocumentIdentifier(Uri),
            new Protocol.Range(new Position(1, 2), new Position(1, 2)), new CodeActionContext()), server.Context(), default);
        var suppress = Assert.Single(actions, a => a.Title.StartsWith("Suppress"));
        Assert.Null(suppress.Edit);
        var resolve = server.Handler<CodeActionResolveHandler>();
        var resolved = await resolve.HandleAsync(suppress, server.Context(), default);
        Assert.Equal("  # pysec: ignore[PYSEC201] -- <reason>", Assert.Single(resolved.Edit!.Changes[Uri]).NewText);

        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n", version: 7);
        var error = await Assert.ThrowsAsync<LocalRpcException>(() => resolve.HandleAsync(suppress, server.Context(), default));
        Assert.Equal(LspErrorCodes.ContentModified, error.ErrorCode);
    }

    [Fact]
    public async Task Manual_chapter_is_found_by_alias_and_an_unknown_id_is_invalid_params()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        var handler = server.Handler<ManualChapterHandler>();
        var chapter = await handler.HandleAsync(new ManualChapterParams("B506"), server.Context(), default);
        Assert.Equal("yaml-load", chapter.Id);
        Assert.DoesNotContain("<script", chapter.Html);
        Assert.DoesNotContain("href=\"../", chapter.Html);
        var error = await Assert.ThrowsAsync<LocalRpcException>(() => handler.HandleAsync(new ManualChapterParams("PYSEC999"), server.Context(), default));
        Assert.Equal(LspErrorCodes.InvalidParams, error.ErrorCode);
        var toc = await server.Handler<ManualTocHandler>().HandleAsync(new NoParams(), server.Context(), default);
        Assert.Contains(toc.Categories.SelectMany(c => c.Chapters), c => c.Id == "pickle" && c.RuleIds.Contains("PYSEC201"));
    }

    [Fact]
    public async Task Pushed_settings_change_severity_and_rule_selection()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n");
        await server.WaitForDiagnosticsAsync(Uri, 1);
        var handler = server.Handler<DidChangeConfigurationHandler>();
        await handler.HandleAsync(new DidChangeConfigurationParams(JsonNode.Parse("""{"pysec":{"severityOverrides":{"B301":"low"}}}""")), server.Context(), default);
        var lowered = Assert.Single((await server.AnalysisAsync(Uri)).Findings);
        Assert.Equal(Rules.Severity.Low, lowered.Severity);
        await handler.HandleAsync(new DidChangeConfigurationParams(JsonNode.Parse("""{"settings":{"pysec":{"ignore":["PYSEC2"]}}}""")), server.Context(), default);
        Assert.Empty((await server.AnalysisAsync(Uri)).Findings);
        await handler.HandleAsync(new DidChangeConfigurationParams(JsonNode.Parse("""{"enable":false}""")), server.Context(), default);
        Assert.Null((await server.AnalysisAsync(Uri)).Model);
    }

    [Fact]
    public async Task Settings_are_pulled_per_folder_from_the_client()
    {
        await using var server = new TestServer();
        server.Client.RequestAsync<JsonArray>("workspace/configuration", Arg.Any<object?>(), Arg.Any<CancellationToken>())
            .Returns(JsonNode.Parse("""[{"severityThreshold":"critical"}, null, {}]""")!.AsArray());
        await server.InitializeAsync("""{"workspace":{"configuration":true}}""", null,
            new WorkspaceFolder("file:///one", "one"), new WorkspaceFolder("file:///two", "two"));
        await server.Get<ConfigurationService>().RefreshAsync(null, default);
        await server.OpenAsync("file:///one/a.py", "import pickle\npickle.loads(data)\n");
        await server.OpenAsync("file:///two/a.py", "import pickle\npickle.loads(data)\n");
        Assert.Empty((await server.AnalysisAsync("file:///one/a.py")).Findings);
        Assert.Single((await server.AnalysisAsync("file:///two/a.py")).Findings);
    }

    [Theory]
    [InlineData("""{"enable":"yes"}""", "pysec.enable")]
    [InlineData("""{"severityThreshold":"severe"}""", "pysec.severityThreshold")]
    [InlineData("""{"select":"PYSEC201"}""", "pysec.select")]
    [InlineData("""{"severityOverrides":{"PYSEC201":7}}""", "pysec.severityOverrides.PYSEC201")]
    [InlineData("""{"targetVersion":3.12}""", "pysec.targetVersion")]
    [InlineData("""[1,2]""", "must be an object")]
    public void Settings_of_the_wrong_type_are_reported_and_skipped(string json, string expected)
    {
        var problems = new List<string>();
        var layer = SettingsLayer.FromJson(JsonNode.Parse(json), problems);
        Assert.Contains(problems, p => p.Contains(expected));
        Assert.Null(layer.Enable);
        Assert.Null(layer.SeverityThreshold);
    }
}
