namespace PySec.Cli.CommandLine;

/// <summary>Formats the general help and each command's help from the commands' own descriptions.</summary>
public static class HelpWriter
{
    public static void WriteGeneral(TextWriter writer, IReadOnlyList<ICommand> commands)
    {
        writer.WriteLine("pysec - secure-coding analysis for Python");
        writer.WriteLine();
        writer.WriteLine("Usage: pysec COMMAND [ARGUMENTS]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        var width = commands.Max(c => c.Name.Length) + 2;
        foreach (var command in commands) writer.WriteLine($"  {command.Name.PadRight(width)}{command.Summary}");
        writer.WriteLine();
        writer.WriteLine("Options:");
        writer.WriteLine("  -h, --help  Show this help");
        writer.WriteLine("  --version   Show the version");
        writer.WriteLine();
        writer.WriteLine("Run 'pysec help COMMAND' for a command's arguments and options.");
    }

    public static void WriteCommand(TextWriter writer, ICommand command)
    {
        writer.WriteLine($"Usage: pysec {command.Name} {command.Usage}".TrimEnd());
        writer.WriteLine();
        writer.WriteLine(command.Description.TrimEnd());
        var options = command.Options.Select(o => (o.Syntax, o.Description)).Append((Syntax: "-h, --help", Description: "Show this help")).ToList();
        writer.WriteLine();
        writer.WriteLine("Options:");
        var width = options.Max(o => o.Syntax.Length) + 2;
        foreach (var (syntax, description) in options)
        {
            var lines = Wrap(description, Math.Max(40, LineWidth - 2 - width));
            writer.WriteLine($"  {syntax.PadRight(width)}{lines[0]}");
            foreach (var line in lines.Skip(1)) writer.WriteLine($"{new string(' ', 2 + width)}{line}");
        }
    }

    private const int LineWidth = 100;

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }
        lines.Add(current);
        return lines;
    }
}
