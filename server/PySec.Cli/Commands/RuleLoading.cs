using PySec.Cli.CommandLine;
using PySec.Rules;

namespace PySec.Cli.Commands;

/// <summary>
/// The rule set a command runs: our rules folder plus an optional user rule pack. Problems in rule files are
/// printed and those files skipped, so one bad user rule does not stop a scan; no rules at all is an error.
/// </summary>
internal static class RuleLoading
{
    public static readonly OptionSpec RulesOption = new("rules", "The rules folder (default: 'rules' beside PySecLsp.sln above the current directory, else the one installed beside pysec)", "DIR");
    public static readonly OptionSpec ExtraRulesOption = new("extra-rules", "A folder of additional rule files (a user rule pack)", "DIR");

    public static RuleSet Load(ParsedArguments arguments, CommandContext context)
    {
        var (directory, prefix) = DataFolder.Find("rules", arguments.Get("rules"), "rules");
        var sources = new List<IRuleSource> { new FileSystemRuleSource(directory, prefix) };
        if (arguments.Get("extra-rules") is { } extra)
        {
            if (!Directory.Exists(extra)) throw new UsageException($"rules folder '{extra}' does not exist");
            sources.Add(new FileSystemRuleSource(extra, extra.TrimEnd('/', Path.DirectorySeparatorChar) + "/"));
        }
        var rules = RuleSet.Load([.. sources]);
        foreach (var error in rules.Errors) context.Error.WriteLine($"{error}: the rule is skipped");
        if (rules.Rules.Count == 0) throw new UsageException($"no rules could be loaded from '{directory}'");
        return rules;
    }
}
