using System.Text;

namespace PySec.Syntax.Generator;

/// <summary>Accumulates generated C# with consistent indentation and '\n' line ends, so output is byte-identical on every OS.</summary>
internal sealed class CodeBuilder
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeBuilder Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public CodeBuilder Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CodeBuilder Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeBuilder Summary(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return this;
        Line("/// <summary>");
        foreach (var line in lines) Line("/// " + EscapeXml(line));
        return Line("/// </summary>");
    }

    public override string ToString() => _text.ToString();

    private static string EscapeXml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
