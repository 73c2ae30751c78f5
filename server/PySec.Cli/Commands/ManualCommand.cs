using PySec.Cli.CommandLine;
using PySec.Manual;

namespace PySec.Cli.Commands;

/// <summary>"pysec manual build|check|show": the secure coding manual as a static site, checked, or one chapter.</summary>
public sealed class ManualCommand : ICommand
{
    public string Name => "manual";
    public string Summary => "Check the secure coding manual, build its site, or show a chapter";
    public string Usage => "build OUT | check | show ID-OR-RULE [--manual DIR]";

    public string Description => """
        build OUT        validates the manual and writes it to the folder OUT as a static HTML site
                         (index.html by category with a search box, one page per chapter)
        check            validates every chapter against the chapter format of the manual's README
        show ID-OR-RULE  prints a chapter's Markdown, chosen by chapter id (pickle) or rule id (PYSEC201)

        The manual is the folder 'manual' beside PySecLsp.sln above the current directory, else the one
        installed beside pysec, unless --manual names it. Problems are printed on standard error as
        "FILE:LINE: error: message".

        Exit status: 0 without problems, 1 with problems (or no such chapter), 2 for bad arguments or an
        unreadable manual.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("manual", "The manual folder (default: 'manual' beside PySecLsp.sln above the current directory)", "DIR"),
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Count == 0) throw new UsageException("missing action: build, check or show");
        var action = arguments.Positionals[0];
        var rest = arguments.Positionals.Skip(1).ToList();
        var expected = action switch
        {
            "build" => "OUT",
            "show" => "ID-OR-RULE",
            "check" => null,
            _ => throw new UsageException($"unknown manual action '{action}' (expected build, check or show)"),
        };
        if (expected is null && rest.Count > 0) throw new UsageException($"'manual check' takes no arguments, got: {string.Join(" ", rest)}");
        if (expected is not null && rest.Count != 1) throw new UsageException($"'manual {action}' needs exactly one {expected}");

        var (directory, displayPrefix) = DataFolder.Find("manual", arguments.Get("manual"), "manual");
        var manual = Load(directory);
        return action switch
        {
            "build" => Build(manual, rest[0], displayPrefix, context),
            "show" => Show(manual, rest[0], context),
            _ => Check(manual, displayPrefix, context),
        };
    }

    private static int Check(PySec.Manual.Manual manual, string displayPrefix, CommandContext context)
    {
        if (WriteDiagnostics(manual, displayPrefix, context)) return ExitCodes.ProblemsFound;
        context.Output.WriteLine($"{manual.Chapters.Count} chapters, {manual.Chapters.Sum(c => c.Rules.Count)} rules: no problems");
        return ExitCodes.Success;
    }

    private static int Build(PySec.Manual.Manual manual, string output, string displayPrefix, CommandContext context)
    {
        if (WriteDiagnostics(manual, displayPrefix, context)) return ExitCodes.ProblemsFound;
        try
        {
            ManualSite.Write(manual, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write the site to '{output}': {e.Message}");
        }
        context.Output.WriteLine($"wrote {manual.Chapters.Count} chapters to {output}");
        return ExitCodes.Success;
    }

    private static int Show(PySec.Manual.Manual manual, string idOrRule, CommandContext context)
    {
        if (manual.Find(idOrRule) is not { } chapter)
        {
            context.Error.WriteLine($"pysec: no chapter has the id or rule '{idOrRule}'");
            return ExitCodes.ProblemsFound;
        }
        context.Output.Write(ManualMarkdown.Chapter(chapter));
        return ExitCodes.Success;
    }

    private static bool WriteDiagnostics(PySec.Manual.Manual manual, string displayPrefix, CommandContext context)
    {
        foreach (var diagnostic in manual.Diagnostics)
            context.Error.WriteLine($"{displayPrefix}{diagnostic.File}:{diagnostic.Line}: error: {diagnostic.Message}");
        return manual.Diagnostics.Count > 0;
    }

    private static PySec.Manual.Manual Load(string directory)
    {
        try
        {
            return PySec.Manual.Manual.Load(new FileSystemManual(directory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the manual in '{directory}': {e.Message}");
        }
    }
}
