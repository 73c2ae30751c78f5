using PySec.Cli.CommandLine;

namespace PySec.Cli.Commands.Scan;

/// <summary>
/// Decides what may be drawn on the terminal: colour in the text report (standard output is a terminal and
/// NO_COLOR is unset, unless --color says otherwise) and the progress bar (standard error is a terminal, no
/// NO_COLOR, no --quiet). Output captured by a host (tests, an editor) is never a terminal.
/// </summary>
internal sealed class ScanTerminal(bool color, bool progress)
{
    public bool Color { get; } = color;

    public bool Progress { get; } = progress;

    public static ScanTerminal Decide(ParsedArguments arguments, CommandContext context, bool reportToStandardOutput)
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var stdoutIsTerminal = IsConsole(context.Output) && !Console.IsOutputRedirected;
        var stderrIsTerminal = IsConsole(context.Error) && !Console.IsErrorRedirected;
        var color = arguments.Get("color", "auto") switch
        {
            "always" => true,
            "never" => false,
            _ => reportToStandardOutput && stdoutIsTerminal && !noColor,
        };
        var progress = stderrIsTerminal && !noColor && !arguments.Has("quiet");
        return new ScanTerminal(color, progress);
    }

    // The program's writers wrap the console streams; a StringWriter or any other host writer is not a terminal.
    private static bool IsConsole(TextWriter writer) =>
        writer is StreamWriter { BaseStream: var stream } && stream.GetType().Name.Contains("Console", StringComparison.Ordinal);
}
