using PySec.Syntax.Green;

namespace PySec.Syntax.CPythonAst;

/// <summary>
/// A green node together with its absolute position (the start of its leading trivia), so that the
/// lowering can read children by slot and compute spans without building the red tree.
/// Span computations are iterative: left-nested chains of any depth cannot overflow the stack.
/// </summary>
internal readonly struct GreenCursor(GreenNode green, int position)
{
    public GreenNode Green { get; } = green;
    public int Position { get; } = position;
    public SyntaxKind Kind => Green.Kind;
    public string Text => Green is GreenToken token ? token.Text : string.Empty;
    public bool IsMissing => Green.IsMissing;

    public GreenCursor? this[int slot]
    {
        get
        {
            if (slot >= Green.SlotCount) return null;
            var child = Green.GetSlot(slot);
            return child is null ? null : new GreenCursor(child, Position + Green.GetSlotOffset(slot));
        }
    }

    public SyntaxKind? KindOf(int slot) => slot < Green.SlotCount ? Green.GetSlot(slot)?.Kind : null;

    /// <summary>Children of a list slot; for a separated list only the elements (even indexes).</summary>
    public List<GreenCursor> Items(int slot, bool separated = false)
    {
        var result = new List<GreenCursor>();
        if (this[slot] is not { } list) return result;
        var offset = list.Position;
        for (var i = 0; i < list.Green.SlotCount; i++)
        {
            var child = list.Green.GetSlot(i);
            if (child is null) continue;
            if (!separated || i % 2 == 0) result.Add(new GreenCursor(child, offset));
            offset += child.FullWidth;
        }
        return result;
    }

    /// <summary>Start of the first token's text (after its leading trivia).</summary>
    public int Start
    {
        get
        {
            var node = Green;
            var position = Position;
            while (!node.IsToken)
            {
                GreenNode? next = null;
                for (var i = 0; i < node.SlotCount; i++)
                {
                    var child = node.GetSlot(i);
                    if (child is null || child.FullWidth == 0) continue;
                    next = child;
                    break;
                }
                if (next is null) return position;
                node = next;
            }
            return position + ((GreenToken)node).LeadingTriviaWidth;
        }
    }

    /// <summary>End of the last token's text (before its trailing trivia).</summary>
    public int End
    {
        get
        {
            var node = Green;
            var end = Position + Green.FullWidth;
            while (!node.IsToken)
            {
                GreenNode? next = null;
                for (var i = node.SlotCount - 1; i >= 0; i--)
                {
                    var child = node.GetSlot(i);
                    if (child is null || child.FullWidth == 0) continue;
                    next = child;
                    break;
                }
                if (next is null) return end;
                node = next;
            }
            return end - ((GreenToken)node).TrailingTriviaWidth;
        }
    }

    /// <summary>
    /// End of the last token that is not a line break, indent or dedent: where CPython ends a compound
    /// statement (a trailing ';' of its last simple statement included).
    /// </summary>
    public int EndOfLastCodeToken
    {
        get
        {
            var pending = new Stack<(GreenNode Node, int Position)>();
            pending.Push((Green, Position));
            while (pending.Count > 0)
            {
                var (node, position) = pending.Pop();
                if (node is GreenToken token)
                {
                    if (token.Width == 0 || token.Kind is SyntaxKind.NewLine or SyntaxKind.Indent or SyntaxKind.Dedent or SyntaxKind.EndOfFile)
                        continue;
                    return position + token.LeadingTriviaWidth + token.Width;
                }
                var offset = position;
                var children = new List<(GreenNode, int)>(node.SlotCount);
                for (var i = 0; i < node.SlotCount; i++)
                {
                    var child = node.GetSlot(i);
                    if (child is null) continue;
                    if (child.FullWidth > 0) children.Add((child, offset));
                    offset += child.FullWidth;
                }
                foreach (var child in children) pending.Push(child);
            }
            return Start;
        }
    }
}
