namespace PySec.Text;

/// <summary>
/// Converts between UTF-16 offsets and zero-based line positions, with columns in UTF-16 code units
/// (LSP) or UTF-8 bytes (CPython's col_offset).
/// </summary>
/// <remarks>
/// Line breaks are "\n", "\r\n" and "\r" only, because those are the ones CPython's tokenizer honours;
/// a form feed or U+2028 inside a line must not shift every later line number.
/// A U+FEFF at offset 0 is hidden from line 0's columns: editors do not show it and CPython strips it
/// before counting. All methods clamp out-of-range input instead of throwing.
/// </remarks>
public sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly int _hiddenPrefixLength;
    private Utf8OffsetIndex? _utf8Index;

    private LineMap(string text, int[] lineStarts)
    {
        _text = text;
        _lineStarts = lineStarts;
        _hiddenPrefixLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    public static LineMap Create(string text)
    {
        text ??= string.Empty;
        var starts = new List<int>(Math.Max(4, text.Length / 32)) { 0 };
        var span = text.AsSpan();
        var position = 0;
        while (true)
        {
            var found = span[position..].IndexOfAny('\r', '\n');
            if (found < 0) break;
            position += found;
            position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            starts.Add(position);
        }
        return new LineMap(text, [.. starts]);
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of <paramref name="line"/> (clamped to an existing line).</summary>
    public int GetLineStart(int line) => _lineStarts[ClampLine(line)];

    /// <summary>Offset just past the last character of <paramref name="line"/>, excluding its line break.</summary>
    public int GetLineEnd(int line)
    {
        var start = _lineStarts[ClampLine(line)];
        var end = GetLineEndIncludingBreak(line);
        if (end > start && _text[end - 1] == '\n') end--;
        if (end > start && _text[end - 1] == '\r') end--;
        return end;
    }

    /// <summary>Offset of the next line's start, or the text length for the last line.</summary>
    public int GetLineEndIncludingBreak(int line)
    {
        line = ClampLine(line);
        return line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
    }

    public TextSpan GetLineSpan(int line, bool includeLineBreak = false)
    {
        var start = GetLineStart(line);
        var end = includeLineBreak ? GetLineEndIncludingBreak(line) : GetLineEnd(line);
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The zero-based line holding <paramref name="offset"/>. O(log lines).</summary>
    public int GetLineIndex(int offset)
    {
        offset = ClampOffset(offset);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int offset, ColumnUnit unit = ColumnUnit.Utf16)
    {
        offset = ClampOffset(offset);
        var line = GetLineIndex(offset);
        var start = ColumnOrigin(line, offset);
        var character = unit == ColumnUnit.Utf8 && !IsAscii
            ? Utf8Index.CountBytes(start, offset)
            : offset - start;
        return new LinePosition(line, character);
    }

    /// <summary>The position with the column in UTF-8 bytes, as CPython's col_offset.</summary>
    public LinePosition GetUtf8LinePosition(int offset) => GetLinePosition(offset, ColumnUnit.Utf8);

    public LinePositionSpan GetLinePositionSpan(TextSpan span, ColumnUnit unit = ColumnUnit.Utf16) =>
        new(GetLinePosition(span.Start, unit), GetLinePosition(span.End, unit));

    /// <summary>
    /// The offset of a line position. A line past the end means the last line; a column past the end of
    /// the line means its end (before the line break); a UTF-8 column inside a multi-byte character means
    /// that character's start.
    /// </summary>
    public int GetOffset(LinePosition position, ColumnUnit unit = ColumnUnit.Utf16)
    {
        var line = ClampLine(position.Line);
        var lineEnd = GetLineEnd(line);
        var start = Math.Min(ColumnOrigin(line, lineEnd), lineEnd);
        var character = Math.Max(0, position.Character);
        if (unit == ColumnUnit.Utf16 || IsAscii) return (int)Math.Min((long)start + character, lineEnd);
        return Utf8Index.AdvanceByBytes(start, lineEnd, character);
    }

    private bool IsAscii => Utf8Index.IsAscii;

    private Utf8OffsetIndex Utf8Index => _utf8Index ??= new Utf8OffsetIndex(_text);

    /// <summary>Where column 0 of <paramref name="line"/> is: past a leading BOM on line 0.</summary>
    private int ColumnOrigin(int line, int offset)
    {
        var start = _lineStarts[line];
        return line == 0 && offset >= _hiddenPrefixLength ? start + _hiddenPrefixLength : start;
    }

    private int ClampLine(int line) => Math.Clamp(line, 0, _lineStarts.Length - 1);
    private int ClampOffset(int offset) => Math.Clamp(offset, 0, _text.Length);
}
