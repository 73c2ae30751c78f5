using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using PySec.Rules;
using PySec.Semantics;
using PySec.Workspace;

namespace PySec.LanguageServer.Configuration;

/// <summary>
/// One source of settings (editor settings, <c>[tool.pysec]</c>, initialization options) in the shape of the
/// <c>pysec</c> settings section; a null member means "not set here", so layers merge by precedence.
/// </summary>
public sealed record SettingsLayer
{
    public static SettingsLayer None { get; } = new();

    public bool? Enable { get; init; }
    public Severity? SeverityThreshold { get; init; }
    public ImmutableArray<string>? Select { get; init; }
    public ImmutableArray<string>? Ignore { get; init; }
    public ImmutableDictionary<string, Severity>? SeverityOverrides { get; init; }
    public PythonVersion? TargetVersion { get; init; }
    public ImmutableArray<string>? Exclude { get; init; }
    public bool? FixAllOnSave { get; init; }
    public bool? WorkspaceDiagnostics { get; init; }

    /// <summary>The analysis settings of this layer, to lay over <c>[tool.pysec]</c>; the editor's excludes add to the project's.</summary>
    public SettingsOverrides ToOverrides() => new()
    {
        TargetVersion = TargetVersion,
        Select = Select is { } select ? [.. select] : null,
        Ignore = Ignore is { } ignore ? [.. ignore] : null,
        SeverityThreshold = SeverityThreshold,
        SeverityOverrides = SeverityOverrides,
        ExtendExclude = Exclude is { } exclude ? [.. exclude] : null,
    };

    /// <summary>This layer with <paramref name="over"/>'s values on top.</summary>
    public SettingsLayer Overlay(SettingsLayer over) => new()
    {
        Enable = over.Enable ?? Enable,
        SeverityThreshold = over.SeverityThreshold ?? SeverityThreshold,
        Select = over.Select ?? Select,
        Ignore = over.Ignore ?? Ignore,
        SeverityOverrides = over.SeverityOverrides is null ? SeverityOverrides
            : SeverityOverrides is null ? over.SeverityOverrides : SeverityOverrides.SetItems(over.SeverityOverrides),
        TargetVersion = over.TargetVersion ?? TargetVersion,
        Exclude = over.Exclude ?? Exclude,
        FixAllOnSave = over.FixAllOnSave ?? FixAllOnSave,
        WorkspaceDiagnostics = over.WorkspaceDiagnostics ?? WorkspaceDiagnostics,
    };

    /// <summary>
    /// Reads the settings object. Accepts <c>{ "pysec": {...} }</c>, <c>{ "settings": { "pysec": {...} } }</c> or the
    /// bare object. A value of the wrong type is skipped and described in <paramref name="problems"/>; nothing throws.
    /// </summary>
    public static SettingsLayer FromJson(JsonNode? node, List<string> problems)
    {
        if (node is JsonObject wrapper && wrapper["settings"] is JsonObject inner && !LooksLikeSettings(wrapper)) node = inner;
        if (node is JsonObject outer && outer["pysec"] is JsonObject section && !LooksLikeSettings(outer)) node = section;
        if (node is null) return None;
        if (node is not JsonObject settings)
        {
            problems.Add($"pysec settings must be an object, not {Describe(node)}");
            return None;
        }
        return new SettingsLayer
        {
            Enable = Bool(settings, "enable", problems),
            SeverityThreshold = Level(settings["severityThreshold"], "severityThreshold", problems),
            Select = Strings(settings, "select", problems),
            Ignore = Strings(settings, "ignore", problems),
            SeverityOverrides = Overrides(settings["severityOverrides"], problems),
            TargetVersion = Version(settings["targetVersion"], problems),
            Exclude = Strings(settings, "exclude", problems),
            FixAllOnSave = settings["fixAll"] is JsonObject fixAll ? Bool(fixAll, "onSave", problems, "fixAll.") : null,
            WorkspaceDiagnostics = settings["diagnostics"] is JsonObject diagnostics ? Bool(diagnostics, "workspace", problems, "diagnostics.") : null,
        };
    }

    private static readonly string[] Keys =
        ["enable", "severityThreshold", "select", "ignore", "severityOverrides", "targetVersion", "exclude", "fixAll", "diagnostics"];

    private static bool LooksLikeSettings(JsonObject node) => Keys.Any(node.ContainsKey);

    private static bool? Bool(JsonObject node, string key, List<string> problems, string prefix = "")
    {
        if (node[key] is not { } value) return null;
        if (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return value.GetValue<bool>();
        problems.Add($"pysec.{prefix}{key} must be true or false, not {Describe(value)}");
        return null;
    }

    private static Severity? Level(JsonNode? value, string key, List<string> problems)
    {
        if (value is null) return null;
        if (value.GetValueKind() == JsonValueKind.String && Enum.TryParse<Severity>(value.GetValue<string>(), ignoreCase: true, out var level)
            && Enum.IsDefined(level) && !char.IsDigit(value.GetValue<string>()[0]))
            return level;
        problems.Add($"pysec.{key} must be one of low, medium, high, critical, not {Describe(value)}");
        return null;
    }

    private static ImmutableArray<string>? Strings(JsonObject node, string key, List<string> problems)
    {
        if (node[key] is not { } value) return null;
        if (value is JsonArray array && array.All(item => item?.GetValueKind() == JsonValueKind.String))
            return [.. array.Select(item => item!.GetValue<string>().Trim()).Where(s => s.Length > 0)];
        problems.Add($"pysec.{key} must be a list of strings, not {Describe(value)}");
        return null;
    }

    private static ImmutableDictionary<string, Severity>? Overrides(JsonNode? value, List<string> problems)
    {
        if (value is null) return null;
        if (value is not JsonObject map)
        {
            problems.Add($"pysec.severityOverrides must be an object mapping rule ids to levels, not {Describe(value)}");
            return null;
        }
        var result = ImmutableDictionary.CreateBuilder<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, level) in map)
            if (Level(level, $"severityOverrides.{id}", problems) is { } parsed) result[id] = parsed;
        return result.ToImmutable();
    }

    private static PythonVersion? Version(JsonNode? value, List<string> problems)
    {
        if (value is null) return null;
        if (value.GetValueKind() == JsonValueKind.String && PythonVersion.TryParse(value.GetValue<string>(), out var version)) return version;
        problems.Add($"pysec.targetVersion must be a version such as \"3.12\", not {Describe(value)}");
        return null;
    }

    private static string Describe(JsonNode node) => node.ToJsonString() is { Length: <= 40 } text ? text : node.GetValueKind().ToString().ToLowerInvariant();
}
