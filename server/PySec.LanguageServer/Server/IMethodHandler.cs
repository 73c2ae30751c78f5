namespace PySec.LanguageServer.Server;

/// <summary>A handler of one LSP method; declare the method with <see cref="LspMethodAttribute"/>.</summary>
public interface IMethodHandler;

/// <summary>A request: params in, a result out (null is sent as JSON null).</summary>
public interface IRequestHandler<in TParams, TResult> : IMethodHandler
{
    Task<TResult> HandleAsync(TParams request, RequestContext context, CancellationToken cancellationToken);
}

/// <summary>A notification: no response, so failures are only logged.</summary>
public interface INotificationHandler<in TParams> : IMethodHandler
{
    Task HandleAsync(TParams notification, RequestContext context, CancellationToken cancellationToken);
}
