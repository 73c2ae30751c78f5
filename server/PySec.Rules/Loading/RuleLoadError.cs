namespace PySec.Rules;

/// <summary>A problem with one rule file: where (file, 1-based line, JSON pointer of the field) and what.</summary>
public sealed record RuleLoadError(string File, int Line, string Field, string Message)
{
    public override string ToString() =>
        Field.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
