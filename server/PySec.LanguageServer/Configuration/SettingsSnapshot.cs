using System.Collections.Immutable;

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
    ImmutableDictionary<string, SettingsLayer> ProjectByFolder,
    int Generation)
{
    public static SettingsSnapshot Empty { get; } = new(SettingsLayer.None, SettingsLayer.None,
        ImmutableDictionary.Create<string, SettingsLayer>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, SettingsLayer>(StringComparer.Ordinal), 0);

    public EffectiveSettings For(string? folderUri)
    {
        var layer = SettingsLayer.None;
        if (folderUri is not null && ProjectByFolder.TryGetValue(folderUri, out var project)) layer = layer.Overlay(project);
        layer = layer.Overlay(Initialization).Overlay(Pushed);
        if (folderUri is not null && PulledByFolder.TryGetValue(folderUri, out var pulled)) layer = layer.Overlay(pulled);
        return EffectiveSettings.From(layer, folderUri, Generation);
    }

    public SettingsSnapshot Next() => this with { Generation = Generation + 1 };
}
