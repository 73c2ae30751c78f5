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
}

/// <summary>
/// One analysed file: its text, the findings that passed the scan's filters (suppressed ones included, marked),
/// and its diagnostics (syntax errors, problems with suppression comments, rules that failed on it).
/// </summary>
public sealed record ScannedFile(
    string Path,
    SourceText Source,
    IReadOnlyList<ReportedFinding> Findings,
    IReadOnlyList<Diagnostic> Diagnostics);

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
}
