using PySec.Cli.CommandLine;
using PySec.Manual;
using PySec.Rules;

namespace PySec.Cli.Commands;

/// <summary>"pysec rule ID": one rule's metadata followed by the manual chapter that explains it.</summary>
public sealed class RuleCommand : ICommand
{
    public string Name => "rule";
    public string Summary => "Show one rule and the manual chapter that explains it";
    public string Usage => "ID [--rules DIR] [--manual DIR]";

    public string Description => """
        ID is a rule id (PYSEC201), a rule name (pickle-loads) or a Bandit or Ruff id (B301, S301; one id
        may stand for several of our rules). Prints the rule's metadata, then its chapter as Markdown.
        Exit status: 0, 1 when no rule has that id, 2 for bad arguments.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        RuleLoading.RulesOption,
        RuleLoading.ExtraRulesOption,
        new("manual", "The manual folder (default: 'manual' beside PySecLsp.sln above the current directory, else the one installed beside pysec)", "DIR"),
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var id = arguments.Single("ID");
        var rules = RuleLoading.Load(arguments, context);
        var matched = rules.Resolve(id);
        if (matched.Count == 0)
        {
            context.Error.WriteLine($"pysec: no rule has the id, name or alias '{id}' (see 'pysec rules')");
            return ExitCodes.ProblemsFound;
        }
        var (manualDirectory, _) = DataFolder.Find("manual", arguments.Get("manual"), "manual");
        var manual = PySec.Manual.Manual.Load(new FileSystemManual(manualDirectory));
        foreach (var rule in matched)
        {
            var metadata = rule.Metadata;
            context.Output.WriteLine($"{rule.Id} {rule.Name}: {metadata.Title}");
            context.Output.WriteLine($"  severity {metadata.Severity.Name()}, confidence {metadata.Confidence.Name()}; " +
                $"{string.Join(", ", metadata.Cwe.Select(c => "CWE-" + c))}; {metadata.Owasp}");
            if (metadata.Aliases.Count > 0) context.Output.WriteLine($"  also: {string.Join(", ", metadata.Aliases)}");
            if (rule.HasFix) context.Output.WriteLine("  has a quick fix");
            context.Output.WriteLine($"  defined in {metadata.SourcePath}");
            context.Output.WriteLine();
            if (manual.Find(metadata.ManualChapter) is { } chapter) context.Output.Write(ManualMarkdown.Chapter(chapter));
            else context.Output.WriteLine($"(the manual has no chapter '{metadata.ManualChapter}')");
            context.Output.WriteLine();
        }
        return ExitCodes.Success;
    }
}
