using PySec.Testing;

namespace PySec.Reports.Tests;

/// <summary>Golden output of every format for the same hand-built scan (update with PYSEC_UPDATE_SNAPSHOTS=1).</summary>
public sealed class ReportSnapshotTests
{
    public static TheoryData<string> Formats => new(ReportWriters.Formats);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Each_format_matches_its_snapshot(string format)
    {
        var text = Write(format, SampleScan.Options());
        Snapshot.Match($"Snapshots/report.{Extension(format)}", text);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Suppressed_findings_shown_match_their_snapshot(string format)
    {
        var text = Write(format, SampleScan.Options(showSuppressed: true));
        Snapshot.Match($"Snapshots/report-suppressed.{Extension(format)}", text);
    }

    [Fact]
    public void Coloured_text_with_statistics_matches_its_snapshot()
    {
        var text = Write("text", SampleScan.Options(color: true, statistics: true));
        Snapshot.Match("Snapshots/report-colour-statistics.txt", text.Replace("\u001b", "<ESC>"));
    }

    internal static string Write(string format, ReportOptions options)
    {
        var output = new StringWriter();
        ReportWriters.Find(format)!.Write(SampleScan.Create(), options, output);
        return output.ToString();
    }

    private static string Extension(string format) => format == "text" ? "txt" : format;
}
