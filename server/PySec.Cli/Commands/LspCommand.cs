using PySec.Cli.CommandLine;
using PySec.LanguageServer.Server;

namespace PySec.Cli.Commands;

/// <summary>"pysec lsp": the language server on standard input and output.</summary>
public sealed class LspCommand : ICommand
{
    public string Name => "lsp";
    public string Summary => "Run the language server (LSP 3.17) on standard input and output";
    public string Usage => "[--stdio] [--rules DIR] [--extra-rules DIR] [--manual DIR]";

    public string Description => """
        Speaks the Language Server Protocol over standard input and output, for editors. Standard output
        carries only protocol messages; logs go to standard error and to the client's log. The custom requests
        and settings are described in server/PySec.LanguageServer/PROTOCOL.md.

        Exit status: 0 when the client sent shutdown before exit, 1 when it exited or disconnected without it.
        """;

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("stdio", "Use standard input and output (the default and only transport; accepted for clients that pass it)"),
        RuleLoading.RulesOption,
        RuleLoading.ExtraRulesOption,
        new("manual", "The manual folder (default: 'manual' beside PySecLsp.sln above the current directory, else the one installed beside pysec)", "DIR"),
    ];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        var (rules, _) = DataFolder.Find("rules", arguments.Get("rules"), "rules");
        var (manual, _) = DataFolder.Find("manual", arguments.Get("manual"), "manual");
        var extra = arguments.Get("extra-rules") is { } folder
            ? Directory.Exists(folder) ? [folder] : throw new UsageException($"rules folder '{folder}' does not exist")
            : Array.Empty<string>();
        var options = new LanguageServerOptions(rules, manual) { ExtraRuleDirectories = extra, ServerVersion = CliApplication.Version };
        // The raw streams: the buffered writer of CommandContext must never hold a protocol frame.
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        var host = new LanguageServerHost(input, output, options, context.Error);
        try
        {
            return host.RunAsync().GetAwaiter().GetResult();
        }
        finally
        {
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
