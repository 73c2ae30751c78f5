using PySec.Cli.CommandLine;

namespace PySec.Cli.Commands;

/// <summary>"pysec help [COMMAND]": the general help, or one command's.</summary>
public sealed class HelpCommand(IReadOnlyList<ICommand> commands) : ICommand
{
    public string Name => "help";
    public string Summary => "Show help for a command";
    public string Usage => "[COMMAND]";
    public string Description => "Without a command, lists the commands; with one, shows its arguments and options.";
    public IReadOnlyList<OptionSpec> Options => [];

    public int Run(ParsedArguments arguments, CommandContext context)
    {
        if (arguments.Positionals.Count == 0)
        {
            HelpWriter.WriteGeneral(context.Output, commands);
            return ExitCodes.Success;
        }
        var name = arguments.Single("command name");
        var command = commands.FirstOrDefault(c => c.Name == name)
            ?? throw new UsageException($"unknown command '{name}' (see 'pysec --help')");
        HelpWriter.WriteCommand(context.Output, command);
        return ExitCodes.Success;
    }
}
