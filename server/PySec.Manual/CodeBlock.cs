namespace PySec.Manual;

public enum CodeBlockKind
{
    /// <summary>Python without a vulnerable or safe tag: an error in a chapter.</summary>
    UntaggedPython,
    Vulnerable,
    Safe,
    /// <summary>Another language (sh, yaml, ...): shown, never tested.</summary>
    Other,
}

/// <summary>
/// A fenced code block of a chapter. <see cref="Line"/> is the 1-based line of the opening fence.
/// <see cref="ExemptFromParsing"/> is set by the info-string words <c>python2</c> or <c>invalid</c>: code that our
/// Python 3 parser must not be asked to accept.
/// </summary>
public sealed record CodeBlock(string Language, CodeBlockKind Kind, string Code, int Line, string Section, bool ExemptFromParsing)
{
    public bool IsPython => Kind is CodeBlockKind.UntaggedPython or CodeBlockKind.Vulnerable or CodeBlockKind.Safe;
}
