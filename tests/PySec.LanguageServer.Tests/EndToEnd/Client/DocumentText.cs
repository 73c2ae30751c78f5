using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PySec.LanguageServer.Tests.EndToEnd.Client;

/// <summary>
/// The client's copy of a document, with the protocol's coordinates: lines end at "\n", "\r\n" or "\r", and a
/// character is a UTF-16 code unit or a UTF-8 byte depending on the negotiated position encoding. Computed here
/// independently of the server's LineMap, so the tests check it rather than repeat it.
/// </summary>
public sealed class DocumentText(string text, string encoding = "utf-16")
{
    public string Text { get; private set; } = text;
    public string Encoding { get; } = encoding;

    /// <summary>Start offsets of every line.</summary>
    public IReadOnlyList<int> LineStarts()
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\r' && i + 1 < Text.Length && Text[i + 1] == '\n') i++;
            if (Text[i] is '\n' or '\r') starts.Add(i + 1);
        }
        return starts;
    }

    /// <summary>The offset where the content of <paramref name="line"/> ends (before its line break).</summary>
    private int LineContentEnd(IReadOnlyList<int> starts, int line)
    {
        var end = line + 1 < starts.Count ? starts[line + 1] : Text.Length;
        if (end > starts[line] && line + 1 < starts.Count)
        {
            end--;
            if (Text[end] == '\n' && end > starts[line] && Text[end - 1] == '\r') end--;
        }
        return end;
    }

    public (int Line, int Character) PositionAt(int offset)
    {
        var starts = LineStarts();
        var line = 0;
        while (line + 1 < starts.Count && starts[line + 1] <= offset) line++;
        var prefix = Text.AsSpan(starts[line], offset - starts[line]);
        return (line, Encoding == "utf-8" ? System.Text.Encoding.UTF8.GetByteCount(prefix) : prefix.Length);
    }

    /// <summary>The offset of a position; a character past the line's end means the line's end, as the protocol says.</summary>
    public int OffsetAt(int line, int character)
    {
        var starts = LineStarts();
        if (line >= starts.Count) return Text.Length;
        var start = starts[line];
        var end = LineContentEnd(starts, line);
        if (Encoding != "utf-8") return Math.Min(start + character, end);
        var bytes = 0;
        for (var i = start; i < end; i++)
        {
            if (bytes >= character) return i;
            var width = char.IsHighSurrogate(Text[i]) && i + 1 < end ? 2 : 1;
            bytes += System.Text.Encoding.UTF8.GetByteCount(Text.AsSpan(i, width));
            i += width - 1;
        }
        return end;
    }

    public int OffsetAt(JsonElement position) => OffsetAt(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());

    public JsonObject RangeOf(int start, int end)
    {
        var (sl, sc) = PositionAt(start);
        var (el, ec) = PositionAt(end);
        return Lsp.Range(sl, sc, el, ec);
    }

    /// <summary>The range of the first occurrence of <paramref name="fragment"/>.</summary>
    public JsonObject RangeOf(string fragment)
    {
        var start = Text.IndexOf(fragment, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{fragment}' is not in the document");
        return RangeOf(start, start + fragment.Length);
    }

    /// <summary>The text a protocol range covers.</summary>
    public string Slice(JsonElement range)
    {
        var start = OffsetAt(range.GetProperty("start"));
        return Text[start..OffsetAt(range.GetProperty("end"))];
    }

    /// <summary>Replaces the range with new text (one content change, or one TextEdit).</summary>
    public void Apply(int start, int end, string newText) => Text = string.Concat(Text.AsSpan(0, start), newText, Text.AsSpan(end));

    /// <summary>Applies TextEdits that all refer to the text before any of them, as the protocol defines an edit list.</summary>
    public void ApplyEdits(IEnumerable<JsonElement> edits)
    {
        var resolved = edits
            .Select(e => (Start: OffsetAt(e.GetProperty("range").GetProperty("start")), End: OffsetAt(e.GetProperty("range").GetProperty("end")), Text: e.GetProperty("newText").GetString()!))
            .Select((e, i) => (e.Start, e.End, e.Text, Index: i))
            .OrderByDescending(e => e.Start).ThenByDescending(e => e.Index)
            .ToList();
        var builder = new StringBuilder(Text);
        foreach (var edit in resolved)
        {
            builder.Remove(edit.Start, edit.End - edit.Start);
            builder.Insert(edit.Start, edit.Text);
        }
        Text = builder.ToString();
    }

    /// <summary>The edits for <paramref name="uri"/> in a WorkspaceEdit, from <c>changes</c> or <c>documentChanges</c>.</summary>
    public static IReadOnlyList<JsonElement> EditsFor(JsonElement workspaceEdit, string uri)
    {
        var edits = new List<JsonElement>();
        if (workspaceEdit.TryGetProperty("changes", out var changes) && changes.TryGetProperty(uri, out var list))
            edits.AddRange(list.EnumerateArray());
        if (workspaceEdit.TryGetProperty("documentChanges", out var documentChanges))
            foreach (var change in documentChanges.EnumerateArray())
                if (change.TryGetProperty("textDocument", out var document) && document.GetProperty("uri").GetString() == uri)
                    edits.AddRange(change.GetProperty("edits").EnumerateArray());
        return edits;
    }
}
