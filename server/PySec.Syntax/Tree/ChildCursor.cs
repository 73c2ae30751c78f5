using PySec.Syntax.Green;

namespace PySec.Syntax;

/// <summary>
/// Steps through a node's children in source order, flattening list slots, the way
/// <see cref="SyntaxNode.ChildNodesAndTokens"/> presents them. A mutable value so that a traversal can keep one per
/// open node without allocating.
/// </summary>
internal struct ChildCursor(SyntaxNode node)
{
    private readonly SyntaxNode _node = node;
    private int _slot;
    private int _position = node.Position;
    private int _childIndex;
    private SyntaxListNode? _list = node as SyntaxListNode;
    private int _listIndex;

    public bool MoveNext(out SyntaxNodeOrToken child)
    {
        while (true)
        {
            if (_list is not null)
            {
                if (_listIndex < _list.Count)
                {
                    child = _list.GetChild(_listIndex++);
                    return true;
                }
                // A root list has no enclosing node whose slots would continue.
                if (ReferenceEquals(_list, _node))
                {
                    child = default;
                    return false;
                }
                _childIndex += _list.Count;
                _position += _list.Green.FullWidth;
                _list = null;
                _slot++;
                continue;
            }

            var green = _node.Green;
            if (_slot >= green.SlotCount)
            {
                child = default;
                return false;
            }
            var slot = green.GetSlot(_slot);
            if (slot is null)
            {
                _slot++;
                continue;
            }
            if (slot is GreenToken token)
            {
                child = new SyntaxToken(_node, token, _position, _childIndex++);
            }
            else
            {
                var red = _node.GetNodeSlot(_slot)!;
                if (red is SyntaxListNode list)
                {
                    _list = list;
                    _listIndex = 0;
                    continue;
                }
                child = red;
                _childIndex++;
            }
            _position += slot.FullWidth;
            _slot++;
            return true;
        }
    }
}
