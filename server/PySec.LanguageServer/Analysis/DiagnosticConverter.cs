using PySec.LanguageServer.Documents;
using PySec.LanguageServer.Chapters;
using PySec.LanguageServer.Protocol;
using PySec.Rules;

namespace PySec.LanguageServer.Analysis;

/// <summary>Findings and engine diagnostics as LSP diagnostics, in the contract's shape.</summary>
public static class DiagnosticConverter
{
    public const string Source = "pysec";

    public static IReadOnlyList<Protocol.Diagnostic> Convert(DocumentAnalysis analysis, PositionMapper positions, ChapterLinks links)
    {
        var document = analysis.Document;
        var result = new List<Protocol.Diagnostic>(analysis.Findings.Count + analysis.Diagnostics.Count);
        foreach (var finding in analysis.Findings)
            result.Add(FromFinding(finding, document, positions, links));
        foreach (var diagnostic in analysis.Diagnostics)
            result.Add(new Protocol.Diagnostic
            {
                Range = positions.ToRange(document, diagnostic.Span),
                Severity = diagnostic.Severity switch
                {
                    Text.DiagnosticSeverity.Error => LspDiagnosticSeverity.Error,
                    Text.DiagnosticSeverity.Warning => LspDiagnosticSeverity.Warning,
                    Text.DiagnosticSeverity.Information => LspDiagnosticSeverity.Information,
                    _ => LspDiagnosticSeverity.Hint,
                },
                Code = diagnostic.Code,
                Source = Source,
                Message = diagnostic.Message,
            });
        return result;
    }

    public static Protocol.Diagnostic FromFinding(Finding finding, DocumentSnapshot document, PositionMapper positions, ChapterLinks links)
    {
        var rule = finding.Rule;
        return new Protocol.Diagnostic
        {
            Range = positions.ToRange(document, finding.Span),
            Severity = ToLsp(finding.Severity),
            Code = rule.Id,
            CodeDescription = new CodeDescription(links.Href(rule)),
            Source = Source,
            Message = finding.Message,
            Tags = rule.Metadata.Tags.Contains("deprecated") ? [DiagnosticTag.Deprecated] : null,
            Data = new DiagnosticData
            {
                RuleId = rule.Id,
                ChapterId = links.ChapterId(rule),
                Severity = finding.Severity.Name(),
                Confidence = finding.Confidence.Name(),
                Cwe = rule.Metadata.Cwe,
                Version = document.Version,
                Fixes = finding.Fixes.Count == 0 ? null : finding.Fixes.Select(f => new FixSummary(f.Title, f.Safety == FixSafety.Safe ? "safe" : "unsafe")).ToList(),
            },
        };
    }

    /// <summary>critical and high are errors, medium a warning, low information: what a reviewer must look at first.</summary>
    public static int ToLsp(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => LspDiagnosticSeverity.Error,
        Severity.Medium => LspDiagnosticSeverity.Warning,
        _ => LspDiagnosticSeverity.Information,
    };
}
