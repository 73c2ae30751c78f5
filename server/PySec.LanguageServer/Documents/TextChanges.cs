using System.Text;
using PySec.LanguageServer.Protocol;
using PySec.Text;

namespace PySec.LanguageServer.Documents;

/// <summary>Applies didChange content changes in order, each against the text the previous one produced.</summary>
public static class TextChanges
{
    public static string Apply(string text, IReadOnlyList<TextDocumentContentChangeEvent> changes, PositionMapper positions)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? "";
                continue;
            }
            var lines = LineMap.Create(text);
            var span = positions.ToSpan(lines, text.Length, change.Range);
            text = new StringBuilder(text.Length - span.Length + (change.Text?.Length ?? 0))
                .Append(text, 0, span.Start)
                .Append(change.Text)
                .Append(text, span.End, text.Length - span.End)
                .ToString();
        }
        return text;
    }
}
