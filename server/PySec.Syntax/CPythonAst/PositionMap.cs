using PySec.Text;

namespace PySec.Syntax.CPythonAst;

/// <summary>
/// Converts UTF-16 offsets to CPython positions: 1-based line numbers and columns in UTF-8 bytes from the
/// start of the line (the line map already hides a leading byte order mark, as CPython does).
/// </summary>
internal sealed class PositionMap(string text)
{
    private readonly LineMap _lines = LineMap.Create(text);

    public AstPosition Position(int start, int end)
    {
        var first = _lines.GetUtf8LinePosition(start);
        var last = _lines.GetUtf8LinePosition(Math.Max(start, end));
        return new AstPosition(first.Line + 1, first.Character, last.Line + 1, last.Character);
    }
}
