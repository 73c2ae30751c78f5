using PySec.Workspace;

namespace PySec.LanguageServer.Configuration;

/// <summary>
/// The settings one document is analysed with, every layer merged: <see cref="Analysis"/> is what the workspace
/// layer's analyser takes; the rest are editor-only switches. <see cref="Generation"/> changes whenever any
/// setting may have changed, so cached analyses and pull-diagnostic result ids know they are stale.
/// </summary>
public sealed record EffectiveSettings(
    PySecSettings Analysis,
    bool Enable,
    bool FixAllOnSave,
    bool WorkspaceDiagnostics,
    string? FolderUri,
    int Generation)
{
    public static EffectiveSettings Default { get; } = new(PySecSettings.Default with { ShowSuppressed = true }, true, false, false, null, 0);
}
