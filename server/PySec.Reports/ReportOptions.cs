namespace PySec.Reports;

/// <summary>
/// What a report needs beyond the scan: the manual (advice, help text and chapter links; reports still work
/// without it), where the manual is published, the tool's version, and presentation switches the command decides.
/// </summary>
public sealed record ReportOptions
{
    public const string DefaultManualUrl = "https://pysec.dev/manual/";

    public PySec.Manual.Manual? Manual { get; init; }

    /// <summary>The base URL of the published manual site; a chapter is at BASE + its path with .html (see ManualSite).</summary>
    public string ManualUrl { get; init; } = DefaultManualUrl;

    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>List the suppressed findings the scan kept (marked as such); counted in the summary either way.</summary>
    public bool ShowSuppressed { get; init; }

    /// <summary>ANSI colours in the text report; the command turns them on for a terminal without NO_COLOR.</summary>
    public bool Color { get; init; }

    /// <summary>Add a count of findings per rule to the text report.</summary>
    public bool Statistics { get; init; }
}
