using PySec.Workspace;

namespace PySec.Reports;

/// <summary>Writes a finished scan in one format. Writers are pure: everything they need is in the scan and the options.</summary>
public interface IReportWriter
{
    /// <summary>The name given to --format ("text", "json", "sarif", "html").</summary>
    string Format { get; }

    void Write(ScanResult scan, ReportOptions options, TextWriter output);
}
