using System.Reflection;
using PySec.Cli.CommandLine;
using PySec.Cli.Commands;

namespace PySec.Cli;

/// <summary>
/// Dispatches "pysec COMMAND ..." to the command of that name. A new verb is one file: every public
/// <see cref="ICommand"/> with a parameterless constructor in this assembly is a command.
/// </summary>
public sealed class CliApplication
{
    public CliApplication()
    {
        var commands = typeof(CliApplication).Assembly.GetTypes()
            .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ICommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        commands.Add(new HelpCommand(commands));
        Commands = commands;
    }

    public IReadOnlyList<ICommand> Commands { get; }

    public int Run(IReadOnlyList<string> args, CommandContext context)
    {
        try
        {
            if (args.Count == 0)
            {
                HelpWriter.WriteGeneral(context.Error, Commands);
                return ExitCodes.UsageError;
            }
            switch (args[0])
            {
                case "-h" or "--help":
                    HelpWriter.WriteGeneral(context.Output, Commands);
                    return ExitCodes.Success;
                case "--version":
                    context.Output.WriteLine($"pysec {Version}");
                    return ExitCodes.Success;
            }

            var command = Commands.FirstOrDefault(c => c.Name == args[0])
                ?? throw new UsageException(args[0].StartsWith('-')
                    ? $"unknown option '{args[0]}' (see 'pysec --help')"
                    : $"unknown command '{args[0]}' (see 'pysec --help')");
            var rest = args.Skip(1).ToList();
            if (rest.Any(a => a is "-h" or "--help"))
            {
                HelpWriter.WriteCommand(context.Output, command);
                return ExitCodes.Success;
            }
            return command.Run(ArgumentParser.Parse(rest, command.Options), context);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"pysec: {e.Message}");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>The product version without the source-revision suffix the SDK appends.</summary>
    public static string Version
    {
        get
        {
            var informational = typeof(CliApplication).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational[..plus];
        }
    }
}
