using System.Collections.Immutable;
using PySec.Workspace;

namespace PySec.LanguageServer.Configuration;

/// <summary>
/// Every settings layer the server knows, immutable. For a folder, precedence from low to high: defaults,
/// <c>[tool.pysec]</c> of the folder's pyproject.toml, initialization options, pushed editor settings
/// (didChangeConfiguration), then the folder's pulled editor settings (workspace/configuration).
/// </summary>
public sealed record SettingsSnapshot(
    SettingsLayer Initialization,
    SettingsLayer Pushed,
    ImmutableDictionary<string, SettingsLayer> PulledByFolder,
    ImmutableDictionary<string, ProjectSettings> ProjectByFolder,
    int Generation)
{
    public static SettingsSnapshot Empty { get; } = new(SettingsLayer.None, SettingsLayer.None,
        ImmutableDictionary.Create<string, SettingsLayer>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ProjectSettings>(StringComparer.Ordinal), 0);

    public EffectiveSettings For(string? folderUri)
    {
        var project = folderUri is not null && ProjectByFolder.TryGetValue(folderUri, out var found) ? found.Settings : PySecSettings.Default;
        var editor = Initialization.Overlay(Pushed);
        if (folderUri is not null && PulledByFolder.TryGetValue(folderUri, out var pulled)) editor = editor.Overlay(pulled);
        // Suppressed findings are kept (marked) so hovers can still explain them; diagnostics leave them out.
        var analysis = project.Merge(editor.ToOverrides()) with { ShowSuppressed = true };
        return new EffectiveSettings(analysis, editor.Enable ?? true, editor.FixAllOnSave ?? false,
            editor.WorkspaceDiagnostics ?? false, folderUri, Generation);
    }

    public SettingsSnapshot Next() => this with { Generation = Generation + 1 };
}
