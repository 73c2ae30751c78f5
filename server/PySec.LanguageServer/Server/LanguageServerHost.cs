using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.Threading;
using PySec.LanguageServer.Protocol;
using StreamJsonRpc;

namespace PySec.LanguageServer.Server;

/// <summary>
/// The server on a pair of streams: LSP's Content-Length framing (HeaderDelimitedMessageHandler), System.Text.Json
/// with our options, and one JSON-RPC method per registered handler. <see cref="RunAsync"/> completes with the
/// process exit code when the client sends exit or goes away.
/// </summary>
public sealed class LanguageServerHost : System.IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly JsonRpc _rpc;
    private readonly FrameReader _frames;
    private readonly CancellationTokenSource _stop = new();

    public LanguageServerHost(Stream input, Stream output, LanguageServerOptions options, TextWriter log)
    {
        _services = ServerServices.Build(options, log);
        var formatter = new SystemTextJsonFormatter();
        LspJson.Configure(formatter.JsonSerializerOptions);
        // Our own frame reader in front of StreamJsonRpc's: a bad frame costs that frame, not the connection.
        var frames = new AtomicFrameStream(output);
        _frames = new FrameReader(input, frames, Services.GetRequiredService<ILspLogger>());
        var handler = new HeaderDelimitedMessageHandler(frames, _frames.Output, formatter);
        _rpc = new JsonRpc(handler)
        {
            // Local methods run one at a time up to their first await, in arrival order: each only enqueues.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            ExceptionStrategy = ExceptionProcessing.CommonErrorData,
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        _rpc.TraceSource.Listeners.Clear();
        _rpc.TraceSource.Switch.Level = System.Diagnostics.SourceLevels.Off;
        RegisterHandlers();
        Services.GetRequiredService<JsonRpcClient>().Attach(_rpc);
        var lifecycle = Services.GetRequiredService<ServerLifecycle>();
        _rpc.Disconnected += (_, e) =>
        {
            if (lifecycle.State != LifecycleState.Exited)
                Services.GetRequiredService<ILspLogger>().Log(LogLevel.Info, $"the client disconnected: {e.Description}");
            lifecycle.Disconnected();
        };
    }

    public IServiceProvider Services => _services;

    public async Task<int> RunAsync()
    {
        Services.GetRequiredService<ServerAssets>().StartLoading();
        var manual = Services.GetRequiredService<Chapters.ManualService>();
        _ = Services.GetRequiredService<ServerAssets>().RulesAsync.ContinueWith(_ => manual.ApiIndexAsync, TaskScheduler.Default);
        _ = _frames.RunAsync(_stop.Token);
        _rpc.StartListening();
        var exitCode = await Services.GetRequiredService<ServerLifecycle>().Exited.ConfigureAwait(false);
        await Services.GetRequiredService<RequestQueue>().CompleteAsync().WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }).ConfigureAwait(false);
        return exitCode;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _rpc.Dispose();
        await _services.DisposeAsync().ConfigureAwait(false);
    }

    private void RegisterHandlers()
    {
        var queue = Services.GetRequiredService<RequestQueue>();
        var lifecycle = Services.GetRequiredService<ServerLifecycle>();
        var logger = Services.GetRequiredService<ILspLogger>();
        foreach (var handler in Services.GetServices<IMethodHandler>())
        {
            var type = handler.GetType();
            var method = type.GetCustomAttribute<LspMethodAttribute>()
                ?? throw new InvalidOperationException($"{type.Name} has no [LspMethod] attribute");
            var contract = type.GetInterfaces().Single(i => i.IsGenericType &&
                (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>)));
            var endpointType = contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
                ? typeof(RequestEndpoint<,>).MakeGenericType(contract.GetGenericArguments())
                : typeof(NotificationEndpoint<>).MakeGenericType(contract.GetGenericArguments());
            var endpoint = Activator.CreateInstance(endpointType, handler, method, queue, lifecycle, logger)!;
            _rpc.AddLocalRpcMethod(endpointType.GetMethod("InvokeAsync")!, endpoint,
                new JsonRpcMethodAttribute(method.Method) { UseSingleObjectParameterDeserialization = true });
        }
    }
}
