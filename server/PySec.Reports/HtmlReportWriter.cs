using System.Globalization;
using System.Net;
using System.Text;
using PySec.Rules;
using PySec.Text;
using PySec.Workspace;

namespace PySec.Reports;

/// <summary>
/// One self-contained HTML page (inline style and SVG, no scripts, fonts or other external resources): a summary
/// with charts of findings by severity and by category, then findings grouped by file with a code excerpt, the
/// manual's advice and a link to the rule's chapter, then diagnostics and skipped files.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        body{margin:0 auto;max-width:70em;padding:1em 2em 3em;font:15px/1.5 system-ui,sans-serif;color:#1d232b}
        h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #dde3ea}
        .summary{display:flex;flex-wrap:wrap;gap:2em}.chart text{font:13px system-ui,sans-serif;fill:#1d232b}
        .file{margin-top:1.5em}.file h3{font:600 1em ui-monospace,monospace;background:#eef2f6;padding:.4em .6em;margin:0}
        .finding{border-left:4px solid #8a96a3;padding:.4em .8em;margin:.8em 0}
        .critical{border-color:#8b0000}.high{border-color:#d33}.medium{border-color:#e0a000}.low{border-color:#2a7ab0}
        .suppressed{opacity:.6}.sev{font-weight:700;text-transform:uppercase;font-size:.8em}
        .rule{font-family:ui-monospace,monospace}.meta{color:#56606b;font-size:.9em}
        pre{background:#f4f6f8;padding:.5em;overflow:auto;margin:.4em 0}code{font-family:ui-monospace,monospace}
        pre .ln{color:#8a96a3;user-select:none}mark{background:#ffe08a}
        .advice{margin:.3em 0}table{border-collapse:collapse}td,th{border:1px solid #dde3ea;padding:.2em .6em;text-align:left}
        """;

    private static readonly Dictionary<Severity, string> Colors = new()
    {
        [Severity.Critical] = "#8b0000",
        [Severity.High] = "#d33",
        [Severity.Medium] = "#e0a000",
        [Severity.Low] = "#2a7ab0",
    };

    public string Format => "html";

    public void Write(ScanResult scan, ReportOptions options, TextWriter output)
    {
        var view = new ReportView(scan, options);
        var manual = new ManualLookup(options);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append($"<title>PySec report: {view.Findings} findings</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        page.Append("<h1>PySec security report</h1>\n");
        page.Append(CultureInfo.InvariantCulture,
            $"<p class=\"meta\">{Encode(scan.Root)} · pysec {Encode(options.ToolVersion)} · {view.Files.Count} files scanned, {view.Skipped.Count} skipped, {scan.Elapsed.TotalSeconds:0.00} s</p>\n");
        WriteSummary(page, view);
        WriteFindings(page, view, manual);
        WriteSkipped(page, view);
        page.Append("</body>\n</html>\n");
        output.Write(page.ToString());
    }

    private static void WriteSummary(StringBuilder page, ReportView view)
    {
        page.Append("<h2>Summary</h2>\n");
        page.Append(CultureInfo.InvariantCulture, $"<p><strong>{view.Findings}</strong> findings");
        if (view.Suppressed > 0) page.Append(CultureInfo.InvariantCulture, $", {view.Suppressed} suppressed");
        if (view.Errors > 0) page.Append(CultureInfo.InvariantCulture, $", {view.Errors} errors");
        if (view.Warnings > 0) page.Append(CultureInfo.InvariantCulture, $", {view.Warnings} warnings");
        page.Append(".</p>\n<div class=\"summary\">\n<figure>\n<figcaption>By severity</figcaption>\n");
        page.Append(HtmlChart.Bars("Findings by severity",
            ReportView.SeveritiesDescending.Select(s => (s.Name(), view.BySeverity[(int)s], Colors[s])).ToList()));
        page.Append("</figure>\n<figure>\n<figcaption>By category</figcaption>\n");
        page.Append(HtmlChart.Bars("Findings by category",
            RuleCategories.All.Select(c => (c, view.ByCategory.GetValueOrDefault(c), "#16324f")).ToList()));
        page.Append("</figure>\n</div>\n");
    }

    private static void WriteFindings(StringBuilder page, ReportView view, ManualLookup manual)
    {
        page.Append("<h2>Findings</h2>\n");
        var files = view.Files.Where(f => f.Entries.Count > 0).ToList();
        if (files.Count == 0) page.Append("<p>Nothing found.</p>\n");
        foreach (var file in files)
        {
            page.Append($"<section class=\"file\">\n<h3>{Encode(file.File.Path)}</h3>\n");
            foreach (var entry in file.Entries) WriteEntry(page, entry, manual);
            page.Append("</section>\n");
        }
    }

    private static void WriteEntry(StringBuilder page, ReportEntry entry, ManualLookup manual)
    {
        var position = $"line {entry.Location.Start.Line + 1}, column {entry.Location.Start.Character + 1}";
        if (entry.Finding is { } finding)
        {
            var severity = finding.Severity.Name();
            var suppressed = finding.IsSuppressed ? " suppressed" : "";
            page.Append($"<div class=\"finding {severity}{suppressed}\">\n");
            page.Append($"<p><span class=\"sev\">{severity}</span> <a class=\"rule\" href=\"{Encode(manual.UrlOf(finding.Rule))}\">{Encode(finding.RuleId)} {Encode(finding.Rule.Name)}</a> ");
            page.Append($"<span class=\"meta\">{position} · confidence {finding.Confidence.Name()}");
            if (finding.Rule.Metadata.Cwe.Count > 0) page.Append(" · ").Append(string.Join(", ", finding.Rule.Metadata.Cwe.Select(c => $"CWE-{c}")));
            page.Append("</span></p>\n");
            page.Append($"<p>{Encode(finding.Message)}");
            if (finding.Suppression is { } s)
                page.Append($" <em>(suppressed by {Encode(s.Kind)}{(string.IsNullOrEmpty(s.Reason) ? "" : ": " + Encode(s.Reason))})</em>");
            page.Append("</p>\n");
            WriteExcerpt(page, entry);
            if (manual.AdviceOf(finding.Rule) is { } advice) page.Append($"<p class=\"advice\"><strong>Advice:</strong> {Encode(advice)}</p>\n");
            foreach (var fix in finding.Fixes) page.Append($"<p class=\"meta\">Fix ({fix.Safety.ToString().ToLowerInvariant()}): {Encode(fix.Title)}</p>\n");
            page.Append($"<p class=\"meta\"><a href=\"{Encode(manual.UrlOf(finding.Rule))}\">Manual: {Encode(manual.ChapterOf(finding.Rule)?.Title ?? finding.Rule.Metadata.Title)}</a></p>\n");
        }
        else
        {
            var diagnostic = entry.Diagnostic!;
            page.Append("<div class=\"finding\">\n");
            page.Append($"<p><span class=\"sev\">{DiagnosticRules.LevelOf(diagnostic.Severity)}</span> <span class=\"rule\">{Encode(diagnostic.Code)} {DiagnosticRules.NameOf(diagnostic.Code)}</span> <span class=\"meta\">{position}</span></p>\n");
            page.Append($"<p>{Encode(diagnostic.Message)}</p>\n");
            WriteExcerpt(page, entry);
        }
        page.Append("</div>\n");
    }

    /// <summary>The line before, the finding's line with its span marked, and the line after.</summary>
    private static void WriteExcerpt(StringBuilder page, ReportEntry entry)
    {
        var source = entry.File.Source;
        var line = entry.Location.Start.Line;
        var first = Math.Max(0, line - 1);
        var last = Math.Min(source.Lines.LineCount - 1, line + 1);
        var width = (last + 1).ToString(CultureInfo.InvariantCulture).Length;
        page.Append("<pre><code>");
        for (var index = first; index <= last; index++)
        {
            var location = index == line ? entry.Location : new LinePositionSpan(new LinePosition(index, 0), new LinePosition(index, 0));
            var excerpt = SourceExcerpt.Of(source, location);
            page.Append($"<span class=\"ln\">{(index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width)} </span>");
            if (index == line)
            {
                var end = Math.Min(excerpt.Text.Length, excerpt.MarkerStart + excerpt.MarkerLength);
                var start = Math.Min(excerpt.MarkerStart, end);
                page.Append(Encode(excerpt.Text[..start])).Append("<mark>").Append(Encode(excerpt.Text[start..end])).Append("</mark>").Append(Encode(excerpt.Text[end..]));
            }
            else
            {
                page.Append(Encode(excerpt.Text));
            }
            page.Append('\n');
        }
        page.Append("</code></pre>\n");
    }

    private static void WriteSkipped(StringBuilder page, ReportView view)
    {
        if (view.Skipped.Count == 0) return;
        page.Append("<h2>Skipped files</h2>\n<table>\n<tr><th>File</th><th>Reason</th></tr>\n");
        foreach (var skipped in view.Skipped)
            page.Append($"<tr><td><code>{Encode(skipped.Path)}</code></td><td>{Encode(skipped.Message)}</td></tr>\n");
        page.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
