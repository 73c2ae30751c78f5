using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using PySec.Syntax.Literals;

namespace PySec.Syntax.CPythonAst;

/// <summary>
/// Writes the CPython-shaped AST as JSON: the public format of <c>pysec parse --format ast-json</c>.
/// <para>
/// Every AST node is an object whose first key <c>"_type"</c> is CPython's class name (Module, FunctionDef,
/// Call, Name, Load, Add, ...), followed by CPython's fields in <c>_fields</c> order (lists as arrays,
/// absent optional children as null), followed, for classes that have them, by <c>lineno</c>,
/// <c>col_offset</c>, <c>end_lineno</c>, <c>end_col_offset</c> (lines 1-based; columns count UTF-8 bytes
/// from the start of the line, as CPython does; a leading byte order mark is not counted).
/// The shape is CPython 3.14's: function and class definitions have <c>type_params</c>, the Constant
/// <c>kind</c> field is "u" or null, <c>type_comment</c> is null and Module <c>type_ignores</c> is [].
/// </para>
/// <para>
/// Constant values: str as a JSON string; int as a JSON integer of any size (exact decimal); bool as
/// true/false; None as null; float as a JSON number written like Python's repr (1.0, 1e+16, 1e-05, 0.1),
/// except infinities and NaN, written {"_float": "inf"}; complex as {"_complex": "2j"} (Python's repr);
/// bytes as {"_bytes": "..."} holding one character U+0000..U+00FF per byte; Ellipsis as {"_type": "Ellipsis"}.
/// </para>
/// <para>
/// Source with syntax errors still gives a tree: a part the parser could not recognise becomes
/// {"_type": "Error"} with a position (CPython has no such class; it would reject the file).
/// </para>
/// <para>
/// Compact output is byte-identical to Python's <c>json.dumps(obj, ensure_ascii=True, separators=(",", ":"))</c>
/// of the same structure; indented output matches <c>json.dumps(obj, indent=2)</c>. Writing is iterative,
/// so arbitrarily deep trees cannot overflow the stack.
/// </para>
/// </summary>
public static class CPythonAstJson
{
    private static readonly string[] PositionKeys = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

    /// <summary>The CPython-shaped AST of a parsed file, as JSON.</summary>
    public static string ToJson(SyntaxTree tree, bool indented) => ToJson(CPythonAstLowering.Lower(tree), indented);

    public static void Write(SyntaxTree tree, TextWriter writer, bool indented) =>
        Write(CPythonAstLowering.Lower(tree), writer, indented);

    public static string ToJson(AstNode root, bool indented)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(root, writer, indented);
        return writer.ToString();
    }

    public static void Write(AstNode root, TextWriter writer, bool indented)
    {
        var stack = new Stack<Frame>();
        var depth = 0;
        writer.Write('{');
        stack.Push(new Frame(root, null));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (!frame.TryNext(out var key, out var value))
            {
                stack.Pop();
                if (frame.Count > 0 && indented) NewLine(writer, depth);
                writer.Write(frame.Node is null ? ']' : '}');
                depth--;
                continue;
            }
            if (frame.Index > 1) writer.Write(',');
            if (indented) NewLine(writer, depth + 1);
            if (key is not null)
            {
                WriteString(writer, key);
                writer.Write(indented ? ": " : ":");
            }
            switch (value)
            {
                case AstNode node:
                    writer.Write('{');
                    stack.Push(new Frame(node, null));
                    depth++;
                    break;
                case IList { Count: > 0 } list:
                    writer.Write('[');
                    stack.Push(new Frame(null, list));
                    depth++;
                    break;
                default:
                    WriteScalar(writer, value, indented ? depth + 1 : -1);
                    break;
            }
        }
        if (depth != -1) throw new InvalidOperationException("unbalanced JSON frames");
    }

    /// <summary>The JSON of one field value that is not a node (a constant, a name, an empty list).</summary>
    internal static string ScalarToJson(object? value)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteScalar(writer, value, -1);
        return writer.ToString();
    }

    private static void NewLine(TextWriter writer, int depth)
    {
        writer.Write('\n');
        for (var i = 0; i < depth; i++) writer.Write("  ");
    }

    /// <param name="depth">Indentation depth of the value's line when indented, -1 for compact output.</param>
    private static void WriteScalar(TextWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null: writer.Write("null"); break;
            case bool b: writer.Write(b ? "true" : "false"); break;
            case string s: WriteString(writer, s); break;
            case int i:
                Span<char> digits = stackalloc char[11];
                i.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
                writer.Write(digits[..length]);
                break;
            case BigInteger n: writer.Write(n.ToString(CultureInfo.InvariantCulture)); break;
            case double d when double.IsFinite(d): writer.Write(FloatRepr.Format(d)); break;
            case double d: WriteWrapped(writer, "_float", FloatRepr.Format(d), depth); break;
            case AstComplex c: WriteWrapped(writer, "_complex", FloatRepr.FormatImaginary(c.Imaginary), depth); break;
            case AstBytes bytes: WriteWrapped(writer, "_bytes", Latin1(bytes.Value), depth); break;
            case AstEllipsis: WriteWrapped(writer, "_type", "Ellipsis", depth); break;
            case IList { Count: 0 }: writer.Write("[]"); break;
            default: throw new InvalidOperationException($"unexpected AST value {value.GetType()}");
        }
    }

    /// <summary>A constant JSON cannot express, as a one-key object: {"_float": "inf"}, {"_type": "Ellipsis"}, ...</summary>
    private static void WriteWrapped(TextWriter writer, string key, string text, int depth)
    {
        writer.Write('{');
        if (depth >= 0) NewLine(writer, depth + 1);
        WriteString(writer, key);
        writer.Write(depth >= 0 ? ": " : ":");
        WriteString(writer, text);
        if (depth >= 0) NewLine(writer, depth);
        writer.Write('}');
    }

    private static string Latin1(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    /// <summary>JSON string with Python's ensure_ascii escaping: only printable ASCII is written as is.</summary>
    internal static void WriteString(TextWriter writer, string text)
    {
        writer.Write('"');
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var run = span.IndexOfAnyExceptInRange(' ', '~');
            // Quotes and backslashes are printable but escaped too; search only up to the next unprintable char.
            var quote = (run < 0 ? span : span[..run]).IndexOfAny('"', '\\');
            if (quote >= 0) run = quote;
            if (run < 0)
            {
                writer.Write(span);
                break;
            }
            writer.Write(span[..run]);
            WriteEscaped(writer, span[run]);
            span = span[(run + 1)..];
        }
        writer.Write('"');
    }

    private static void WriteEscaped(TextWriter writer, char c)
    {
        switch (c)
        {
            case '"': writer.Write("\\\""); break;
            case '\\': writer.Write("\\\\"); break;
            case '\n': writer.Write("\\n"); break;
            case '\r': writer.Write("\\r"); break;
            case '\t': writer.Write("\\t"); break;
            case '\b': writer.Write("\\b"); break;
            case '\f': writer.Write("\\f"); break;
            default:
                Span<char> hex = stackalloc char[6];
                hex[0] = '\\';
                hex[1] = 'u';
                ((int)c).TryFormat(hex[2..], out _, "x4", CultureInfo.InvariantCulture);
                writer.Write(hex);
                break;
        }
    }

    /// <summary>Walks the entries of one object (key, value) or array (null key, value).</summary>
    private sealed class Frame(AstNode? node, IList? list)
    {
        public AstNode? Node { get; } = node;
        public int Index { get; private set; }

        public int Count => Node is null
            ? list!.Count
            : 1 + Node.Fields.Count + (Node.Position is null ? 0 : PositionKeys.Length);

        public bool TryNext(out string? key, out object? value)
        {
            key = null;
            value = null;
            if (Index >= Count) return false;
            var i = Index++;
            if (Node is null)
            {
                value = list![i];
                return true;
            }
            if (i == 0)
            {
                key = "_type";
                value = Node.Type;
                return true;
            }
            i--;
            if (i < Node.Fields.Count)
            {
                (key, value) = (Node.Fields[i].Key, Node.Fields[i].Value);
                return true;
            }
            i -= Node.Fields.Count;
            var p = Node.Position!.Value;
            key = PositionKeys[i];
            value = i switch { 0 => p.Line, 1 => p.Column, 2 => p.EndLine, _ => p.EndColumn };
            return true;
        }
    }
}
