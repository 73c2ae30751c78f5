using PySec.Cli.CommandLine;
using PySec.Manual;
using PySec.Rules;
using PySec.Workspace;

namespace PySec.Cli.Commands.Scan;

/// <summary>Where a scan's configuration, rules and manual come from.</summary>
internal static class ScanConfiguration
{
    /// <summary>--config FILE, else the nearest pyproject.toml at or above <paramref name="firstPath"/>; null when there is none.</summary>
    public static PyProjectConfig? Load(ParsedArguments arguments, string firstPath)
    {
        if (arguments.Get("config") is { } explicitPath)
        {
            if (!File.Exists(explicitPath)) throw new UsageException($"configuration file '{explicitPath}' does not exist");
            return PyProjectConfig.Load(explicitPath);
        }
        return PyProjectConfig.Find(firstPath) is { } found ? PyProjectConfig.Load(found) : null;
    }

    /// <summary>
    /// Our rules (--rules or the shipped folder), --extra-rules, and the configuration's extra-rules folders
    /// (relative to the configuration file). A bad rule file is reported and skipped; a missing folder is an error.
    /// </summary>
    public static RuleSet LoadRules(ParsedArguments arguments, PyProjectConfig? config, CommandContext context)
    {
        var (directory, prefix) = DataFolder.Find("rules", arguments.Get("rules"), "rules");
        var sources = new List<IRuleSource> { new FileSystemRuleSource(directory, prefix) };
        var extra = new List<string>();
        if (arguments.Get("extra-rules") is { } flag) extra.Add(flag);
        if (config is not null) extra.AddRange(config.Settings.ExtraRules.Select(p => Path.Combine(config.Directory, p)));
        foreach (var folder in extra.Distinct())
        {
            if (!Directory.Exists(folder)) throw new UsageException($"rules folder '{folder}' does not exist");
            sources.Add(new FileSystemRuleSource(folder, folder.TrimEnd('/', Path.DirectorySeparatorChar) + "/"));
        }
        var rules = RuleSet.Load([.. sources]);
        foreach (var error in rules.Errors) context.Error.WriteLine($"{error}: the rule is skipped");
        if (rules.Rules.Count == 0) throw new UsageException($"no rules could be loaded from '{directory}'");
        return rules;
    }

    /// <summary>The manual for advice and help text; reports still work without it (links are built from rule data).</summary>
    public static PySec.Manual.Manual? LoadManual()
    {
        try
        {
            var (directory, _) = DataFolder.Find("manual", null, "manual");
            return PySec.Manual.Manual.Load(new FileSystemManual(directory));
        }
        catch (Exception exception) when (exception is UsageException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
