using System.Collections;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>
/// The nodes of a separated&lt;T&gt; field and the separator tokens between them (a trailing separator is allowed).
/// Indexing and enumeration give the elements only; <see cref="GetSeparator"/> and <see cref="Separators"/> give
/// the separators, <see cref="GetWithSeparators"/> both in source order.
/// </summary>
public readonly struct SeparatedSyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    private readonly SyntaxListNode? _list;

    internal SeparatedSyntaxList(SyntaxNode? list) => _list = (SyntaxListNode?)list;

    private int SlotCount => _list?.Count ?? 0;

    public int Count => (SlotCount + 1) / 2;
    public int SeparatorCount => SlotCount / 2;
    public bool HasTrailingSeparator => SlotCount > 0 && SlotCount % 2 == 0;

    /// <summary>The span of the whole list, separators included; null when it is empty.</summary>
    public TextSpan? FullSpan => _list?.FullSpan;

    public TNode this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return (TNode)_list!.GetNodeSlot(index * 2)!;
        }
    }

    /// <summary>The separator after element <paramref name="index"/>.</summary>
    public SyntaxToken GetSeparator(int index)
    {
        if ((uint)index >= (uint)SeparatorCount) throw new ArgumentOutOfRangeException(nameof(index));
        return _list!.GetTokenAt(index * 2 + 1);
    }

    public IEnumerable<SyntaxToken> Separators
    {
        get
        {
            for (var i = 0; i < SeparatorCount; i++) yield return GetSeparator(i);
        }
    }

    public IEnumerable<SyntaxNodeOrToken> GetWithSeparators()
    {
        for (var i = 0; i < SlotCount; i++) yield return _list!.GetChild(i);
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<TNode> IEnumerable<TNode>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<TNode>
    {
        private readonly SeparatedSyntaxList<TNode> _list;
        private int _index;

        internal Enumerator(SeparatedSyntaxList<TNode> list)
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
