using PySec.Text;

namespace PySec.Reports;

/// <summary>
/// How reports name the diagnostics that are not rule findings, by code range: PS00xx source decoding, PS01xx
/// lexing and literals, PS02xx parsing, PS0301 an unknown id in a suppression comment, PS0302 a rule that failed
/// on the file. SARIF lists each code that occurs as a rule of its own with this name.
/// </summary>
public static class DiagnosticRules
{
    public static string NameOf(string code) => code switch
    {
        "PS0301" => "unknown-suppression-id",
        "PS0302" => "rule-failed",
        _ when code.StartsWith("PS00", StringComparison.Ordinal) => "decoding-error",
        _ when code.StartsWith("PS01", StringComparison.Ordinal) || code.StartsWith("PS02", StringComparison.Ordinal) => "syntax-error",
        _ => "diagnostic",
    };

    public static string DescriptionOf(string code) => NameOf(code) switch
    {
        "unknown-suppression-id" => "A suppression comment names a rule id that no loaded rule has, so it silences nothing.",
        "rule-failed" => "A rule failed on this file and was switched off for it; the other rules ran.",
        "decoding-error" => "The file's bytes could not all be decoded as its declared or default encoding.",
        "syntax-error" => "The file is not valid Python; the rules ran on what could be parsed.",
        _ => "A problem pysec found while analysing the file.",
    };

    public static string LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
