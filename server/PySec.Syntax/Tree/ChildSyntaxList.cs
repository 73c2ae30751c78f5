using System.Collections;

namespace PySec.Syntax;

/// <summary>
/// The direct children of a node in source order, list fields flattened. A value type whose enumerator does not
/// allocate, so walkers can visit every node cheaply.
/// </summary>
public readonly struct ChildSyntaxList : IEnumerable<SyntaxNodeOrToken>
{
    private readonly SyntaxNode _node;

    internal ChildSyntaxList(SyntaxNode node) => _node = node;

    /// <summary>Number of children; counted from the green tree without creating red nodes.</summary>
    public int Count
    {
        get
        {
            var green = _node.Green;
            if (green.IsList) return green.SlotCount;
            var count = 0;
            for (var i = 0; i < green.SlotCount; i++)
                if (green.GetSlot(i) is { } child) count += child.IsList ? child.SlotCount : 1;
            return count;
        }
    }

    public Enumerator GetEnumerator() => new(_node);
    IEnumerator<SyntaxNodeOrToken> IEnumerable<SyntaxNodeOrToken>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<SyntaxNodeOrToken>
    {
        private readonly SyntaxNode _node;
        private ChildCursor _cursor;
        private SyntaxNodeOrToken _current;

        internal Enumerator(SyntaxNode node)
        {
            _node = node;
            _cursor = new ChildCursor(node);
            _current = default;
        }

        public SyntaxNodeOrToken Current => _current;
        object IEnumerator.Current => _current;
        public bool MoveNext() => _cursor.MoveNext(out _current);

        public void Reset()
        {
            _cursor = new ChildCursor(_node);
            _current = default;
        }

        public void Dispose() { }
    }
}
