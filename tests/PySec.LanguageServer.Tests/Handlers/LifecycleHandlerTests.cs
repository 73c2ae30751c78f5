using NSubstitute;
using PySec.LanguageServer.Features.Lifecycle;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using StreamJsonRpc;

namespace PySec.LanguageServer.Tests.Handlers;

public sealed class LifecycleHandlerTests
{
    [Theory]
    [InlineData("""{}""", "utf-16")]
    [InlineData("""{"general":{"positionEncodings":["utf-16"]}}""", "utf-16")]
    [InlineData("""{"general":{"positionEncodings":["utf-8","utf-16"]}}""", "utf-8")]
    [InlineData("""{"general":{"positionEncodings":["utf-32"]}}""", "utf-16")]
    public async Task Initialize_negotiates_the_position_encoding(string capabilities, string expected)
    {
        await using var server = new TestServer();
        var result = await server.InitializeAsync(capabilities);
        Assert.Equal(expected, result.Capabilities.PositionEncoding);
        Assert.Equal(expected, server.Get<ClientSession>().Positions.EncodingName);
    }

    [Fact]
    public async Task Initialize_offers_pull_diagnostics_only_to_clients_that_declare_them()
    {
        await using var push = new TestServer();
        Assert.Null((await push.InitializeAsync()).Capabilities.DiagnosticProvider);
        await using var pull = new TestServer();
        var offered = (await pull.InitializeAsync("""{"textDocument":{"diagnostic":{}}}""")).Capabilities;
        Assert.NotNull(offered.DiagnosticProvider);
        Assert.Equal(TextDocumentSyncKind.Incremental, offered.TextDocumentSync!.Change);
        Assert.True(offered.HoverProvider);
        Assert.Contains(CodeActionKind.SourceFixAllPySec, offered.CodeActionProvider!.CodeActionKinds);
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var server = new TestServer();
        await server.InitializeAsync();
        var error = await Assert.ThrowsAsync<LocalRpcException>(() => server.InitializeAsync());
        Assert.Equal(LspErrorCodes.InvalidRequest, error.ErrorCode);
    }

    [Fact]
    public void Requests_before_initialize_get_ServerNotInitialized_and_after_shutdown_InvalidRequest()
    {
        var lifecycle = new ServerLifecycle();
        Assert.Equal(LspErrorCodes.ServerNotInitialized, Assert.Throws<LocalRpcException>(() => EndpointGate.CheckRequest("textDocument/hover", lifecycle)).ErrorCode);
        EndpointGate.CheckRequest("initialize", lifecycle);
        Assert.False(EndpointGate.AllowNotification("textDocument/didOpen", lifecycle));
        Assert.True(EndpointGate.AllowNotification("exit", lifecycle));
        Assert.True(lifecycle.TryStart());
        EndpointGate.CheckRequest("textDocument/hover", lifecycle);
        lifecycle.ShutDown();
        Assert.Equal(LspErrorCodes.InvalidRequest, Assert.Throws<LocalRpcException>(() => EndpointGate.CheckRequest("textDocument/hover", lifecycle)).ErrorCode);
        Assert.False(EndpointGate.AllowNotification("textDocument/didChange", lifecycle));
    }

    [Fact]
    public async Task Exit_code_is_0_after_shutdown_and_1_without()
    {
        var clean = new ServerLifecycle();
        clean.TryStart();
        await new ShutdownHandler(clean, Substitute.For<ILspLogger>()).HandleAsync(new NoParams(), null!, default);
        await new ExitHandler(clean).HandleAsync(new NoParams(), null!, default);
        Assert.Equal(0, await clean.Exited);

        var abrupt = new ServerLifecycle();
        abrupt.TryStart();
        await new ExitHandler(abrupt).HandleAsync(new NoParams(), null!, default);
        Assert.Equal(1, await abrupt.Exited);

        var dropped = new ServerLifecycle();
        dropped.TryStart();
        dropped.Disconnected();
        Assert.Equal(1, await dropped.Exited);
    }

    [Fact]
    public async Task SetTrace_switches_logTrace_messages_on_and_off()
    {
        var client = Substitute.For<ILspClient>();
        var session = new ClientSession();
        var lifecycle = new ServerLifecycle();
        lifecycle.TryStart();
        var logger = new ServerLogger(client, session, lifecycle, TextWriter.Null);
        logger.Trace("quiet");
        await new SetTraceHandler(session).HandleAsync(new SetTraceParams("verbose"), null!, default);
        logger.Trace("loud");
        await new SetTraceHandler(session).HandleAsync(new SetTraceParams("off"), null!, default);
        logger.Trace("quiet again");
        await client.Received(1).NotifyAsync("$/logTrace", Arg.Any<object?>());
        await client.Received(1).NotifyAsync("$/logTrace", Arg.Is<object?>(p => ((LogTraceParams)p!).Message.Contains("loud")));
    }

    [Fact]
    public void Logs_never_reach_the_client_before_initialize()
    {
        var client = Substitute.For<ILspClient>();
        var error = new StringWriter();
        new ServerLogger(client, new ClientSession(), new ServerLifecycle(), error).Error("early");
        client.DidNotReceiveWithAnyArgs().NotifyAsync(default!, default);
        Assert.Contains("early", error.ToString());
    }
}
