using System.Text.Json;
using System.Text.Json.Nodes;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>Builders for the protocol's small JSON shapes, and readers for what comes back.</summary>
public static class Lsp
{
    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new() { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };

    public static JsonObject DocumentPosition(string uri, int line, int character) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(line, character) };

    /// <summary>An incremental change: replace <paramref name="range"/> with <paramref name="text"/>.</summary>
    public static JsonObject Change(JsonNode range, string text) => new() { ["range"] = range.DeepClone(), ["text"] = text };

    /// <summary>A full-text change.</summary>
    public static JsonObject FullChange(string text) => new() { ["text"] = text };

    public static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>An untitled-style URI for a document that exists only in the editor.</summary>
    public static string MemoryUri(string name) => $"file:///pysec-e2e/{name}";

    public static JsonNode ToNode(this JsonElement element) => JsonNode.Parse(element.GetRawText())!;

    public static (int Line, int Character) ReadPosition(JsonElement position) =>
        (position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());

    public static string? Code(JsonElement diagnostic) =>
        diagnostic.TryGetProperty("code", out var code) ? code.ValueKind == JsonValueKind.String ? code.GetString() : code.GetRawText() : null;

    /// <summary>Diagnostics as "line:character-line:character CODE" lines, sorted: a compact form to compare.</summary>
    public static IReadOnlyList<string> Summary(JsonElement diagnostics) =>
        diagnostics.EnumerateArray().Select(d =>
        {
            var (sl, sc) = ReadPosition(d.GetProperty("range").GetProperty("start"));
            var (el, ec) = ReadPosition(d.GetProperty("range").GetProperty("end"));
            return $"{sl}:{sc}-{el}:{ec} {Code(d)}";
        }).Order(StringComparer.Ordinal).ToList();

    /// <summary>The markdown or plain text of a hover result, whichever of the protocol's three shapes it has.</summary>
    public static string HoverText(JsonElement hover)
    {
        if (hover.ValueKind != JsonValueKind.Object) return "";
        var contents = hover.GetProperty("contents");
        return contents.ValueKind switch
        {
            JsonValueKind.String => contents.GetString()!,
            JsonValueKind.Object => contents.GetProperty("value").GetString()!,
            JsonValueKind.Array => string.Join("\n", contents.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetProperty("value").GetString())),
            _ => "",
        };
    }
}
