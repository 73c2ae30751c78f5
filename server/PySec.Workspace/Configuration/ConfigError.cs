namespace PySec.Workspace;

/// <summary>
/// A problem in a configuration file: the file, the 1-based line, the key (dotted from <c>[tool.pysec]</c>, e.g.
/// <c>per-path-ignores."tests/**"</c>; empty for a TOML syntax error) and what is wrong.
/// </summary>
public sealed record ConfigError(string File, int Line, string Key, string Message)
{
    /// <summary><c>pyproject.toml:12: select: 'PYSEC999' names no rule ...</c>, as the CLI prints it.</summary>
    public override string ToString() => Key.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Key}: {Message}";
}
