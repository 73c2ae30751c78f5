using System.Text.Json;
using PySec.Rules;
using PySec.Text;
using PySec.Workspace;

namespace PySec.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning services. One run; <c>tool.driver.rules</c> holds one entry per rule that has a
/// result in the log (then one per diagnostic code that has one), so a log stays small and every entry is used;
/// results point to them by <c>ruleIndex</c>. Locations are relative to <c>%SRCROOT%</c> (the scan's root, in
/// <c>originalUriBaseIds</c>); lines and columns are 1-based, columns in UTF-16 code units. Diagnostics (syntax
/// errors, bad suppression comments, failed rules) are results of their own; skipped files are tool execution
/// notifications of the invocation.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";
    public const string FingerprintKey = "pysecFingerprint/v1";

    public string Format => "sarif";

    public void Write(ScanResult scan, ReportOptions options, TextWriter output)
    {
        var view = new ReportView(scan, options);
        var manual = new ManualLookup(options);
        var entries = view.Files.SelectMany(f => f.Entries).ToList();
        var rules = entries.Where(e => e.Finding is not null).Select(e => e.Finding!.Rule)
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var codes = entries.Where(e => e.Diagnostic is not null).Select(e => e.Diagnostic!.Code)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in rules.Select(r => r.Id).Concat(codes)) indexes[id] = indexes.Count;

        ReportJson.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();

            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "pysec");
            writer.WriteString("version", options.ToolVersion);
            writer.WriteString("informationUri", options.ManualUrl);
            writer.WriteStartArray("rules");
            foreach (var rule in rules) WriteRule(writer, rule, manual);
            foreach (var code in codes) WriteDiagnosticRule(writer, code, entries.First(e => e.Diagnostic?.Code == code).Diagnostic!.Severity);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            WriteInvocation(writer, view);

            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(SourceRoot);
            writer.WriteString("uri", RootUri(scan.Root));
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteString("columnKind", "utf16CodeUnits");

            writer.WriteStartArray("results");
            foreach (var entry in entries)
            {
                if (entry.Finding is not null) WriteFindingResult(writer, entry, indexes[entry.Code]);
                else WriteDiagnosticResult(writer, entry, indexes[entry.Code]);
            }
            writer.WriteEndArray();

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteRule(Utf8JsonWriter writer, Rule rule, ManualLookup manual)
    {
        var metadata = rule.Metadata;
        var url = manual.UrlOf(rule);
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Name);
        WriteText(writer, "shortDescription", metadata.Title);
        WriteText(writer, "fullDescription", manual.SummaryOf(rule) ?? metadata.Title);
        writer.WriteStartObject("help");
        var advice = manual.AdviceOf(rule);
        writer.WriteString("text", $"{manual.SummaryOf(rule) ?? metadata.Title} See {url}");
        writer.WriteString("markdown", manual.HelpMarkdownOf(rule) ?? $"{metadata.Title}\n\n{advice ?? ""}\n\nSee [the manual]({url}).\n");
        writer.WriteEndObject();
        writer.WriteString("helpUri", url);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", SarifLevels.Level(metadata.Severity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteStartArray("tags");
        writer.WriteStringValue("security");
        foreach (var tag in new[] { metadata.Category }.Concat(metadata.Tags).Distinct(StringComparer.Ordinal).Where(t => t != "security"))
            writer.WriteStringValue(tag);
        foreach (var cwe in metadata.Cwe) writer.WriteStringValue($"external/cwe/cwe-{cwe}");
        writer.WriteEndArray();
        writer.WriteString("security-severity", SarifLevels.SecuritySeverity(metadata.Severity));
        writer.WriteString("precision", SarifLevels.Precision(metadata.Confidence));
        writer.WriteString("problem.severity", SarifLevels.Level(metadata.Severity) == "note" ? "recommendation" : SarifLevels.Level(metadata.Severity));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDiagnosticRule(Utf8JsonWriter writer, string code, DiagnosticSeverity severity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", code);
        writer.WriteString("name", DiagnosticRules.NameOf(code));
        WriteText(writer, "shortDescription", DiagnosticRules.DescriptionOf(code));
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", DiagnosticRules.LevelOf(severity));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter writer, ReportView view)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", true);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var skipped in view.Skipped)
        {
            writer.WriteStartObject();
            writer.WriteString("level", "warning");
            WriteText(writer, "message", $"{skipped.Path}: {skipped.Message}");
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            WriteArtifact(writer, skipped.Path);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WriteString("reason", SkipReasons.Name(skipped.Reason));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteFindingResult(Utf8JsonWriter writer, ReportEntry entry, int ruleIndex)
    {
        var finding = entry.Finding!;
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", SarifLevels.Level(finding.Severity));
        WriteText(writer, "message", finding.Message);
        WriteLocations(writer, entry.File.Path, entry.Location);
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, entry.Reported!.Fingerprint);
        writer.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "inSource");
            if (!string.IsNullOrEmpty(suppression.Reason)) writer.WriteString("justification", suppression.Reason);
            writer.WriteStartObject("properties");
            writer.WriteString("comment", suppression.Kind);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        if (finding.Fixes.Count > 0)
        {
            var lines = entry.File.Source.Lines;
            writer.WriteStartArray("fixes");
            foreach (var fix in finding.Fixes)
            {
                writer.WriteStartObject();
                WriteText(writer, "description", fix.Title);
                writer.WriteStartArray("artifactChanges");
                writer.WriteStartObject();
                WriteArtifact(writer, entry.File.Path);
                writer.WriteStartArray("replacements");
                foreach (var edit in fix.Edits)
                {
                    writer.WriteStartObject();
                    WriteRegion(writer, "deletedRegion", lines.GetLinePositionSpan(edit.Span));
                    writer.WriteStartObject("insertedContent");
                    writer.WriteString("text", edit.NewText);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartObject("properties");
                writer.WriteString("safety", fix.Safety.ToString().ToLowerInvariant());
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteStartObject("properties");
        writer.WriteString("severity", finding.Severity.Name());
        writer.WriteString("confidence", finding.Confidence.Name());
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDiagnosticResult(Utf8JsonWriter writer, ReportEntry entry, int ruleIndex)
    {
        var diagnostic = entry.Diagnostic!;
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Code);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", DiagnosticRules.LevelOf(diagnostic.Severity));
        WriteText(writer, "message", diagnostic.Message);
        WriteLocations(writer, entry.File.Path, entry.Location);
        writer.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter writer, string path, LinePositionSpan location)
    {
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, path);
        WriteRegion(writer, "region", location);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", RelativeUri(path));
        writer.WriteString("uriBaseId", SourceRoot);
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, LinePositionSpan location)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", location.Start.Line + 1);
        writer.WriteNumber("startColumn", location.Start.Character + 1);
        writer.WriteNumber("endLine", location.End.Line + 1);
        writer.WriteNumber("endColumn", location.End.Character + 1);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    /// <summary>A '/'-separated relative path as a relative URI reference: each segment percent-encoded.</summary>
    public static string RelativeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The scan root as an absolute file URI ending in '/', so relative URIs resolve inside it.</summary>
    public static string RootUri(string root)
    {
        var full = root.Replace('\\', '/');
        if (!full.EndsWith('/')) full += "/";
        if (!full.StartsWith('/')) full = "/" + full;
        return "file://" + string.Join('/', full.Split('/').Select(Uri.EscapeDataString));
    }
}
