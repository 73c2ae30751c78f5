using PySec.Cli.CommandLine;
using PySec.Rules;

namespace PySec.Cli.Commands;

/// <summary>"pysec rules": every rule as a table row.</summary>
public sealed class RulesCommand : ICommand
{
    public string Name => "rules";
    public string Summary => "List the rules: id, name, severity, CWE and Bandit/Ruff aliases";
    public string Usage => "[--rules DIR] [--extra-rules DIR]";

    public string Description => """
        Prints one line per rule, ordered by id: id, name, severity, confidence, CWE ids and the ids of
        the same check in Bandit and Ruff. Exit status: 0, or 2 when no rule can be loaded.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } = [RuleLoading.RulesOption, RuleLoading.ExtraRulesOption];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Count > 0) throw new UsageException("'rules' takes no arguments; use 'pysec rule ID' for one rule");
        var rules = RuleLoading.Load(arguments, context);
        var width = rules.Rules.Max(r => r.Name.Length);
        foreach (var rule in rules.Rules)
        {
            var metadata = rule.Metadata;
            var cwe = string.Join(",", metadata.Cwe.Select(c => "CWE-" + c));
            var aliases = metadata.Aliases.Count == 0 ? "" : "  " + string.Join(",", metadata.Aliases);
            context.Output.WriteLine($"{rule.Id}  {rule.Name.PadRight(width)}  {metadata.Severity.Name(),-8}  {metadata.Confidence.Name(),-6}  {cwe}{aliases}");
        }
        return ExitCodes.Success;
    }
}
