using PySec.Cli.CommandLine;
using PySec.Rules;
using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Cli.Commands;

/// <summary>"pysec check FILE...": findings as compiler-style lines, for scripts and editors' problem matchers.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";
    public string Summary => "Run the security rules on files and print findings, one per line";
    public string Usage => "FILE|DIR... [--target-version 3.X] [--show-fixes] [--show-suppressed] [--profile] [--rules DIR] [--extra-rules DIR]";

    public string Description => """
        Runs every rule on each FILE (a directory is searched for *.py and *.pyi files, skipping hidden
        folders) and prints one line per finding on standard output:

            path:line:column: PYSEC123 [severity] message

        Line and column are 1-based; the column counts UTF-16 code units. '-' reads standard input.
        Suppressed findings are not printed unless --show-suppressed is given. Problems with rule files,
        unreadable files and unknown ids in suppression comments are printed on standard error.

        Exit status: 0 when nothing is found, 1 when findings are printed, 2 for bad arguments, a file that
        cannot be read (the others are still checked), or when no rule can be loaded.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("target-version", "The Python version the code runs on (default 3.12)", "3.X"),
        new("show-fixes", "Print each finding's fixes below it"),
        new("show-suppressed", "Also print findings silenced by suppression comments"),
        new("profile", "Print the time each rule took, slowest first, on standard error"),
        RuleLoading.RulesOption,
        RuleLoading.ExtraRulesOption,
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Count == 0) throw new UsageException("missing FILE (or DIR, or '-' for standard input)");
        var options = SemanticOptions.Default;
        if (arguments.Get("target-version") is { } versionText)
        {
            if (!PythonVersion.TryParse(versionText, out var version)) throw new UsageException($"invalid --target-version '{versionText}' (expected 3.X)");
            options = options with { TargetVersion = version };
        }
        var rules = RuleLoading.Load(arguments, context);
        var showFixes = arguments.Has("show-fixes");
        var showSuppressed = arguments.Has("show-suppressed");
        var profile = arguments.Has("profile") ? new RuleProfile() : null;
        var found = 0;
        var unreadable = 0;
        foreach (var path in PythonFiles.Expand(arguments.Positionals, context))
        {
            byte[] bytes;
            try
            {
                bytes = context.ReadInput(path);
            }
            catch (UsageException exception)
            {
                context.Error.WriteLine($"pysec: {exception.Message}");
                unreadable++;
                continue;
            }
            var displayPath = path == "-" ? "<stdin>" : path;
            var source = SourceText.FromBytes(bytes);
            var model = SemanticModel.Create(SyntaxTree.Parse(source), options);
            var analysis = RuleEngine.Analyze(rules, model, new FileFacts(displayPath), profile);
            foreach (var finding in analysis.Findings)
            {
                if (finding.IsSuppressed && !showSuppressed) continue;
                if (!finding.IsSuppressed) found++;
                var position = source.Lines.GetLinePosition(finding.Span.Start);
                var suppressed = finding.IsSuppressed ? $" (suppressed by {finding.Suppression!.Kind})" : "";
                context.Output.WriteLine($"{displayPath}:{position.Line + 1}:{position.Character + 1}: {finding.RuleId} [{finding.Severity.Name()}] {finding.Message}{suppressed}");
                if (!showFixes) continue;
                foreach (var fix in finding.Fixes)
                    context.Output.WriteLine($"    fix ({fix.Safety.ToString().ToLowerInvariant()}): {fix.Title}");
            }
            foreach (var diagnostic in analysis.Diagnostics)
                context.Error.WriteLine(DiagnosticFormatter.Format(displayPath, source.Lines, diagnostic));
        }
        if (profile is not null)
            foreach (var (ruleId, time, offers) in profile.Slowest())
                context.Error.WriteLine($"{ruleId}  {time.TotalMilliseconds,9:0.0} ms  {offers,9} nodes");
        // A path that cannot be read must not let a CI job pass as if it were clean.
        if (unreadable > 0) return ExitCodes.UsageError;
        return found == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
