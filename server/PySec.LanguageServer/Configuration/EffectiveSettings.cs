using System.Collections.Immutable;
using PySec.Rules;
using PySec.Semantics;

namespace PySec.LanguageServer.Configuration;

/// <summary>
/// The settings one document is analysed with, every layer merged. <see cref="Generation"/> changes whenever any
/// setting may have changed, so cached analyses and pull-diagnostic result ids know they are stale.
/// </summary>
public sealed record EffectiveSettings(
    bool Enable,
    Severity SeverityThreshold,
    ImmutableArray<string> Select,
    ImmutableArray<string> Ignore,
    ImmutableDictionary<string, Severity> SeverityOverrides,
    PythonVersion TargetVersion,
    ImmutableArray<string> Exclude,
    bool FixAllOnSave,
    bool WorkspaceDiagnostics,
    string? FolderUri,
    int Generation)
{
    public static EffectiveSettings Default { get; } = From(SettingsLayer.None, null, 0);

    public static EffectiveSettings From(SettingsLayer layer, string? folderUri, int generation) => new(
        layer.Enable ?? true,
        layer.SeverityThreshold ?? Severity.Low,
        layer.Select ?? [],
        layer.Ignore ?? [],
        layer.SeverityOverrides ?? ImmutableDictionary<string, Severity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
        layer.TargetVersion ?? PythonVersion.Default,
        layer.Exclude ?? [],
        layer.FixAllOnSave ?? false,
        layer.WorkspaceDiagnostics ?? false,
        folderUri,
        generation);
}
