namespace PySec.Syntax.Lexing;

/// <summary>
/// 1-based line numbers for the few diagnostics whose CPython wording mentions a line. Built on first use only,
/// so error-free sources never pay for it.
/// </summary>
internal sealed class LineNumbers(string text)
{
    private int[]? _lineStarts;

    public int LineOf(int position)
    {
        var starts = _lineStarts ??= Build(text);
        var index = Array.BinarySearch(starts, position);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static int[] Build(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }
}
