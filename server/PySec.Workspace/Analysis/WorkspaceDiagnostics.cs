using PySec.Text;

namespace PySec.Workspace;

/// <summary>How the workspace layer classifies the diagnostics of lower layers.</summary>
public static class WorkspaceDiagnostics
{
    /// <summary>A decoding (PS00xx), lexer (PS01xx) or parser (PS02xx) error: the file is not valid Python.</summary>
    public static bool IsSyntaxError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Code.Length == 6
        && diagnostic.Code.StartsWith("PS0", StringComparison.Ordinal) && diagnostic.Code[3] is '0' or '1' or '2';
}
