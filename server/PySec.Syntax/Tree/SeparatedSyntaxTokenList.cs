using System.Collections;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>
/// The tokens of a separated&lt;token&gt; field (e.g. the names of <c>global a, b</c> or the parts of a dotted name)
/// and the separators between them. Indexing and enumeration give the elements only.
/// </summary>
public readonly struct SeparatedSyntaxTokenList : IReadOnlyList<SyntaxToken>
{
    private readonly SyntaxListNode? _list;

    internal SeparatedSyntaxTokenList(SyntaxNode? list) => _list = (SyntaxListNode?)list;

    private int SlotCount => _list?.Count ?? 0;

    public int Count => (SlotCount + 1) / 2;
    public int SeparatorCount => SlotCount / 2;
    public bool HasTrailingSeparator => SlotCount > 0 && SlotCount % 2 == 0;

    /// <summary>The span of the whole list, separators included; null when it is empty.</summary>
    public TextSpan? FullSpan => _list?.FullSpan;

    public SyntaxToken this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _list!.GetTokenAt(index * 2);
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

    /// <summary>Elements and separators in source order.</summary>
    public IEnumerable<SyntaxToken> GetWithSeparators()
    {
        for (var i = 0; i < SlotCount; i++) yield return _list!.GetTokenAt(i);
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<SyntaxToken> IEnumerable<SyntaxToken>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<SyntaxToken>
    {
        private readonly SeparatedSyntaxTokenList _list;
        private int _index;

        internal Enumerator(SeparatedSyntaxTokenList list)
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
