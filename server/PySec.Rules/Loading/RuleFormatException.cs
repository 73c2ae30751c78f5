namespace PySec.Rules.Loading;

/// <summary>Thrown inside the reader only, and always caught by the loader: one bad field ends one rule file.</summary>
internal sealed class RuleFormatException(string pointer, string message) : Exception(message)
{
    public string Pointer { get; } = pointer;
}
