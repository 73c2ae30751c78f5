namespace PySec.Cli.CommandLine;

/// <summary>One option a command accepts.</summary>
/// <param name="Name">The long name without dashes, e.g. "format".</param>
/// <param name="ValueName">Null for a flag; otherwise the placeholder shown in help, e.g. "FORMAT".</param>
/// <param name="AllowedValues">When not null, the value must be one of these.</param>
/// <param name="Repeatable">A list option: "--exclude a --exclude b" means "--exclude a,b".</param>
public sealed record OptionSpec(string Name, string Description, string? ValueName = null, IReadOnlyList<string>? AllowedValues = null, bool Repeatable = false)
{
    public bool TakesValue => ValueName is not null;

    public string Syntax => TakesValue ? $"--{Name} {ValueName}" : $"--{Name}";
}
