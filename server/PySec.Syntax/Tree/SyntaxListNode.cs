using PySec.Syntax.Green;

namespace PySec.Syntax;

/// <summary>
/// The red counterpart of a <see cref="GreenList"/>. It is never exposed as a child: typed list views wrap it, and its
/// elements report the node owning the list as their parent.
/// </summary>
internal sealed class SyntaxListNode : SyntaxNode
{
    // Below this size, summing widths is cheaper than keeping an offset table.
    private const int OffsetTableThreshold = 8;

    private SyntaxNode?[]? _elements;
    private int[]? _offsets;

    /// <param name="slot">The list's slot in its parent, or -1 for a root list.</param>
    internal SyntaxListNode(GreenNode green, SyntaxNode? parent, int position, int slot) : base(green, parent, position)
    {
        FirstChildIndex = parent is null || slot < 0 ? 0 : parent.ChildIndexOfSlot(slot);
    }

    public int Count => Green.SlotCount;

    /// <summary>Index of the list's first element among the parent's <see cref="SyntaxNode.ChildNodesAndTokens"/>.</summary>
    public int FirstChildIndex { get; }

    public int GetChildPosition(int index)
    {
        if (Count <= OffsetTableThreshold) return Position + Green.GetSlotOffset(index);
        var offsets = Volatile.Read(ref _offsets);
        if (offsets is null)
        {
            offsets = new int[Count];
            var offset = 0;
            for (var i = 0; i < Count; i++)
            {
                offsets[i] = offset;
                offset += Green.GetSlot(i)?.FullWidth ?? 0;
            }
            offsets = Interlocked.CompareExchange(ref _offsets, offsets, null) ?? offsets;
        }
        return Position + offsets[index];
    }

    /// <summary>The index of the element or separator whose full span contains <paramref name="position"/> (inside the list).</summary>
    public int IndexOfChildContaining(int position)
    {
        var relative = position - Position;
        if (Count <= OffsetTableThreshold)
        {
            var offset = 0;
            for (var i = 0; i < Count; i++)
            {
                offset += Green.GetSlot(i)!.FullWidth;
                if (relative < offset) return i;
            }
            return Count - 1;
        }
        GetChildPosition(0);
        var offsets = _offsets!;
        // The last child starting at or before the position; zero-width children share their successor's offset,
        // so the search lands on the child that actually covers the position.
        int low = 0, high = Count - 1;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (offsets[middle] <= relative) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    internal override SyntaxNode? GetNodeSlot(int index)
    {
        var green = Green.GetSlot(index);
        if (green is null || green.IsToken) return null;
        var elements = Volatile.Read(ref _elements);
        if (elements is null)
        {
            elements = new SyntaxNode?[Count];
            elements = Interlocked.CompareExchange(ref _elements, elements, null) ?? elements;
        }
        var red = Volatile.Read(ref elements[index]);
        if (red is not null) return red;
        var created = CreateRed(green, Parent, GetChildPosition(index));
        return Interlocked.CompareExchange(ref elements[index], created, null) ?? created;
    }

    /// <summary>The token at <paramref name="index"/>, owned by the list's parent; default if that slot is a node.</summary>
    public SyntaxToken GetTokenAt(int index) =>
        Green.GetSlot(index) is GreenToken token
            ? new SyntaxToken(Parent, token, GetChildPosition(index), FirstChildIndex + index)
            : default;

    public SyntaxNodeOrToken GetChild(int index)
    {
        var green = Green.GetSlot(index);
        return green is { IsToken: true } ? GetTokenAt(index) : GetNodeSlot(index)!;
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.DefaultVisit(this);
    public override TResult? Accept<TResult>(SyntaxVisitor<TResult> visitor) where TResult : default => visitor.DefaultVisit(this);
}
