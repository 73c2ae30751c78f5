using PySec.Workspace;

namespace PySec.LanguageServer.Configuration;

/// <summary>The <c>[tool.pysec]</c> settings of a workspace folder's pyproject.toml, with the problems found reading it.</summary>
public sealed record ProjectSettings(string? ConfigPath, PySecSettings Settings, IReadOnlyList<ConfigError> Errors)
{
    public static ProjectSettings None { get; } = new(null, PySecSettings.Default, []);

    /// <summary>Reads <c>pyproject.toml</c> at the folder's root; none there means the defaults.</summary>
    public static ProjectSettings Load(string folderPath)
    {
        var path = Path.Combine(folderPath, PyProjectConfig.FileName);
        if (!File.Exists(path)) return None;
        var config = PyProjectConfig.Load(path);
        return new ProjectSettings(path, config.Settings, config.Errors);
    }
}
