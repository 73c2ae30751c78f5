using System.Text.Json;
using PySec.LanguageServer.Protocol;
using StreamJsonRpc;

namespace PySec.LanguageServer.Server;

/// <summary>
/// The JSON-RPC entry point of one request method: checks the lifecycle, then puts the handler's work on the
/// queue. StreamJsonRpc calls these in arrival order (the server's synchronization context is non-concurrent),
/// and each only enqueues, so the queue sees messages in the order they were sent.
/// </summary>
public sealed class RequestEndpoint<TParams, TResult>(
    IRequestHandler<TParams, TResult> handler, LspMethodAttribute method, RequestQueue queue, ServerLifecycle lifecycle, ILspLogger logger)
{
    public Task<TResult> InvokeAsync(JsonElement parameters = default, CancellationToken cancellationToken = default)
    {
        EndpointGate.CheckRequest(method.Method, lifecycle);
        logger.Trace($"request {method.Method}");
        var request = EndpointGate.ReadParams<TParams>(method.Method, parameters);
        if (request is null)
        {
            if (typeof(TParams) != typeof(NoParams)) throw LspException.InvalidParams($"'{method.Method}' needs params");
            request = (TParams)(object)new NoParams();
        }
        return queue.EnqueueAsync<TResult>(method.Method, method.Mutates, async (context, token) =>
        {
            try
            {
                return await handler.HandleAsync(request, context, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                // A newer version of the document arrived and abandoned the analysis this request waited for.
                throw new LocalRpcException("the document changed while the request ran") { ErrorCode = LspErrorCodes.ContentModified };
            }
            catch (Exception exception) when (exception is not (LocalRpcException or OperationCanceledException))
            {
                // The client gets a short reason; the log gets the stack.
                logger.Error($"{method.Method} failed: {exception}");
                throw new LocalRpcException($"{method.Method} failed: {exception.Message}") { ErrorCode = LspErrorCodes.InternalError };
            }
        }, cancellationToken);
    }
}

/// <summary>The JSON-RPC entry point of one notification method. Notifications have no response: failures are logged.</summary>
public sealed class NotificationEndpoint<TParams>(
    INotificationHandler<TParams> handler, LspMethodAttribute method, RequestQueue queue, ServerLifecycle lifecycle, ILspLogger logger)
{
    public Task InvokeAsync(JsonElement parameters = default)
    {
        if (!EndpointGate.AllowNotification(method.Method, lifecycle))
        {
            logger.Trace($"dropped '{method.Method}': the server is {lifecycle.State}");
            return Task.CompletedTask;
        }
        TParams? notification;
        try
        {
            notification = EndpointGate.ReadParams<TParams>(method.Method, parameters);
        }
        catch (LocalRpcException exception)
        {
            // A notification cannot be answered: a malformed one is logged and dropped.
            logger.Warning($"dropped '{method.Method}': {exception.Message}");
            return Task.CompletedTask;
        }
        if (notification is null)
        {
            if (typeof(TParams) != typeof(NoParams))
            {
                logger.Warning($"dropped '{method.Method}': it has no params");
                return Task.CompletedTask;
            }
            notification = (TParams)(object)new NoParams();
        }
        var done = queue.EnqueueAsync<bool>(method.Method, method.Mutates, async (context, token) =>
        {
            // Traced in queue order, so a notification that follows "$/setTrace off" is not traced.
            logger.Trace($"notification {method.Method}");
            await handler.HandleAsync(notification, context, token).ConfigureAwait(false);
            return true;
        }, CancellationToken.None);
        // Nobody awaits a notification's outcome: observe failures here (the queue has logged them).
        _ = done.ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        return Task.CompletedTask;
    }
}

/// <summary>The lifecycle rules of LSP 3.17 for incoming messages.</summary>
public static class EndpointGate
{
    public static void CheckRequest(string method, ServerLifecycle lifecycle)
    {
        switch (lifecycle.State)
        {
            case LifecycleState.NotInitialized when method != "initialize":
                throw LspException.NotInitialized(method);
            case LifecycleState.Running when method == "initialize":
                throw new LocalRpcException("initialize was already received") { ErrorCode = LspErrorCodes.InvalidRequest };
            case LifecycleState.ShutDown or LifecycleState.Exited:
                throw LspException.ShutDown(method);
        }
    }

    /// <summary>The params as the handler's type; JSON of the wrong shape is InvalidParams, absent params are null.</summary>
    public static TParams? ReadParams<TParams>(string method, JsonElement parameters)
    {
        if (parameters.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return default;
        try
        {
            return parameters.Deserialize<TParams>(LspJson.Options);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw LspException.InvalidParams($"invalid params for '{method}': {exception.Message}");
        }
    }

    public static bool AllowNotification(string method, ServerLifecycle lifecycle) => method == "exit" || lifecycle.State switch
    {
        // The specification: notifications before initialize are dropped, except exit.
        LifecycleState.NotInitialized => false,
        LifecycleState.Running => true,
        _ => false,
    };
}
