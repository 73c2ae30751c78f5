using System.Text.Json;

namespace PySec.LanguageServer.Protocol;

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record Hover(MarkupContent Contents, Range? Range = null);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    public IReadOnlyList<string>? Only { get; init; }
    public int? TriggerKind { get; init; }
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceFixAllPySec = "source.fixAll.pysec";
}

public sealed record CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
    public Command? Command { get; init; }

    /// <summary>Set on actions whose edit is computed in codeAction/resolve.</summary>
    public JsonElement? Data { get; init; }
}

public sealed record ExecuteCommandParams(string Command, IReadOnlyList<JsonElement>? Arguments = null)
{
    public JsonElement? WorkDoneToken { get; init; }
}

public sealed record ApplyWorkspaceEditParams(WorkspaceEdit Edit, string? Label = null);

public sealed record ApplyWorkspaceEditResult(bool Applied, string? FailureReason = null);
