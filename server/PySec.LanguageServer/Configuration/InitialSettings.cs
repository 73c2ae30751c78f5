namespace PySec.LanguageServer.Configuration;

/// <summary>
/// Completes once the settings read at <c>initialized</c> (each folder's [tool.pysec], the editor's pulled settings)
/// are applied. Pushed diagnostics wait for it, so a document opened right after start-up is never first reported
/// with default settings and then corrected, which a user sees as findings that flash and vanish. The wait is
/// bounded, so a client that never answers workspace/configuration still gets diagnostics.
/// </summary>
public sealed class InitialSettings
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(3);

    private readonly TaskCompletionSource _applied = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsApplied => _applied.Task.IsCompleted;

    public void MarkApplied() => _applied.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) =>
        IsApplied ? Task.CompletedTask : Task.WhenAny(_applied.Task, Task.Delay(MaxWait, cancellationToken));
}
