namespace PySec.LanguageServer.Documents;

/// <summary>
/// The current <see cref="WorkspaceSnapshot"/>. Only mutating handlers (run one at a time by the queue) call
/// <see cref="Update"/>; readers take <see cref="Current"/> once and keep it.
/// </summary>
public sealed class WorkspaceStore
{
    private WorkspaceSnapshot _current = WorkspaceSnapshot.Empty;

    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a change, with the old and new snapshots.</summary>
    public event Action<WorkspaceSnapshot, WorkspaceSnapshot>? Changed;

    public WorkspaceSnapshot Update(Func<WorkspaceSnapshot, WorkspaceSnapshot> change)
    {
        WorkspaceSnapshot before, after;
        do
        {
            before = Current;
            after = change(before);
        }
        while (!ReferenceEquals(Interlocked.CompareExchange(ref _current, after, before), before));
        if (!ReferenceEquals(before, after)) Changed?.Invoke(before, after);
        return after;
    }
}
