using PySec.Text;

namespace PySec.Cli.Commands;

/// <summary>
/// Compiler-style diagnostic lines, "path:line:column: error CODE: message", which editors and CI log
/// viewers turn into links. Line and column are 1-based; the column counts UTF-16 code units, like the
/// language server's positions.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(string path, LineMap lines, Diagnostic diagnostic)
    {
        var position = lines.GetLinePosition(diagnostic.Span.Start);
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{path}:{position.Line + 1}:{position.Character + 1}: {severity} {diagnostic.Code}: {diagnostic.Message}";
    }
}
