namespace PySec.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>An incremental change when <see cref="Range"/> is set, the whole new text otherwise.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text)
{
    /// <summary>Deprecated by the specification; read only for clients that send it without a range.</summary>
    public int? RangeLength { get; init; }
}

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);
