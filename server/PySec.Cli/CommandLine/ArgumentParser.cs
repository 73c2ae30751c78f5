namespace PySec.Cli.CommandLine;

/// <summary>
/// GNU-style option parsing against a command's option list: "--name value", "--name=value", flags,
/// "--" ending options, and "-" as an ordinary positional (standard input).
/// </summary>
public static class ArgumentParser
{
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unknown option '{arg}'");

            var equals = arg.IndexOf('=');
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            var spec = specs.FirstOrDefault(s => s.Name == name) ?? throw new UsageException($"unknown option '--{name}'");
            if (options.ContainsKey(name) && !spec.Repeatable) throw new UsageException($"option '--{name}' given twice");

            string? value = null;
            if (spec.TakesValue)
            {
                if (equals >= 0) value = arg[(equals + 1)..];
                else if (i + 1 < args.Count) value = args[++i];
                else throw new UsageException($"option '--{name}' needs a value ({spec.ValueName})");
                if (spec.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
                    throw new UsageException($"invalid value '{value}' for '--{name}' (expected {string.Join(" or ", allowed)})");
            }
            else if (equals >= 0)
            {
                throw new UsageException($"option '--{name}' takes no value");
            }
            // List options are comma-separated, so a repeated one simply extends the list.
            options[name] = spec.Repeatable && options.TryGetValue(name, out var earlier) ? $"{earlier},{value}" : value;
        }
        return new ParsedArguments(positionals, options);
    }
}
