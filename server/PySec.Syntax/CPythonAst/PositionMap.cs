using System.Text;

namespace PySec.Syntax.CPythonAst;

/// <summary>
/// Converts UTF-16 offsets to CPython positions: 1-based line numbers and columns counted in UTF-8
/// bytes from the start of the line. Line breaks are \n, \r\n and a lone \r (CPython translates all
/// three to \n before tokenizing). A byte order mark at the start of the text is not counted.
/// </summary>
internal sealed class PositionMap
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];
    private readonly List<bool> _lineIsAscii = [];

    public PositionMap(string text)
    {
        _text = text;
        if (text.Length > 0 && text[0] == '\uFEFF') _lineStarts[0] = 1;
        var ascii = true;
        for (var i = _lineStarts[0]; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                _lineIsAscii.Add(ascii);
                _lineStarts.Add(i + 1);
                ascii = true;
            }
            else if (c > 0x7F)
            {
                ascii = false;
            }
        }
        _lineIsAscii.Add(ascii);
    }

    public AstPosition Position(int start, int end)
    {
        var (line, column) = LineAndColumn(start);
        var (endLine, endColumn) = LineAndColumn(Math.Max(start, end));
        return new AstPosition(line, column, endLine, endColumn);
    }

    public (int Line, int Column) LineAndColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        if (index < 0) index = 0;
        var lineStart = _lineStarts[index];
        if (offset < lineStart) return (index + 1, 0);
        var column = _lineIsAscii[index] ? offset - lineStart : Encoding.UTF8.GetByteCount(_text.AsSpan(lineStart, offset - lineStart));
        return (index + 1, column);
    }
}
