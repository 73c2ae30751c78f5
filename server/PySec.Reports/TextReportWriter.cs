using System.Globalization;
using PySec.Rules;
using PySec.Text;
using PySec.Workspace;

namespace PySec.Reports;

/// <summary>
/// The report for people: findings grouped by file, each with the offending line, a caret under the span, the
/// rule, the manual's one-line advice and the chapter's link; skipped files; optionally counts per rule; and a
/// summary by severity. Colour only when <see cref="ReportOptions.Color"/> is set.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public void Write(ScanResult scan, ReportOptions options, TextWriter output)
    {
        var view = new ReportView(scan, options);
        var style = new AnsiStyle(options.Color);
        var manual = new ManualLookup(options);
        foreach (var file in view.Files.Where(f => f.Entries.Count > 0))
        {
            output.WriteLine(style.Bold(file.File.Path));
            foreach (var entry in file.Entries) WriteEntry(entry, style, manual, output);
            output.WriteLine();
        }
        if (view.Skipped.Count > 0)
        {
            output.WriteLine(style.Bold($"Skipped {Plural(view.Skipped.Count, "file")}:"));
            foreach (var skipped in view.Skipped) output.WriteLine($"  {skipped.Path}: {skipped.Message}");
            output.WriteLine();
        }
        if (options.Statistics && view.ByRule.Count > 0)
        {
            output.WriteLine(style.Bold("Findings by rule:"));
            var width = view.ByRule.Values.Max().ToString(CultureInfo.InvariantCulture).Length;
            foreach (var (ruleId, count) in view.ByRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                var name = scan.Rules.Find(ruleId)?.Name ?? "";
                output.WriteLine($"  {count.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {ruleId}  {name}".TrimEnd());
            }
            output.WriteLine();
        }
        WriteSummary(view, style, output);
    }

    private static void WriteEntry(ReportEntry entry, AnsiStyle style, ManualLookup manual, TextWriter output)
    {
        var position = $"{entry.Location.Start.Line + 1}:{entry.Location.Start.Character + 1}";
        var excerpt = SourceExcerpt.Of(entry.File.Source, entry.Location);
        var gutter = excerpt.LineNumber.ToString(CultureInfo.InvariantCulture);
        var indent = new string(' ', 4 + gutter.Length);
        if (entry.Finding is { } finding)
        {
            var severity = style.Severity(finding.Severity, finding.Severity.Name());
            var suppressed = finding.Suppression is { } s
                ? style.Dim($" (suppressed by {s.Kind}{(string.IsNullOrEmpty(s.Reason) ? "" : ": " + s.Reason)})")
                : "";
            output.WriteLine($"  {position} {severity} {style.Bold(finding.RuleId)} {finding.Message}{suppressed}");
            WriteExcerpt(excerpt, gutter, indent, style.Severity(finding.Severity, excerpt.Marker), output);
            if (manual.AdviceOf(finding.Rule) is { } advice) output.WriteLine($"{indent}= advice: {advice}");
            output.WriteLine($"{indent}= {finding.Rule.Name}: {style.Dim(manual.UrlOf(finding.Rule))}");
        }
        else
        {
            var diagnostic = entry.Diagnostic!;
            var level = DiagnosticRules.LevelOf(diagnostic.Severity);
            var coloured = diagnostic.Severity == DiagnosticSeverity.Error ? style.Red(level) : level;
            output.WriteLine($"  {position} {coloured} {style.Bold(diagnostic.Code)} {DiagnosticRules.NameOf(diagnostic.Code)}: {diagnostic.Message}");
            WriteExcerpt(excerpt, gutter, indent, style.Red(excerpt.Marker), output);
        }
    }

    private static void WriteExcerpt(SourceExcerpt excerpt, string gutter, string indent, string marker, TextWriter output)
    {
        output.WriteLine($"    {gutter} | {excerpt.Text}".TrimEnd());
        output.WriteLine($"{indent} | {marker}");
    }

    private static void WriteSummary(ReportView view, AnsiStyle style, TextWriter output)
    {
        var bySeverity = string.Join(", ", ReportView.SeveritiesDescending.Select(s =>
            style.Severity(s, $"{view.BySeverity[(int)s]} {s.Name()}")));
        var filesWithFindings = view.Files.Count(f => f.Entries.Any(e => e.Finding is { IsSuppressed: false }));
        var line = $"Found {Plural(view.Findings, "finding")} ({bySeverity}) in {filesWithFindings} of {Plural(view.Files.Count, "file")}";
        var extras = new List<string>();
        if (view.Suppressed > 0) extras.Add($"{view.Suppressed} suppressed");
        if (view.Baselined > 0) extras.Add($"{view.Baselined} in the baseline");
        if (view.Errors > 0) extras.Add(Plural(view.Errors, "error"));
        if (view.Warnings > 0) extras.Add(Plural(view.Warnings, "warning"));
        if (view.Skipped.Count > 0) extras.Add($"{Plural(view.Skipped.Count, "file")} skipped");
        if (extras.Count > 0) line += "; " + string.Join(", ", extras);
        var seconds = view.Scan.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        output.WriteLine($"{style.Bold(line)} ({seconds} s).");
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
