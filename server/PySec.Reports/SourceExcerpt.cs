using System.Text;
using PySec.Text;

namespace PySec.Reports;

/// <summary>
/// The source line of a location and the marker under its span, made safe and short for a terminal or a page:
/// tabs become spaces, control and bidirectional-override characters become U+FFFD (a Trojan-source line must
/// not reorder the report), and a long line is cut to a window around the span. A span running past its first
/// line is marked to that line's end.
/// </summary>
public sealed record SourceExcerpt(int LineNumber, string Text, int MarkerStart, int MarkerLength)
{
    private const int MaxWidth = 160;
    private const int ContextBefore = 60;
    private const string Cut = "...";

    public static SourceExcerpt Of(SourceText source, LinePositionSpan location)
    {
        var lines = source.Lines;
        var lineIndex = Math.Clamp(location.Start.Line, 0, lines.LineCount - 1);
        var lineStart = lines.GetLineStart(lineIndex);
        var raw = source.Text.AsSpan(lineStart, lines.GetLineEnd(lineIndex) - lineStart);
        var start = Math.Clamp(location.Start.Character, 0, raw.Length);
        var end = location.End.Line == location.Start.Line ? Math.Clamp(location.End.Character, start, raw.Length) : raw.Length;

        var from = 0;
        var to = raw.Length;
        if (raw.Length > MaxWidth)
        {
            from = Math.Max(0, start - ContextBefore);
            to = Math.Min(raw.Length, from + MaxWidth);
        }
        var text = new StringBuilder();
        if (from > 0) text.Append(Cut);
        int markerStart = -1, markerEnd = -1;
        for (var i = from; i <= to; i++)
        {
            if (i == start) markerStart = text.Length;
            if (i == end) markerEnd = text.Length;
            if (i == to) break;
            var c = raw[i];
            if (c == '\t') text.Append("    ");
            else if (char.IsControl(c) || IsBidiControl(c)) text.Append('\uFFFD');
            else text.Append(c);
        }
        if (markerStart < 0) markerStart = text.Length;
        if (markerEnd < 0) markerEnd = text.Length;
        if (to < raw.Length) text.Append(Cut);
        return new SourceExcerpt(lineIndex + 1, text.ToString(), markerStart, Math.Max(1, markerEnd - markerStart));
    }

    /// <summary>The marker line: spaces then carets under the span (at least one caret, for an empty span).</summary>
    public string Marker => new string(' ', MarkerStart) + new string('^', MarkerLength);

    private static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
