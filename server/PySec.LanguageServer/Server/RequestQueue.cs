using System.Threading.Channels;
using PySec.LanguageServer.Documents;

namespace PySec.LanguageServer.Server;

/// <summary>
/// Orders the work of incoming messages. Items are taken in arrival order; a mutating item (didOpen, didChange,
/// didClose, configuration) runs alone and to completion before the next is taken, so state changes apply in
/// order; any other item gets the snapshot current when it is taken and runs concurrently with what follows.
/// A failure in an item fails only that request; the queue goes on.
/// </summary>
public sealed class RequestQueue
{
    private readonly Channel<QueueItem> _items = Channel.CreateUnbounded<QueueItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly WorkspaceStore _store;
    private readonly ILspLogger _logger;
    private readonly Task _loop;

    public RequestQueue(WorkspaceStore store, ILspLogger logger)
    {
        _store = store;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public Task<TResult> EnqueueAsync<TResult>(string method, bool mutates, Func<RequestContext, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        var item = new QueueItem<TResult>(method, mutates, work, cancellationToken);
        if (!_items.Writer.TryWrite(item)) item.Cancel();
        return item.Completion;
    }

    /// <summary>Stops taking items; those already queued still run.</summary>
    public Task CompleteAsync()
    {
        _items.Writer.TryComplete();
        return _loop;
    }

    private async Task RunAsync()
    {
        await foreach (var item in _items.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var context = new RequestContext(item.Method, _store.Current);
            if (item.Mutates)
                await item.RunAsync(context, _logger).ConfigureAwait(false);
            else
                _ = Task.Run(() => item.RunAsync(context, _logger));
        }
    }

    private abstract class QueueItem(string method, bool mutates)
    {
        public string Method { get; } = method;
        public bool Mutates { get; } = mutates;
        public abstract Task RunAsync(RequestContext context, ILspLogger logger);
    }

    private sealed class QueueItem<TResult>(string method, bool mutates, Func<RequestContext, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
        : QueueItem(method, mutates)
    {
        private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<TResult> Completion => _completion.Task;

        public void Cancel() => _completion.TrySetCanceled(cancellationToken);

        public override async Task RunAsync(RequestContext context, ILspLogger logger)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(cancellationToken);
                return;
            }
            try
            {
                _completion.TrySetResult(await work(context, cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(exception.CancellationToken);
            }
            catch (Exception exception)
            {
                if (exception is not StreamJsonRpc.LocalRpcException)
                    logger.Error($"{Method} failed: {exception}");
                _completion.TrySetException(exception);
            }
        }
    }
}
