using PySec.Rules;
using PySec.Text;

namespace PySec.Workspace;

/// <summary>
/// A finished scan, as the report writers read it. Paths are relative to <see cref="Root"/> with '/' separators,
/// so reports are the same on every machine and SARIF can use them as relative URIs.
/// </summary>
public sealed record ScanResult(
    string Root,
    IReadOnlyList<ScannedFile> Files,
    IReadOnlyList<SkippedFile> Skipped,
    RuleSet Rules,
    TimeSpan Elapsed)
{
    public IEnumerable<ReportedFinding> ActiveFindings => Files.SelectMany(f => f.Findings).Where(f => !f.Finding.IsSuppressed);

    /// <summary>Syntax and decoding errors over all files; each is a problem of its own in reports and exit codes.</summary>
    public IEnumerable<(ScannedFile File, Diagnostic Error)> SyntaxErrors =>
        Files.SelectMany(f => f.SyntaxErrors.Select(e => (f, e)));

    /// <summary>How many findings a baseline accounted for and <see cref="Baseline.Filter"/> removed (0 without a baseline).</summary>
    public int BaselinedCount { get; init; }
}

/// <summary>
/// One analysed file: its text, the findings that passed the scan's filters (suppressed ones included, marked, when
/// <see cref="PySecSettings.ShowSuppressed"/> is set), and its diagnostics (decoding and syntax errors, problems with
/// suppression comments, rules that failed on it).
/// </summary>
public sealed record ScannedFile(
    string Path,
    SourceText Source,
    IReadOnlyList<ReportedFinding> Findings,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The diagnostics that are errors in the code itself (codes PS00xx decoding, PS01xx lexer, PS02xx parser, severity
    /// Error): reports show each as a finding of its own, with the parser's message.
    /// </summary>
    public IEnumerable<Diagnostic> SyntaxErrors => Diagnostics.Where(WorkspaceDiagnostics.IsSyntaxError);
}

/// <summary>A finding with where it is in lines (0-based, UTF-16 columns) and its baseline fingerprint.</summary>
public sealed record ReportedFinding(Finding Finding, LinePositionSpan Location, string Fingerprint);

/// <summary>A file the scan could not analyse, and why; scans go on and reports count them.</summary>
public sealed record SkippedFile(string Path, SkipReason Reason, string Message);

public enum SkipReason
{
    Unreadable,
    PermissionDenied,
    Binary,
    NotUtf8,
    TooLarge,
    SymlinkLoop,
    BrokenSymlink,

    /// <summary>A path named on the command line that does not exist.</summary>
    NotFound,

    /// <summary>The analysis itself failed on the file (a bug in PySec; the message says where).</summary>
    AnalysisFailed,
}
