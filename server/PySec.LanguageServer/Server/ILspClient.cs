namespace PySec.LanguageServer.Server;

/// <summary>Messages from the server to the client (notifications and requests), so handlers can be tested without a connection.</summary>
public interface ILspClient
{
    Task NotifyAsync(string method, object? parameters);

    Task<TResult?> RequestAsync<TResult>(string method, object? parameters, CancellationToken cancellationToken);
}
