namespace PySec.Cli.CommandLine;

/// <summary>A verb of the pysec command line ("parse", ...). Each lives in its own file under Commands/.</summary>
public interface ICommand
{
    string Name { get; }

    /// <summary>One line for the command list in "pysec --help".</summary>
    string Summary { get; }

    /// <summary>The usage line after "pysec NAME", e.g. "FILE [--format tree|ast-json]".</summary>
    string Usage { get; }

    /// <summary>Paragraphs shown by "pysec help NAME" after the usage line and before the options.</summary>
    string Description { get; }

    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Runs the command. Throws <see cref="UsageException"/> for bad arguments or unusable inputs.</summary>
    int Run(ParsedArguments arguments, CommandContext context);
}
