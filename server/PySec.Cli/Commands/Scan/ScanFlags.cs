using System.Globalization;
using System.Text.RegularExpressions;
using PySec.Cli.CommandLine;
using PySec.Reports;
using PySec.Rules;
using PySec.Semantics;
using PySec.Workspace;

namespace PySec.Cli.Commands.Scan;

/// <summary>The options of "pysec scan" and how they become settings overrides (laid over pyproject.toml) and report options.</summary>
internal static partial class ScanFlags
{
    public static IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("format", "Report format (default text)", "FORMAT", ReportWriters.Formats),
        new("output", "Write the report to FILE instead of standard output", "FILE"),
        new("severity", "Report only findings at or above this severity (default low)", "LEVEL", ["low", "medium", "high", "critical"]),
        new("confidence", "Report only findings at or above this confidence (default low)", "LEVEL", ["low", "medium", "high"]),
        new("select", "Run only these rules: comma-separated ids, names, categories, prefixes, Bandit or Ruff ids, or ALL (repeatable)", "LIST", Repeatable: true),
        new("ignore", "Do not run these rules (same forms as --select); added to the configuration's ignore list (repeatable)", "LIST", Repeatable: true),
        new("target-version", "The Python version the code runs on (default 3.12)", "3.X"),
        new("show-suppressed", "Also report findings silenced by suppression comments, marked as suppressed"),
        new("exit-zero", "Exit 0 even when findings are reported (2 still means an error)"),
        new("statistics", "Also print the number of findings per rule"),
        new("baseline", "Report only findings not recorded in this baseline file", "FILE"),
        new("write-baseline", "Record the findings of this scan in FILE (then exit 0)", "FILE"),
        new("exclude", "Also skip paths matching these comma-separated gitignore-style globs (repeatable)", "GLOBS", Repeatable: true),
        new("force-exclude", "Apply excludes to files named on the command line too (for pre-commit)"),
        new("max-file-size", "Skip files larger than SIZE: bytes, or a number with KB, MB or GB (default 10MB)", "SIZE"),
        new("quiet", "No progress bar and no warnings on standard error; only the report"),
        new("config", "Read settings from this pyproject.toml instead of the nearest one above the first path", "FILE"),
        new("color", "Colour the text report: auto (a terminal without NO_COLOR), always or never", "WHEN", ["auto", "always", "never"]),
        new("manual-url", $"Base URL of the published manual for links (default {ReportOptions.DefaultManualUrl})", "URL"),
        RuleLoading.RulesOption,
        RuleLoading.ExtraRulesOption,
    ];

    /// <summary>What the flags set; null members were not given and leave the configuration's values.</summary>
    public static SettingsOverrides Overrides(ParsedArguments arguments)
    {
        var overrides = new SettingsOverrides();
        if (arguments.Get("target-version") is { } versionText)
        {
            if (!PythonVersion.TryParse(versionText, out var version)) throw new UsageException($"invalid --target-version '{versionText}' (expected 3.X)");
            overrides = overrides with { TargetVersion = version };
        }
        if (arguments.Get("select") is { } select) overrides = overrides with { Select = List(select, "select") };
        if (arguments.Get("ignore") is { } ignore) overrides = overrides with { ExtendIgnore = List(ignore, "ignore") };
        if (arguments.Get("severity") is { } severity) overrides = overrides with { SeverityThreshold = RuleLevels.ParseSeverity(severity) };
        if (arguments.Get("confidence") is { } confidence) overrides = overrides with { ConfidenceThreshold = RuleLevels.ParseConfidence(confidence) };
        if (arguments.Get("exclude") is { } exclude) overrides = overrides with { ExtendExclude = List(exclude, "exclude") };
        if (arguments.Has("force-exclude")) overrides = overrides with { ForceExclude = true };
        if (arguments.Get("max-file-size") is { } size) overrides = overrides with { MaxFileSize = ParseSize(size) };
        if (arguments.Has("show-suppressed")) overrides = overrides with { ShowSuppressed = true };
        return overrides;
    }

    /// <summary>"10485760", "512KB", "10MB", "1.5GB" (powers of 1024, as in pyproject.toml's max-file-size).</summary>
    public static long ParseSize(string text)
    {
        var match = SizeText().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            throw new UsageException($"invalid --max-file-size '{text}' (expected bytes, or a number with KB, MB or GB)");
        var unit = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "KB" or "K" => 1024L,
            "MB" or "M" => 1024L * 1024,
            "GB" or "G" => 1024L * 1024 * 1024,
            _ => 1L,
        };
        var bytes = number * unit;
        if (bytes < 1 || bytes > long.MaxValue / 2) throw new UsageException($"invalid --max-file-size '{text}' (must be at least 1 byte)");
        return (long)bytes;
    }

    private static List<string> List(string value, string option)
    {
        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (items.Count == 0) throw new UsageException($"--{option} needs at least one value");
        return items;
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*([KMG]B?|B)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeText();
}
