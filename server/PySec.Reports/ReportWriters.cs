namespace PySec.Reports;

/// <summary>The report formats by --format name.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } =
        [new TextReportWriter(), new JsonReportWriter(), new SarifReportWriter(), new HtmlReportWriter()];

    public static IReadOnlyList<string> Formats { get; } = All.Select(w => w.Format).ToList();

    public static IReportWriter? Find(string format) => All.FirstOrDefault(w => w.Format == format);
}
