using PySec.Workspace;

namespace PySec.Reports;

/// <summary>The kebab-case names reports give to <see cref="SkipReason"/> values (stable: part of the JSON schema).</summary>
public static class SkipReasons
{
    public static string Name(SkipReason reason) => reason switch
    {
        SkipReason.Unreadable => "unreadable",
        SkipReason.PermissionDenied => "permission-denied",
        SkipReason.Binary => "binary",
        SkipReason.NotUtf8 => "not-utf8",
        SkipReason.TooLarge => "too-large",
        SkipReason.SymlinkLoop => "symlink-loop",
        SkipReason.BrokenSymlink => "broken-symlink",
        SkipReason.NotFound => "not-found",
        SkipReason.AnalysisFailed => "analysis-failed",
        _ => reason.ToString().ToLowerInvariant(),
    };
}
