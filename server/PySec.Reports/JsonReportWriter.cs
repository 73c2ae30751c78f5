using System.Text.Json;
using PySec.Rules;
using PySec.Workspace;

namespace PySec.Reports;

/// <summary>The machine-readable report; its schema is documented in JSON-REPORT.md and versioned by "version".</summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>Raised on any change that could break a reader (a renamed or removed field, a changed meaning).</summary>
    public const int SchemaVersion = 1;

    public string Format => "json";

    public void Write(ScanResult scan, ReportOptions options, TextWriter output)
    {
        var view = new ReportView(scan, options);
        var manual = new ManualLookup(options);
        ReportJson.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", SchemaVersion);
            writer.WriteStartObject("tool");
            writer.WriteString("name", "pysec");
            writer.WriteString("version", options.ToolVersion);
            writer.WriteEndObject();
            writer.WriteString("root", scan.Root);
            WriteSummary(writer, view);

            writer.WriteStartArray("findings");
            foreach (var entry in view.Files.SelectMany(f => f.Entries).Where(e => e.Reported is not null))
                WriteFinding(writer, entry, manual);
            writer.WriteEndArray();

            writer.WriteStartArray("diagnostics");
            foreach (var entry in view.Files.SelectMany(f => f.Entries).Where(e => e.Diagnostic is not null))
            {
                writer.WriteStartObject();
                writer.WriteString("path", entry.File.Path);
                ReportJson.WriteRange(writer, entry.Location);
                writer.WriteString("code", entry.Diagnostic!.Code);
                writer.WriteString("name", DiagnosticRules.NameOf(entry.Diagnostic.Code));
                writer.WriteString("severity", DiagnosticRules.LevelOf(entry.Diagnostic.Severity));
                writer.WriteString("message", entry.Diagnostic.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();

            writer.WriteStartArray("skipped");
            foreach (var skipped in view.Skipped)
            {
                writer.WriteStartObject();
                writer.WriteString("path", skipped.Path);
                writer.WriteString("reason", SkipReasons.Name(skipped.Reason));
                writer.WriteString("message", skipped.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteSummary(Utf8JsonWriter writer, ReportView view)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("filesScanned", view.Files.Count);
        writer.WriteNumber("filesSkipped", view.Skipped.Count);
        writer.WriteNumber("findings", view.Findings);
        writer.WriteStartObject("bySeverity");
        foreach (var severity in ReportView.SeveritiesDescending) writer.WriteNumber(severity.Name(), view.BySeverity[(int)severity]);
        writer.WriteEndObject();
        writer.WriteNumber("suppressed", view.Suppressed);
        writer.WriteNumber("baselined", view.Baselined);
        writer.WriteNumber("errors", view.Errors);
        writer.WriteNumber("warnings", view.Warnings);
        writer.WriteNumber("elapsedSeconds", Math.Round(view.Scan.Elapsed.TotalSeconds, 3));
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, ReportEntry entry, ManualLookup manual)
    {
        var finding = entry.Finding!;
        var metadata = finding.Rule.Metadata;
        var lines = entry.File.Source.Lines;
        writer.WriteStartObject();
        writer.WriteString("path", entry.File.Path);
        ReportJson.WriteRange(writer, entry.Location);
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("ruleName", finding.Rule.Name);
        writer.WriteString("category", metadata.Category);
        writer.WriteString("severity", finding.Severity.Name());
        writer.WriteString("confidence", finding.Confidence.Name());
        writer.WriteString("message", finding.Message);
        writer.WriteStartArray("cwe");
        foreach (var cwe in metadata.Cwe) writer.WriteNumberValue(cwe);
        writer.WriteEndArray();
        writer.WriteString("fingerprint", entry.Reported!.Fingerprint);
        if (finding.Suppression is { } suppression)
        {
            writer.WriteStartObject("suppression");
            writer.WriteString("kind", suppression.Kind);
            if (suppression.Reason is { } reason) writer.WriteString("reason", reason);
            else writer.WriteNull("reason");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("suppression");
        }
        writer.WriteStartArray("fixes");
        foreach (var fix in finding.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteString("title", fix.Title);
            writer.WriteString("safety", fix.Safety.ToString().ToLowerInvariant());
            writer.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                ReportJson.WriteRange(writer, lines.GetLinePositionSpan(edit.Span));
                writer.WriteString("newText", edit.NewText);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (manual.AdviceOf(finding.Rule) is { } advice) writer.WriteString("advice", advice);
        else writer.WriteNull("advice");
        writer.WriteString("manual", manual.UrlOf(finding.Rule));
        writer.WriteEndObject();
    }
}
