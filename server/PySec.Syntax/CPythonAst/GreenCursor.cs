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
    public int Start => Position + Green.LeadingTriviaWidth;

    /// <summary>End of the last token's text (before its trailing trivia).</summary>
    public int End => Position + Green.FullWidth - Green.TrailingTriviaWidth;

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
                // Pushed first to last, so the last child is looked at first.
                var offset = position;
                for (var i = 0; i < node.SlotCount; i++)
                {
                    var child = node.GetSlot(i);
                    if (child is null) continue;
                    if (child.FullWidth > 0) pending.Push((child, offset));
                    offset += child.FullWidth;
                }
            }
            return Start;
        }
    }
}
