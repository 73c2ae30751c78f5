namespace PySec.LanguageServer.Server;

public enum LifecycleState
{
    /// <summary>Waiting for <c>initialize</c>: every other request gets ServerNotInitialized, notifications are dropped.</summary>
    NotInitialized,
    /// <summary><c>initialize</c> answered; serving.</summary>
    Running,
    /// <summary><c>shutdown</c> answered: requests get InvalidRequest, only <c>exit</c> is honoured.</summary>
    ShutDown,
    Exited,
}

/// <summary>
/// The LSP 3.17 lifecycle. <c>exit</c> ends the process with 0 after <c>shutdown</c> and 1 otherwise; a
/// connection the client drops counts as an exit without shutdown.
/// </summary>
public sealed class ServerLifecycle
{
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public LifecycleState State => (LifecycleState)Volatile.Read(ref _state);

    /// <summary>Completes with the process exit code.</summary>
    public Task<int> Exited => _exit.Task;

    /// <summary>False when initialize was already received (a second one is an error).</summary>
    public bool TryStart() =>
        Interlocked.CompareExchange(ref _state, (int)LifecycleState.Running, (int)LifecycleState.NotInitialized) == (int)LifecycleState.NotInitialized;

    public void ShutDown()
    {
        Interlocked.CompareExchange(ref _state, (int)LifecycleState.ShutDown, (int)LifecycleState.Running);
    }

    public void Exit()
    {
        var previous = (LifecycleState)Interlocked.Exchange(ref _state, (int)LifecycleState.Exited);
        _exit.TrySetResult(previous == LifecycleState.ShutDown ? 0 : 1);
    }

    public void Disconnected()
    {
        var previous = (LifecycleState)Interlocked.Exchange(ref _state, (int)LifecycleState.Exited);
        _exit.TrySetResult(previous == LifecycleState.ShutDown ? 0 : 1);
    }
}
