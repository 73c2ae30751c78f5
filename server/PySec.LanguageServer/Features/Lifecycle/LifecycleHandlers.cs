using PySec.LanguageServer.Protocol;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Lifecycle;

/// <summary>shutdown: from now on requests get InvalidRequest and only exit is honoured.</summary>
[LspMethod("shutdown", Mutates = true)]
public sealed class ShutdownHandler(ServerLifecycle lifecycle, ILspLogger logger) : IRequestHandler<NoParams, object?>
{
    public Task<object?> HandleAsync(NoParams request, RequestContext context, CancellationToken cancellationToken)
    {
        lifecycle.ShutDown();
        logger.Info("shutting down");
        return Task.FromResult<object?>(null);
    }
}

/// <summary>exit: ends the process, with 0 after shutdown and 1 otherwise.</summary>
[LspMethod("exit", Mutates = true)]
public sealed class ExitHandler(ServerLifecycle lifecycle) : INotificationHandler<NoParams>
{
    public Task HandleAsync(NoParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        lifecycle.Exit();
        return Task.CompletedTask;
    }
}

/// <summary>$/setTrace: the level of $/logTrace messages.</summary>
[LspMethod("$/setTrace", Mutates = true)]
public sealed class SetTraceHandler(ClientSession session) : INotificationHandler<SetTraceParams>
{
    public Task HandleAsync(SetTraceParams notification, RequestContext context, CancellationToken cancellationToken)
    {
        session.Trace = notification.Value;
        return Task.CompletedTask;
    }
}
