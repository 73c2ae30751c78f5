using PySec.LanguageServer.Protocol;
using PySec.Text;

namespace PySec.LanguageServer.Documents;

/// <summary>
/// The one place that converts LSP positions to text offsets and back, in the negotiated encoding (UTF-16 by
/// default, UTF-8 when the client offered it). Out-of-range positions are clamped as the specification says: a
/// character past the line's end means the end of the line, a line past the end means the end of the text.
/// </summary>
public sealed class PositionMapper(ColumnUnit unit)
{
    public static readonly PositionMapper Utf16 = new(ColumnUnit.Utf16);
    public static readonly PositionMapper Utf8 = new(ColumnUnit.Utf8);

    public ColumnUnit Unit { get; } = unit;

    public string EncodingName => Unit == ColumnUnit.Utf8 ? PositionEncodingKind.Utf8 : PositionEncodingKind.Utf16;

    public int ToOffset(LineMap lines, int textLength, Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= lines.LineCount) return textLength;
        return lines.GetOffset(new LinePosition(position.Line, Math.Max(0, position.Character)), Unit);
    }

    public TextSpan ToSpan(LineMap lines, int textLength, Protocol.Range range)
    {
        var start = ToOffset(lines, textLength, range.Start);
        var end = ToOffset(lines, textLength, range.End);
        // A reversed range is a client bug; treat it as the range between the two points.
        return start <= end ? TextSpan.FromBounds(start, end) : TextSpan.FromBounds(end, start);
    }

    public Position ToPosition(LineMap lines, int offset)
    {
        var position = lines.GetLinePosition(offset, Unit);
        return new Position(position.Line, position.Character);
    }

    public Protocol.Range ToRange(LineMap lines, TextSpan span) => new(ToPosition(lines, span.Start), ToPosition(lines, span.End));

    public int ToOffset(DocumentSnapshot document, Position position) => ToOffset(document.Lines, document.Text.Length, position);

    public Protocol.Range ToRange(DocumentSnapshot document, TextSpan span) => ToRange(document.Lines, span);
}
