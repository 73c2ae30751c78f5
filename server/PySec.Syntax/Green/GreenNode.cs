using System.Text;

namespace PySec.Syntax.Green;

[Flags]
public enum GreenFlags : byte
{
    None = 0,
    /// <summary>Invented by the parser: zero width, stands for something the source lacks.</summary>
    IsMissing = 1,
    /// <summary>This node or a descendant is missing or holds skipped-token trivia.</summary>
    ContainsErrors = 2,
}

/// <summary>
/// The immutable, position-free, parent-free layer of the tree (Roslyn's green nodes).
/// A green node knows only its kind, its full width (trivia included) and its children by slot.
/// Green nodes may be shared between trees and between places in one tree.
/// </summary>
public abstract class GreenNode
{
    protected GreenNode(SyntaxKind kind) => Kind = kind;

    public SyntaxKind Kind { get; }
    public int FullWidth { get; protected init; }
    public GreenFlags Flags { get; protected init; }

    public bool IsMissing => (Flags & GreenFlags.IsMissing) != 0;
    public bool ContainsErrors => (Flags & GreenFlags.ContainsErrors) != 0;

    public virtual bool IsToken => false;
    public virtual bool IsList => false;
    public virtual int SlotCount => 0;
    public virtual GreenNode? GetSlot(int index) => null;

    /// <summary>Width of leading trivia of the first token (0 for a node without tokens).</summary>
    public virtual int LeadingTriviaWidth => EdgeToken(first: true)?.LeadingTriviaWidth ?? 0;

    /// <summary>Width of trailing trivia of the last token (0 for a node without tokens).</summary>
    public virtual int TrailingTriviaWidth => EdgeToken(first: false)?.TrailingTriviaWidth ?? 0;

    // Walks down iteratively: operator chains can be many thousands of levels deep.
    private GreenToken? EdgeToken(bool first)
    {
        var node = this;
        while (node is not GreenToken)
        {
            GreenNode? next = null;
            var count = node.SlotCount;
            for (var k = 0; k < count; k++)
            {
                var child = node.GetSlot(first ? k : count - 1 - k);
                if (child is not null && child.FullWidth > 0)
                {
                    next = child;
                    break;
                }
            }
            if (next is null) return null;
            node = next;
        }
        return (GreenToken)node;
    }

    /// <summary>Offset of slot <paramref name="index"/> relative to the start of this node.</summary>
    public int GetSlotOffset(int index)
    {
        var offset = 0;
        for (var i = 0; i < index; i++) offset += GetSlot(i)?.FullWidth ?? 0;
        return offset;
    }

    /// <summary>Writes the exact source text of this subtree. Iterative: deep trees cannot overflow the stack.</summary>
    public void WriteTo(StringBuilder builder)
    {
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is GreenToken token)
            {
                token.WriteTokenTo(builder);
                continue;
            }
            for (var i = node.SlotCount - 1; i >= 0; i--)
            {
                var child = node.GetSlot(i);
                if (child is not null) stack.Push(child);
            }
        }
    }

    public string ToFullString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    protected static GreenFlags InheritedFlags(GreenNode? child) =>
        child is null ? GreenFlags.None
        : (child.Flags & (GreenFlags.IsMissing | GreenFlags.ContainsErrors)) != 0 ? GreenFlags.ContainsErrors
        : GreenFlags.None;

    public override string ToString() => ToFullString();
}
