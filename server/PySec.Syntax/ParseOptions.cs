namespace PySec.Syntax;

/// <summary>Options of <see cref="SyntaxTree.Parse(string, ParseOptions?)"/>.</summary>
/// <param name="MaxNestingDepth">
/// How deep brackets, operator chains and indented blocks may nest before the parser stops descending. Past it the
/// parser reports "too deeply nested" and keeps the nested text as skipped tokens, so that hostile input cannot
/// exhaust the stack.
/// </param>
public sealed record ParseOptions(int MaxNestingDepth = 200)
{
    public static ParseOptions Default { get; } = new();
}
