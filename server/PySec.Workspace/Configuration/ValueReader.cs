using System.Text.RegularExpressions;
using PySec.Rules;
using PySec.Semantics;
using Tomlyn.Syntax;

namespace PySec.Workspace;

/// <summary>Turns the TOML values of <c>[tool.pysec]</c> into <see cref="SettingsOverrides"/>, with an error per bad value.</summary>
internal sealed partial class ValueReader(string path, List<ConfigError> errors, Dictionary<string, int> lines)
{
    public SettingsOverrides Read(SettingsOverrides overrides, string key, TomlEntry entry)
    {
        var value = entry.Value;
        switch (key)
        {
            case "target-version":
                return String(key, entry) is { } versionText && ParseVersion(versionText) is { } version
                    ? overrides with { TargetVersion = version }
                    : Fail(overrides, key, entry);
            case "severity":
                return Level<Severity>(key, entry) is { } severity ? overrides with { SeverityThreshold = severity } : overrides;
            case "confidence":
                return Level<Confidence>(key, entry) is { } confidence ? overrides with { ConfidenceThreshold = confidence } : overrides;
            case "select":
                return Strings(key, entry) is { } select ? overrides with { Select = select } : overrides;
            case "ignore":
                return Strings(key, entry) is { } ignore ? overrides with { Ignore = ignore } : overrides;
            case "exclude":
                return Globs(key, entry) is { } exclude ? overrides with { Exclude = exclude } : overrides;
            case "extend-exclude":
                return Globs(key, entry) is { } extend ? overrides with { ExtendExclude = extend } : overrides;
            case "extra-rules":
                return Strings(key, entry) is { } folders ? overrides with { ExtraRules = folders } : overrides;
            case "force-exclude":
                return value is BooleanValueSyntax force ? overrides with { ForceExclude = force.Value } : Fail(overrides, key, entry);
            case "respect-gitignore":
                return value is BooleanValueSyntax git ? overrides with { RespectGitIgnore = git.Value } : Fail(overrides, key, entry);
            case "show-suppressed":
                return value is BooleanValueSyntax show ? overrides with { ShowSuppressed = show.Value } : Fail(overrides, key, entry);
            case "max-file-size":
                return Size(entry) is { } size ? overrides with { MaxFileSize = size } : Fail(overrides, key, entry);
            default:
                return overrides;
        }
    }

    /// <summary>One entry of <c>per-path-ignores</c> (pattern → selectors) or <c>severity-overrides</c> (selector → level).</summary>
    public SettingsOverrides ReadTableEntry(SettingsOverrides overrides, string key, string name, TomlEntry entry)
    {
        lines.TryAdd(key + "\n" + name, entry.Line);
        var display = $"{key}.{(BareKeySyntax.IsBareKey(name) ? name : $"\"{name}\"")}";
        if (key == "per-path-ignores")
        {
            if (Glob.TryParse(name, out var globError) is null)
            {
                errors.Add(new ConfigError(path, entry.Line, display, $"invalid pattern '{name}': {globError}"));
                return overrides;
            }
            if (Strings(display, entry, recordKey: key) is not { } selectors) return overrides;
            return overrides with { PerPathIgnores = [.. overrides.PerPathIgnores ?? [], new PerPathIgnore(name, selectors)] };
        }
        if (Level<Severity>(display, entry) is not { } severity) return overrides;
        var table = new Dictionary<string, Severity>(overrides.SeverityOverrides ?? new Dictionary<string, Severity>(), StringComparer.OrdinalIgnoreCase)
        {
            [name] = severity,
        };
        return overrides with { SeverityOverrides = table };
    }

    private string? String(string key, TomlEntry entry) => entry.Value is StringValueSyntax text ? text.Value : null;

    private T? Level<T>(string key, TomlEntry entry) where T : struct, Enum
    {
        if (entry.Value is StringValueSyntax { Value: { } text } && Enum.TryParse<T>(text, ignoreCase: true, out var level)
            && !int.TryParse(text, out _))
            return level;
        var names = string.Join(", ", Enum.GetNames<T>().Select(n => $"\"{n.ToLowerInvariant()}\""));
        errors.Add(new ConfigError(path, entry.Line, key, $"must be one of {names}, not {Describe(entry.Value)}"));
        return null;
    }

    private List<string>? Strings(string key, TomlEntry entry, string? recordKey = null)
    {
        if (entry.Value is not ArraySyntax array)
        {
            errors.Add(new ConfigError(path, entry.Line, key, $"must be a list of strings, not {Describe(entry.Value)}"));
            return null;
        }
        var result = new List<string>();
        if (array.Items is null) return result;
        foreach (var item in array.Items)
        {
            var line = item.Span.Start.Line + 1;
            if (item.Value is StringValueSyntax { Value: { } text })
            {
                result.Add(text);
                lines.TryAdd((recordKey ?? key) + "\n" + text, line);
                continue;
            }
            errors.Add(new ConfigError(path, line, key, $"must be a list of strings, but holds {Describe(item.Value)}"));
            return null;
        }
        return result;
    }

    private List<string>? Globs(string key, TomlEntry entry)
    {
        if (Strings(key, entry) is not { } patterns) return null;
        foreach (var pattern in patterns)
            if (Glob.TryParse(pattern, out var error) is null)
            {
                errors.Add(new ConfigError(path, lines.GetValueOrDefault(key + "\n" + pattern, entry.Line), key, $"invalid pattern '{pattern}': {error}"));
                return null;
            }
        return patterns;
    }

    private static long? Size(TomlEntry entry)
    {
        if (entry.Value is IntegerValueSyntax integer) return integer.Value > 0 ? integer.Value : null;
        if (entry.Value is not StringValueSyntax { Value: { } text } || SizeText().Match(text.Trim()) is not { Success: true } match) return null;
        var number = double.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "" or "B" => 1L,
            "K" or "KB" or "KIB" => 1024L,
            "M" or "MB" or "MIB" => 1024L * 1024,
            _ => 1024L * 1024 * 1024,
        };
        var bytes = number * unit;
        return bytes is >= 1 and < long.MaxValue ? (long)bytes : null;
    }

    /// <summary>"3.12", or Ruff's spelling "py312".</summary>
    public static PythonVersion? ParseVersion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("py", StringComparison.OrdinalIgnoreCase) && trimmed.Length >= 4 && trimmed[2..].All(char.IsAsciiDigit))
            trimmed = trimmed[2] + "." + trimmed[3..];
        return PythonVersion.TryParse(trimmed, out var version) && version.Major == 3 && version.Minor is >= 8 and <= 14 ? version : null;
    }

    private SettingsOverrides Fail(SettingsOverrides overrides, string key, TomlEntry entry)
    {
        errors.Add(new ConfigError(path, entry.Line, key, $"{PyProjectConfig.DescribeExpected(key)}, not {Describe(entry.Value)}"));
        return overrides;
    }

    private static string Describe(ValueSyntax? value) => value switch
    {
        StringValueSyntax text => $"\"{text.Value}\"",
        IntegerValueSyntax integer => integer.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BooleanValueSyntax boolean => boolean.Value ? "true" : "false",
        FloatValueSyntax number => number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ArraySyntax => "a list",
        InlineTableSyntax => "a table",
        null => "nothing",
        _ => "a date or time",
    };

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>[KMG]i?B?|B)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizeText();
}
