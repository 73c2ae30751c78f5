using System.Collections;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>The tokens of a list&lt;token&gt; field (e.g. the dots of <c>from ..mod import x</c>).</summary>
public readonly struct SyntaxTokenList : IReadOnlyList<SyntaxToken>
{
    private readonly SyntaxListNode? _list;

    internal SyntaxTokenList(SyntaxNode? list) => _list = (SyntaxListNode?)list;

    public int Count => _list?.Count ?? 0;

    /// <summary>The span of the whole list; null when it is empty.</summary>
    public TextSpan? FullSpan => _list?.FullSpan;

    public SyntaxToken this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _list!.GetTokenAt(index);
        }
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<SyntaxToken> IEnumerable<SyntaxToken>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<SyntaxToken>
    {
        private readonly SyntaxTokenList _list;
        private int _index;

        internal Enumerator(SyntaxTokenList list)
        {
            _list = list;
            _index = -1;
        }

        public SyntaxToken Current => _list[_index];
        object IEnumerator.Current => Current;
        public bool MoveNext() => ++_index < _list.Count;
        public void Reset() => _index = -1;
        public void Dispose() { }
    }
}
