using System.Text;
using PySec.Cli.CommandLine;
using PySec.Cli.Commands.Scan;
using PySec.Reports;
using PySec.Rules;
using PySec.Text;
using PySec.Workspace;

namespace PySec.Cli.Commands;

/// <summary>
/// "pysec scan [PATHS...]": the CI and pre-commit command. Configuration, discovery, analysis, filters and
/// baselines are the workspace layer's; this command turns flags into settings, draws progress, writes the
/// report and chooses the exit status.
/// </summary>
public sealed class ScanCommand : ICommand
{
    public string Name => "scan";
    public string Summary => "Scan a project for security risks and write a text, JSON, SARIF or HTML report";
    public string Usage => "[PATHS...] [--format text|json|sarif|html] [--output FILE] [OPTIONS]";

    public string Description => """
        Scans each PATH (default '.'): folders are searched recursively for .py and .pyi files and files with a
        Python shebang, skipping .git, .venv, venv, node_modules, __pycache__, build, dist, site-packages, .tox,
        what .gitignore files ignore, and --exclude globs. Files are analysed in parallel. Unreadable, binary,
        non-UTF-8 and oversized files, broken symlinks and symlink loops are skipped with a warning and counted.
        A syntax error is reported as a finding of its own; the rules still run on what parsed.

        Settings come from [tool.pysec] in the nearest pyproject.toml at or above the first PATH (or --config);
        flags override them. A bad configuration value is an error naming the file, line and key.

        Formats: text (grouped by file, with the line, a caret, the rule and the manual's advice; coloured on a
        terminal unless NO_COLOR is set), json (schema: JSON-REPORT.md, versioned), sarif (SARIF 2.1.0, for code
        scanning) and html (one self-contained page). A progress bar is drawn on standard error only when it is
        a terminal, NO_COLOR is unset and --quiet is not given.

        Baselines: --write-baseline FILE records the findings of this scan; --baseline FILE then reports only
        findings not in it. Findings are matched by fingerprints that survive moved lines; two new copies of a
        recorded finding are two new findings.

        Exit status:
          0  nothing reported at or above the thresholds (or --exit-zero, or --write-baseline)
          1  findings or syntax errors reported
          2  usage or configuration error: a bad flag, a path that does not exist, a bad pyproject.toml value,
             an unreadable baseline, an unwritable --output, or no rule could be loaded
        """;

    public IReadOnlyList<OptionSpec> Options => ScanFlags.Options;

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var paths = arguments.Positionals.Count == 0 ? ["."] : arguments.Positionals.ToList();
        foreach (var path in paths)
            if (!File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
                throw new UsageException($"path '{path}' does not exist");

        var config = ScanConfiguration.Load(arguments, paths[0]);
        if (config is { Errors.Count: > 0 }) return ConfigurationError(context, config.Errors.Select(e => e.ToString()));
        var rules = ScanConfiguration.LoadRules(arguments, config, context);
        var settings = (config?.Settings ?? PySecSettings.Default).Merge(ScanFlags.Overrides(arguments));
        var problems = new List<string>();
        if (config is not null) problems.AddRange(config.Validate(rules).Select(e => e.ToString()));
        var analyzer = new FileAnalyzer(rules, settings);
        problems.AddRange(analyzer.Filter.Problems.Select(p => p.ToString()));
        if (problems.Count > 0) return ConfigurationError(context, problems.Distinct());

        var format = arguments.Get("format", "text")!;
        var outputPath = arguments.Get("output");
        var terminal = ScanTerminal.Decide(arguments, context, reportToStandardOutput: outputPath is null);
        var root = config?.Directory ?? Directory.GetCurrentDirectory();

        ScanResult scan;
        using (var progress = terminal.Progress ? new ProgressBar(context.Error) : null)
        {
            var options = new ScanOptions { Progress = progress is null ? null : p => progress.Report(p.Done, p.Total) };
            scan = Scanner.Scan(root, paths.Select(Path.GetFullPath).ToList(), analyzer, options);
        }

        if (!arguments.Has("quiet"))
            foreach (var skipped in scan.Skipped) context.Error.WriteLine($"pysec: warning: {skipped.Path}: {skipped.Message}");

        if (arguments.Get("baseline") is { } baselinePath)
        {
            var baseline = Baseline.Load(baselinePath, out var baselineError) ?? throw new UsageException(baselineError!.ToString());
            scan = baseline.Filter(scan);
        }
        if (arguments.Get("write-baseline") is { } writeBaselinePath)
        {
            var written = Baseline.FromResult(scan);
            if (written.Save(writeBaselinePath) is { } saveError) throw new UsageException(saveError.ToString());
            if (!arguments.Has("quiet")) context.Error.WriteLine($"pysec: wrote a baseline of {written.TotalCount} findings to {writeBaselinePath}");
        }

        var reportOptions = new ReportOptions
        {
            Manual = ScanConfiguration.LoadManual(),
            ManualUrl = arguments.Get("manual-url") ?? ReportOptions.DefaultManualUrl,
            ToolVersion = CliApplication.Version,
            ShowSuppressed = settings.ShowSuppressed,
            Color = terminal.Color && format == "text",
            Statistics = arguments.Has("statistics") && format == "text",
        };
        WriteReport(ReportWriters.Find(format)!, scan, reportOptions, outputPath, context);
        if (arguments.Has("statistics") && format != "text")
            new TextStatistics(scan).WriteTo(context.Error);

        if (arguments.Has("write-baseline") || arguments.Has("exit-zero")) return ExitCodes.Success;
        var reported = scan.ActiveFindings.Any() || scan.SyntaxErrors.Any();
        return reported ? ExitCodes.ProblemsFound : ExitCodes.Success;
    }

    private static void WriteReport(IReportWriter writer, ScanResult scan, ReportOptions options, string? outputPath, CommandContext context)
    {
        if (outputPath is null)
        {
            writer.Write(scan, options, context.Output);
            return;
        }
        var text = new StringWriter();
        writer.Write(scan, options, text);
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (directory is not null) Directory.CreateDirectory(directory);
            File.WriteAllText(outputPath, text.ToString(), new UTF8Encoding(false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"cannot write '{outputPath}': {exception.Message}");
        }
    }

    private static int ConfigurationError(CommandContext context, IEnumerable<string> errors)
    {
        foreach (var error in errors) context.Error.WriteLine($"pysec: {error}");
        return ExitCodes.UsageError;
    }
}
