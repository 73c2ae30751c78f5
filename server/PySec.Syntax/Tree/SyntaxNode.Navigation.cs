using PySec.Syntax.Green;

namespace PySec.Syntax;

// Traversal. Every walk below keeps its own stack, so trees thousands of levels deep
// (long operator chains) are enumerated without recursion.
public abstract partial class SyntaxNode
{
    /// <summary>Direct children in source order. List fields are flattened: their elements and separators appear here.</summary>
    public ChildSyntaxList ChildNodesAndTokens() => new(this);

    /// <summary>
    /// The red node of green slot <paramref name="slot"/>, or of element <paramref name="listIndex"/> when that slot
    /// is a list: direct access for walkers that follow the green tree and need a red node only now and then.
    /// </summary>
    public SyntaxNode? ChildNodeAtSlot(int slot, int listIndex = -1)
    {
        var red = GetNodeSlot(slot);
        if (red is SyntaxListNode list) return listIndex >= 0 && listIndex < list.Count ? list.GetChild(listIndex).AsNode() : null;
        return red;
    }

    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in ChildNodesAndTokens())
            if (child.AsNode() is { } node) yield return node;
    }

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    public IEnumerable<SyntaxNode> AncestorsAndSelf()
    {
        for (var node = this; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>The nearest node of type <typeparamref name="TNode"/>, starting with this one, that satisfies the predicate.</summary>
    public TNode? FirstAncestorOrSelf<TNode>(Func<TNode, bool>? predicate = null) where TNode : SyntaxNode
    {
        for (var node = this; node is not null; node = node.Parent)
            if (node is TNode match && (predicate is null || predicate(match))) return match;
        return null;
    }

    /// <summary>
    /// All nodes and tokens below this node, depth-first in source order (this node excluded).
    /// <paramref name="descendIntoChildren"/> decides, for this node and each descendant node, whether its children are visited.
    /// </summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(Func<SyntaxNode, bool>? descendIntoChildren = null)
    {
        if (descendIntoChildren is not null && !descendIntoChildren(this)) yield break;
        // One frame per open node, advanced in place: no enumerator objects per node.
        var frames = new List<ChildCursor> { new(this) };
        while (frames.Count > 0)
        {
            var top = frames.Count - 1;
            var cursor = frames[top];
            var moved = cursor.MoveNext(out var child);
            frames[top] = cursor;
            if (!moved)
            {
                frames.RemoveAt(top);
                continue;
            }
            yield return child;
            if (child.AsNode() is { } node && (descendIntoChildren is null || descendIntoChildren(node)))
                frames.Add(new ChildCursor(node));
        }
    }

    public IEnumerable<SyntaxNode> DescendantNodes(Func<SyntaxNode, bool>? descendIntoChildren = null)
    {
        foreach (var item in DescendantNodesAndTokens(descendIntoChildren))
            if (item.AsNode() is { } node) yield return node;
    }

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf(Func<SyntaxNode, bool>? descendIntoChildren = null)
    {
        yield return this;
        foreach (var node in DescendantNodes(descendIntoChildren)) yield return node;
    }

    public IEnumerable<SyntaxToken> DescendantTokens(Func<SyntaxNode, bool>? descendIntoChildren = null)
    {
        foreach (var item in DescendantNodesAndTokens(descendIntoChildren))
            if (item.IsToken) yield return item.AsToken();
    }

    /// <summary>
    /// The first token of the subtree, or null if it has none. Unless <paramref name="includeZeroWidth"/>, tokens without
    /// text (missing tokens, INDENT, DEDENT, end of file, the implicit final NEWLINE) are skipped, as Roslyn does.
    /// </summary>
    public SyntaxToken? GetFirstToken(bool includeZeroWidth = false)
    {
        foreach (var token in DescendantTokens())
            if (includeZeroWidth || token.Width > 0) return token;
        return null;
    }

    /// <summary>The last token of the subtree, or null; zero-width tokens are skipped as in <see cref="GetFirstToken"/>.</summary>
    public SyntaxToken? GetLastToken(bool includeZeroWidth = false)
    {
        // The mirror image of DescendantNodesAndTokens: children are enumerated from the end.
        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(ReverseChildren().GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                top.Dispose();
                stack.Pop();
                continue;
            }
            var child = top.Current;
            if (child.IsToken)
            {
                if (includeZeroWidth || child.AsToken().Width > 0) return child.AsToken();
            }
            else if (child.AsNode() is { } node && (includeZeroWidth || node.Green.FullWidth > 0))
            {
                stack.Push(node.ReverseChildren().GetEnumerator());
            }
        }
        return null;
    }

    /// <summary>
    /// The token whose full span (trivia included) contains <paramref name="position"/>. At the end of the node,
    /// its last token, zero-width ones included (the end-of-file token for a module).
    /// </summary>
    public SyntaxToken FindToken(int position)
    {
        if (position < Position || position > EndPosition)
            throw new ArgumentOutOfRangeException(nameof(position), $"{position} is outside {FullSpan}");
        if (position == EndPosition) return GetLastToken(includeZeroWidth: true) ?? default;

        var node = this;
        while (true)
        {
            var child = node.ChildContaining(position);
            if (child.IsToken) return child.AsToken();
            if (child.AsNode() is not { } next) return default;
            node = next;
        }
    }

    /// <summary>The child whose full span contains <paramref name="position"/>, which must lie inside this node's full span.</summary>
    private SyntaxNodeOrToken ChildContaining(int position)
    {
        if (this is SyntaxListNode rootList) return rootList.GetChild(rootList.IndexOfChildContaining(position));
        var offset = Position;
        for (var slot = 0; slot < Green.SlotCount; slot++)
        {
            var green = Green.GetSlot(slot);
            if (green is null) continue;
            var end = offset + green.FullWidth;
            if (position < end)
            {
                if (green is GreenToken token) return new SyntaxToken(this, token, offset, ChildIndexOfSlot(slot));
                var red = GetNodeSlot(slot)!;
                if (red is SyntaxListNode list) return list.GetChild(list.IndexOfChildContaining(position));
                return red;
            }
            offset = end;
        }
        return default;
    }

    /// <summary>Direct children from last to first, list fields flattened.</summary>
    internal IEnumerable<SyntaxNodeOrToken> ReverseChildren()
    {
        if (this is SyntaxListNode rootList)
        {
            for (var i = rootList.Count - 1; i >= 0; i--) yield return rootList.GetChild(i);
            yield break;
        }

        for (var slot = Green.SlotCount - 1; slot >= 0; slot--)
        {
            var green = Green.GetSlot(slot);
            if (green is null) continue;
            if (green is GreenToken token)
            {
                yield return new SyntaxToken(this, token, Position + Green.GetSlotOffset(slot), ChildIndexOfSlot(slot));
            }
            else if (GetNodeSlot(slot) is SyntaxListNode list)
            {
                for (var i = list.Count - 1; i >= 0; i--) yield return list.GetChild(i);
            }
            else
            {
                yield return GetNodeSlot(slot)!;
            }
        }
    }
}
