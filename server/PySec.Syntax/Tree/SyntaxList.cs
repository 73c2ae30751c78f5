using System.Collections;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>The nodes of a list&lt;T&gt; field. A value over the (possibly absent) list; elements are created on demand.</summary>
public readonly struct SyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    private readonly SyntaxListNode? _list;

    internal SyntaxList(SyntaxNode? list) => _list = (SyntaxListNode?)list;

    public int Count => _list?.Count ?? 0;

    /// <summary>The span of the whole list; null when it is empty.</summary>
    public TextSpan? FullSpan => _list?.FullSpan;

    public TNode this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return (TNode)_list!.GetNodeSlot(index)!;
        }
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<TNode> IEnumerable<TNode>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<TNode>
    {
        private readonly SyntaxList<TNode> _list;
        private int _index;

        internal Enumerator(SyntaxList<TNode> list)
        {
            _list = list;
            _index = -1;
        }

        public TNode Current => _list[_index];
        object IEnumerator.Current => Current;
        public bool MoveNext() => ++_index < _list.Count;
        public void Reset() => _index = -1;
        public void Dispose() { }
    }
}
