using NSubstitute;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Features.Diagnostics;
using PySec.LanguageServer.Features.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Tests.Handlers;

public sealed class DocumentHandlerTests
{
    private const string Uri = "file:///project/app.py";

    [Fact]
    public async Task Opening_a_document_pushes_its_findings_in_the_contract_shape()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n");
        var published = await server.WaitForDiagnosticsAsync(Uri, 1);
        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal("PYSEC201", diagnostic.Code);
        Assert.Equal("pysec", diagnostic.Source);
        Assert.Equal(LspDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new Protocol.Range(new Position(1, 0), new Position(1, 18)), diagnostic.Range);
        Assert.Equal("https://pysec.dev/manual/02-deserialization/pickle.html#pysec201", diagnostic.CodeDescription!.Href);
        Assert.Equal("PYSEC201", diagnostic.Data!.RuleId);
        Assert.Equal("pickle", diagnostic.Data.ChapterId);
    }

    [Fact]
    public async Task The_manual_base_url_comes_from_the_initialization_options()
    {
        await using var server = new TestServer();
        await server.InitializeAsync("{}", """{"manualBaseUrl":"https://docs.example.com/pysec"}""");
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n");
        var diagnostic = Assert.Single((await server.WaitForDiagnosticsAsync(Uri, 1)).Diagnostics);
        Assert.Equal("https://docs.example.com/pysec/02-deserialization/pickle.html#pysec201", diagnostic.CodeDescription!.Href);
    }

    [Fact]
    public async Task Incremental_changes_apply_in_order_and_diagnostics_follow_the_last_version()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import pickle\nx = 1\n");
        var change = server.Handler<DidChangeHandler>();
        // Two changes in one notification: the second is in the coordinates of the text the first produced.
        await change.HandleAsync(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, 2),
        [
            new TextDocumentContentChangeEvent(new Protocol.Range(new Position(1, 0), new Position(1, 5)), "y = pickle.loads(b)"),
            new TextDocumentContentChangeEvent(new Protocol.Range(new Position(1, 17), new Position(1, 18)), "payload"),
        ]), server.Context(), default);
        Assert.Equal("import pickle\ny = pickle.loads(payload)\n", server.Store.Current.GetDocument(Uri)!.Text);
        var published = await server.WaitForDiagnosticsAsync(Uri, 2);
        Assert.Equal("PYSEC201", Assert.Single(published.Diagnostics).Code);
    }

    [Fact]
    public async Task A_change_to_a_document_that_is_not_open_is_logged_and_ignored()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        var before = server.Store.Current;
        await server.Handler<DidChangeHandler>().HandleAsync(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier("file:///nowhere.py", 2),
            [new TextDocumentContentChangeEvent(null, "x = 1")]), server.Context(), default);
        Assert.Same(before, server.Store.Current);
        server.Logger.Received().Log(LogLevel.Warning, Arg.Is<string>(m => m.Contains("not open")));
    }

    [Fact]
    public async Task Closing_clears_the_diagnostics_in_the_client()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n");
        await server.WaitForDiagnosticsAsync(Uri, 1);
        await server.Handler<DidCloseHandler>().HandleAsync(new DidCloseTextDocumentParams(new TextDocumentIdentifier(Uri)), server.Context(), default);
        Assert.Null(server.Store.Current.GetDocument(Uri));
        Assert.Empty(server.Published.Last(p => p.Uri == Uri).Diagnostics);
    }

    [Fact]
    public async Task A_burst_of_edits_publishes_only_for_the_final_version()
    {
        await using var server = new TestServer(debounceMilliseconds: 1000);
        await server.InitializeAsync();
        await server.OpenAsync(Uri, "import pickle\n");
        var change = server.Handler<DidChangeHandler>();
        for (var version = 2; version <= 20; version++)
            await change.HandleAsync(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, version),
                [new TextDocumentContentChangeEvent(null, $"import pickle\npickle.loads(v{version})\n")]), server.Context(), default);
        var last = await server.WaitForDiagnosticsAsync(Uri, 20);
        Assert.Single(last.Diagnostics);
        // Every version in between was superseded while waiting for quiet: none of them reached the client.
        Assert.DoesNotContain(server.Published, p => p.Version is > 2 and < 20);
    }

    [Fact]
    public async Task Pull_diagnostics_answer_unchanged_for_the_current_result_id()
    {
        await using var server = new TestServer();
        await server.InitializeAsync("""{"textDocument":{"diagnostic":{}}}""");
        await server.OpenAsync(Uri, "import pickle\npickle.loads(data)\n");
        var handler = server.Handler<DocumentDiagnosticHandler>();
        var first = await handler.HandleAsync(new DocumentDiagnosticParams(new TextDocumentIdentifier(Uri)), server.Context(), default);
        Assert.Equal(DocumentDiagnosticReportKind.Full, first.Kind);
        Assert.Equal("PYSEC201", Assert.Single(first.Items!).Code);
        var second = await handler.HandleAsync(new DocumentDiagnosticParams(new TextDocumentIdentifier(Uri)) { PreviousResultId = first.ResultId }, server.Context(), default);
        Assert.Equal(DocumentDiagnosticReportKind.Unchanged, second.Kind);
        Assert.Null(second.Items);
        // A pulling client is never pushed to.
        Assert.Empty(server.Published);
    }

    [Theory]
    [InlineData("utf-16", 1, 0, 1, 1, "x = \"é😀\"\ny = 1\n", "x = \"é😀\"\nZ = 1\n")]
    [InlineData("utf-16", 0, 8, 0, 9, "x = \"é😀\"\n", "x = \"é😀Z\n")] // 😀 is two UTF-16 units
    [InlineData("utf-8", 0, 11, 0, 12, "x = \"é😀\"\n", "x = \"é😀Z\n")] // é is 2 bytes, 😀 is 4
    [InlineData("utf-16", 0, 99, 0, 99, "ab\ncd\n", "abZ\ncd\n")] // a character past the line end means the line end
    [InlineData("utf-16", 9, 0, 9, 0, "ab\ncd\n", "ab\ncd\nZ")] // a line past the end means the end of the text
    [InlineData("utf-16", 1, 0, 1, 2, "ab\r\ncd\r\n", "ab\r\nZ\r\n")] // CRLF is one line break
    public void Positions_convert_in_the_negotiated_encoding_and_clamp(string encoding, int line, int character, int endLine, int endCharacter, string text, string expected)
    {
        var positions = encoding == "utf-8" ? PositionMapper.Utf8 : PositionMapper.Utf16;
        var range = new Protocol.Range(new Position(line, character), new Position(endLine, endCharacter));
        Assert.Equal(expected, TextChanges.Apply(text, [new TextDocumentContentChangeEvent(range, "Z")], positions));
    }
}
