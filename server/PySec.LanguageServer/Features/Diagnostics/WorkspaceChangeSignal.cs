using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Server;

namespace PySec.LanguageServer.Features.Diagnostics;

/// <summary>Completes a waiter at the next change of the workspace state (a document, a folder or a setting).</summary>
[FeatureService]
public sealed class WorkspaceChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WorkspaceChangeSignal(WorkspaceStore store) => store.Changed += (_, _) => Signal();

    public void Signal() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits for the next change, the timeout, or cancellation (which throws).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        await Task.WhenAny(next, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
