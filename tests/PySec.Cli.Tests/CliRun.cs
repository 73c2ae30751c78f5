using System.Text;
using PySec.Cli;
using PySec.Cli.CommandLine;

namespace PySec.Cli.Tests;

/// <summary>One in-process run of the CLI with captured output, as a shell would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun WithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CommandContext(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        var exitCode = new CliApplication().Run(args, context);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);
}
