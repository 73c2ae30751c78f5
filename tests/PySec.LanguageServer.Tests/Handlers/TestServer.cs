using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using PySec.LanguageServer.Analysis;
using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;
using PySec.Manual;
using PySec.Rules;
using PySec.Testing;

namespace PySec.LanguageServer.Tests.Handlers;

/// <summary>
/// The server's services with the connection replaced: the client and the logger are NSubstitute substitutes
/// (calls are recorded), the rules and the manual are the repository's, loaded once for all tests.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private static readonly Lazy<(RuleSet Rules, PySec.Manual.Manual Manual)> Assets = new(() =>
        (RuleSet.Load(new FileSystemRuleSource(RepositoryRoot.Combine("rules"), "rules/")),
         PySec.Manual.Manual.Load(new FileSystemManual(RepositoryRoot.Combine("manual")))));

    private readonly ServiceProvider _services;

    public TestServer(int debounceMilliseconds = 50)
    {
        Client = Substitute.For<ILspClient>();
        Client.NotifyAsync(Arg.Any<string>(), Arg.Any<object?>()).Returns(Task.CompletedTask);
        Client.NotifyAsync("textDocument/publishDiagnostics", Arg.Any<object?>()).Returns(call =>
        {
            Published.Enqueue((PublishDiagnosticsParams)call.ArgAt<object?>(1)!);
            return Task.CompletedTask;
        });
        Logger = Substitute.For<ILspLogger>();
        var options = new LanguageServerOptions(RepositoryRoot.Combine("rules"), RepositoryRoot.Combine("manual")) { DebounceMilliseconds = debounceMilliseconds };
        _services = ServerServices.Build(options, TextWriter.Null, services =>
        {
            services.AddSingleton(Client);
            services.AddSingleton(Logger);
            services.AddSingleton(ServerAssets.FromLoaded(Assets.Value.Rules, Assets.Value.Manual));
        });
    }

    public ILspClient Client { get; }
    public ILspLogger Logger { get; }
    public ConcurrentQueue<PublishDiagnosticsParams> Published { get; } = new();
    public static RuleSet Rules => Assets.Value.Rules;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public T Handler<T>() where T : IMethodHandler => _services.GetServices<IMethodHandler>().OfType<T>().Single();

    public WorkspaceStore Store => Get<WorkspaceStore>();

    public RequestContext Context(string method = "test") => new(method, Store.Current);

    /// <summary>Runs initialize with the given client capabilities (JSON), as the first message would.</summary>
    public async Task<InitializeResult> InitializeAsync(string capabilities = "{}", string? initializationOptions = null, params WorkspaceFolder[] folders)
    {
        var request = new InitializeParams
        {
            Capabilities = JsonSerializer.Deserialize<ClientCapabilities>(capabilities, LspJson.Options)!,
            InitializationOptions = initializationOptions is null ? null : JsonDocument.Parse(initializationOptions).RootElement,
            WorkspaceFolders = folders,
        };
        return await Handler<PySec.LanguageServer.Features.Lifecycle.InitializeHandler>().HandleAsync(request, Context("initialize"), CancellationToken.None);
    }

    public async Task OpenAsync(string uri, string text, int version = 1) =>
        await Handler<PySec.LanguageServer.Features.Documents.DidOpenHandler>().HandleAsync(
            new DidOpenTextDocumentParams(new TextDocumentItem(uri, "python", version, text)), Context(), CancellationToken.None);

    /// <summary>Waits until diagnostics for that version of the document were pushed, and returns them.</summary>
    public async Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, int version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var found = Published.LastOrDefault(p => p.Uri == uri && p.Version == version);
            if (found is not null) return found;
            await Task.Delay(5);
        }
        throw new TimeoutException($"no diagnostics for {uri} version {version}");
    }

    public async Task<DocumentAnalysis> AnalysisAsync(string uri)
    {
        var document = Store.Current.GetDocument(uri)!;
        return await Get<AnalysisCache>().GetAsync(document, Store.Current.SettingsFor(uri), CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
