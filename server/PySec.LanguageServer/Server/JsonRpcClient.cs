using StreamJsonRpc;

namespace PySec.LanguageServer.Server;

/// <summary>The client end of the connection. A message to a client that has gone away is dropped, not thrown.</summary>
public sealed class JsonRpcClient : ILspClient
{
    private JsonRpc? _rpc;

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    public async Task NotifyAsync(string method, object? parameters)
    {
        if (_rpc is not { IsDisposed: false } rpc) return;
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or IOException)
        {
            // The client closed the connection; the lifecycle handles the exit.
        }
    }

    public async Task<TResult?> RequestAsync<TResult>(string method, object? parameters, CancellationToken cancellationToken)
    {
        if (_rpc is not { IsDisposed: false } rpc) throw new ConnectionLostException();
        return await rpc.InvokeWithParameterObjectAsync<TResult>(method, parameters, cancellationToken).ConfigureAwait(false);
    }
}
