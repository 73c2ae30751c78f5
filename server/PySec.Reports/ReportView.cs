using PySec.Rules;
using PySec.Text;
using PySec.Workspace;

namespace PySec.Reports;

/// <summary>One line of a report: a finding, or a diagnostic (a syntax error, a bad suppression comment, a rule that failed).</summary>
public sealed record ReportEntry(ScannedFile File, ReportedFinding? Reported, Diagnostic? Diagnostic, LinePositionSpan Location)
{
    public Finding? Finding => Reported?.Finding;

    /// <summary>The rule id of a finding, the diagnostic code otherwise.</summary>
    public string Code => Finding?.RuleId ?? Diagnostic!.Code;

    public string Message => Finding?.Message ?? Diagnostic!.Message;

    public bool IsSuppressed => Finding?.IsSuppressed == true;
}

/// <summary>A scanned file with the entries a report shows for it, in position order.</summary>
public sealed record ReportFile(ScannedFile File, IReadOnlyList<ReportEntry> Entries);

/// <summary>
/// What every format shows of a scan: files in path order with their entries (suppressed findings only when asked
/// for), and the counts of the summary. Counts never depend on whether suppressed findings are shown.
/// </summary>
public sealed class ReportView
{
    public ReportView(ScanResult scan, ReportOptions options)
    {
        Scan = scan;
        var files = new List<ReportFile>();
        foreach (var file in scan.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var entries = new List<ReportEntry>();
            foreach (var reported in file.Findings)
            {
                if (reported.Finding.IsSuppressed)
                {
                    Suppressed++;
                    if (!options.ShowSuppressed) continue;
                }
                else
                {
                    BySeverity[(int)reported.Finding.Severity]++;
                    Increment(ByRule, reported.Finding.RuleId);
                    Increment(ByCategory, reported.Finding.Rule.Metadata.Category);
                }
                entries.Add(new ReportEntry(file, reported, null, reported.Location));
            }
            foreach (var diagnostic in file.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error) Errors++;
                else Warnings++;
                entries.Add(new ReportEntry(file, null, diagnostic, file.Source.Lines.GetLinePositionSpan(diagnostic.Span)));
            }
            entries.Sort((a, b) =>
            {
                var byPosition = a.Location.Start.CompareTo(b.Location.Start);
                return byPosition != 0 ? byPosition : string.CompareOrdinal(a.Code, b.Code);
            });
            files.Add(new ReportFile(file, entries));
        }
        Files = files;
        Skipped = scan.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
    }

    public ScanResult Scan { get; }

    public IReadOnlyList<ReportFile> Files { get; }

    public IReadOnlyList<SkippedFile> Skipped { get; }

    /// <summary>Active findings by <see cref="Severity"/> (index = the enum value).</summary>
    public int[] BySeverity { get; } = new int[Enum.GetValues<Severity>().Length];

    public SortedDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ByCategory { get; } = new(StringComparer.Ordinal);

    public int Findings => BySeverity.Sum();

    public int Suppressed { get; }

    /// <summary>Findings a baseline accepted (left out of the report).</summary>
    public int Baselined => Scan.BaselinedCount;

    /// <summary>Diagnostics of error severity: syntax and decoding errors.</summary>
    public int Errors { get; }

    /// <summary>Other diagnostics: unknown ids in suppression comments, rules that failed on a file.</summary>
    public int Warnings { get; }

    /// <summary>Severities from the most to the least severe, as reports list them.</summary>
    public static IReadOnlyList<Severity> SeveritiesDescending { get; } = Enum.GetValues<Severity>().Reverse().ToList();

    private static void Increment(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
