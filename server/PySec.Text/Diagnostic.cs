namespace PySec.Text;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Information,
    Hint,
}

/// <summary>
/// A problem found in source text, located by a span of UTF-16 offsets. Layers above convert the
/// span to whatever coordinates their consumer wants (LSP, SARIF, CPython-style columns).
/// </summary>
/// <param name="Code">A stable identifier, e.g. "PS0101" for syntax diagnostics (see each layer's code list).</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, TextSpan Span, string Message)
{
    public static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);

    public override string ToString() => $"{Span}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
