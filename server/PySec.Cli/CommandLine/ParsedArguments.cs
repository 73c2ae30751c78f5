namespace PySec.Cli.CommandLine;

/// <summary>A command's arguments after option parsing: positionals in order, options by long name.</summary>
public sealed class ParsedArguments(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, string?> options)
{
    public IReadOnlyList<string> Positionals { get; } = positionals;

    public bool Has(string option) => options.ContainsKey(option);

    public string? Get(string option, string? defaultValue = null) =>
        options.TryGetValue(option, out var value) ? value : defaultValue;

    /// <summary>The single positional argument, named <paramref name="what"/> in the error when it is missing or repeated.</summary>
    public string Single(string what)
    {
        if (Positionals.Count == 0) throw new UsageException($"missing {what}");
        if (Positionals.Count > 1) throw new UsageException($"expected one {what}, got {Positionals.Count}: {string.Join(" ", Positionals)}");
        return Positionals[0];
    }
}
