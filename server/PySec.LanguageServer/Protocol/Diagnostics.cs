using System.Text.Json.Serialization;

namespace PySec.LanguageServer.Protocol;

public static class LspDiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public static class DiagnosticTag
{
    public const int Unnecessary = 1;
    public const int Deprecated = 2;
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record Diagnostic
{
    public required Range Range { get; init; }
    public int? Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string? Source { get; init; }
    public required string Message { get; init; }
    public IReadOnlyList<int>? Tags { get; init; }
    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
    public DiagnosticData? Data { get; init; }
}

/// <summary>
/// What a PySec diagnostic carries for code actions and the extension: the rule, its chapter, the document
/// version it was computed on, and the finding's index in that version's analysis (to find its fixes again).
/// </summary>
public sealed record DiagnosticData
{
    public string? RuleId { get; init; }
    public string? ChapterId { get; init; }
    public string? Severity { get; init; }
    public string? Confidence { get; init; }
    public IReadOnlyList<int>? Cwe { get; init; }
    public int? Version { get; init; }
    public IReadOnlyList<FixSummary>? Fixes { get; init; }
}

public sealed record FixSummary(string Title, string Safety);

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Version { get; init; }
}

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument)
{
    public string? Identifier { get; init; }
    public string? PreviousResultId { get; init; }
}

public static class DocumentDiagnosticReportKind
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}

/// <summary>A full report (<c>items</c> set) or an unchanged one (only <c>resultId</c>).</summary>
public sealed record DocumentDiagnosticReport(string Kind, string? ResultId, IReadOnlyList<Diagnostic>? Items = null);

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticParams
{
    public string? Identifier { get; init; }
    public IReadOnlyList<PreviousResultId> PreviousResultIds { get; init; } = [];
}

public sealed record WorkspaceDocumentDiagnosticReport(string Kind, string Uri, int? Version, string? ResultId, IReadOnlyList<Diagnostic>? Items = null)
{
    /// <summary>The open document's version, or null for a file read from disk; the specification requires the member either way.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; init; } = Version;
}

public sealed record WorkspaceDiagnosticReport(IReadOnlyList<WorkspaceDocumentDiagnosticReport> Items);
