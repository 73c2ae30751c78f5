using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using PySec.Syntax.Green;

namespace PySec.Syntax;

/// <summary>
/// An indented, one-line-per-node-or-token dump of a tree, for the CLI and snapshot tests:
/// <code>
/// Module [0..12)
///   ExpressionStatement [0..12)
///     NameExpression [0..1)
///       Identifier "f" [0..1)
///         trailing: Whitespace " "
/// </code>
/// Spans exclude the outer trivia (see <see cref="SyntaxNode.Span"/>); missing tokens print as <c>&lt;missing&gt;</c>.
/// List fields are transparent, as in <see cref="SyntaxNode.ChildNodesAndTokens"/>.
/// </summary>
public static class SyntaxTreePrinter
{
    /// <summary>
    /// Indentation stops growing at this depth, so the dump of a very deep tree stays linear in size;
    /// deeper lines carry their depth in parentheses instead.
    /// </summary>
    public const int MaxIndentDepth = 64;

    public static string Print(SyntaxNode node, bool includeTrivia = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        var lines = CollectLines(node);
        var builder = new StringBuilder(lines.Count * 32);
        foreach (var line in lines) WriteLine(builder, line, includeTrivia);
        return builder.ToString();
    }

    private struct Line(int depth, GreenNode green, int position)
    {
        public readonly int Depth = depth;
        public readonly GreenNode Green = green;
        public readonly int Position = position;
        public int SpanStart = -1;
        public int SpanEnd = -1;
    }

    /// <param name="Exiting">For the frame that closes a node: the index of its line; otherwise -1.</param>
    private readonly record struct Frame(GreenNode Green, int Position, int Depth, int Exiting);

    /// <summary>
    /// Walks the green tree once with an explicit stack. Node spans are filled in as the walk leaves each node,
    /// from the first and last child with any width, which is what <see cref="SyntaxNode.Span"/> computes.
    /// </summary>
    private static List<Line> CollectLines(SyntaxNode root)
    {
        var lines = new List<Line>();
        var open = new Stack<int>();
        var stack = new Stack<Frame>();
        stack.Push(new Frame(root.Green, root.Position, 0, -1));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            var all = CollectionsMarshal.AsSpan(lines);
            if (frame.Exiting >= 0)
            {
                open.Pop();
                ref var finished = ref all[frame.Exiting];
                if (finished.SpanStart < 0) finished.SpanStart = finished.SpanEnd = finished.Position;
                else if (open.TryPeek(out var parent)) Extend(ref all[parent], finished.SpanStart, finished.SpanEnd);
                continue;
            }

            var green = frame.Green;
            if (green is GreenToken token)
            {
                var start = frame.Position + token.LeadingTriviaWidth;
                lines.Add(new Line(frame.Depth, token, frame.Position) { SpanStart = start, SpanEnd = start + token.Width });
                if (token.FullWidth > 0 && open.TryPeek(out var owner))
                    Extend(ref CollectionsMarshal.AsSpan(lines)[owner], start, start + token.Width);
                continue;
            }

            var childDepth = frame.Depth;
            if (!green.IsList)
            {
                lines.Add(new Line(frame.Depth, green, frame.Position));
                open.Push(lines.Count - 1);
                stack.Push(new Frame(green, frame.Position, frame.Depth, lines.Count - 1));
                childDepth++;
            }
            var offset = green.FullWidth;
            for (var i = green.SlotCount - 1; i >= 0; i--)
            {
                var child = green.GetSlot(i);
                if (child is null) continue;
                offset -= child.FullWidth;
                stack.Push(new Frame(child, frame.Position + offset, childDepth, -1));
            }
        }
        return lines;
    }

    // Zero-width children never reach here for a node with width, and a zero-width node keeps an empty span
    // at its position, exactly as SyntaxNode.Span.
    private static void Extend(ref Line line, int start, int end)
    {
        if (line.Green.FullWidth == 0) return;
        if (line.SpanStart < 0) line.SpanStart = start;
        line.SpanEnd = end;
    }

    private static void WriteLine(StringBuilder builder, Line line, bool includeTrivia)
    {
        Indent(builder, line.Depth);
        builder.Append(line.Green.Kind.ToString());
        if (line.Green is GreenToken token)
        {
            if (token.IsMissing) builder.Append(" <missing>");
            else AppendQuoted(builder.Append(' '), token.Text);
        }
        builder.Append(" [").Append(line.SpanStart).Append("..").Append(line.SpanEnd).Append(")\n");

        if (includeTrivia && line.Green is GreenToken withTrivia)
        {
            WriteTrivia(builder, line.Depth + 1, "leading", withTrivia.LeadingTrivia);
            WriteTrivia(builder, line.Depth + 1, "trailing", withTrivia.TrailingTrivia);
        }
    }

    private static void WriteTrivia(StringBuilder builder, int depth, string label, IReadOnlyList<GreenTrivia> trivia)
    {
        if (trivia.Count == 0) return;
        Indent(builder, depth);
        builder.Append(label).Append(':');
        for (var i = 0; i < trivia.Count; i++)
        {
            builder.Append(i == 0 ? " " : ", ").Append(TriviaName(trivia[i].Kind)).Append(' ');
            AppendQuoted(builder, trivia[i].Text);
        }
        builder.Append('\n');
    }

    private static string TriviaName(SyntaxKind kind)
    {
        var name = kind.ToString();
        return name.EndsWith("Trivia", StringComparison.Ordinal) ? name[..^"Trivia".Length] : name;
    }

    private static void Indent(StringBuilder builder, int depth)
    {
        builder.Append(' ', Math.Min(depth, MaxIndentDepth) * 2);
        if (depth > MaxIndentDepth) builder.Append('(').Append(depth).Append(") ");
    }

    /// <summary>Quotes text with C-style escapes so that line breaks, tabs and invisible characters show.</summary>
    internal static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\f': builder.Append("\\f"); break;
                case '\v': builder.Append("\\v"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    var lonelySurrogate = char.IsHighSurrogate(c)
                        ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                        : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' || lonelySurrogate)
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
