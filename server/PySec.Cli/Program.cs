using System.Text;
using PySec.Cli;
using PySec.Cli.CommandLine;

// Output is buffered and UTF-8 whatever the console's code page: trees of large files are long, and
// source text may hold any character.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };

var exitCode = new CliApplication().Run(args, new CommandContext(output, error, Console.OpenStandardInput));
output.Flush();
return exitCode;
