using System.Text.Json;
using System.Text.Json.Serialization;

namespace PySec.LanguageServer.Protocol;

// Basic structures of LSP 3.17 (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#basicJsonStructures).
// Only what the server uses; property names are camelCased by the serializer options in LspJson.

/// <summary>A zero-based line and character; what a character counts is the negotiated position encoding.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI (the <c>changes</c> form, which every client supports).</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed record Command(string Title, string CommandName, IReadOnlyList<object?>? Arguments = null)
{
    // "command" is a keyword-like name clash with the record; the wire name is fixed here.
    [JsonPropertyName("command")]
    public string CommandName { get; init; } = CommandName;
}

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

public sealed record MarkupContent(string Kind, string Value);

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>A request's work-done token: an integer or a string in the protocol; kept as sent.</summary>
public sealed record WorkDoneProgressParams
{
    public JsonElement? WorkDoneToken { get; init; }
}

/// <summary>Params of requests that take none; accepts whatever object the client sends.</summary>
public sealed record NoParams;
