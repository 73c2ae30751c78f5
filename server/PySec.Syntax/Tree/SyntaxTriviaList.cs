using System.Collections;
using PySec.Syntax.Green;
using PySec.Text;

namespace PySec.Syntax;

/// <summary>The leading or trailing trivia of one token. A value type; enumerating it does not allocate.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxToken _token;
    private readonly GreenTrivia[]? _trivia;

    internal SyntaxTriviaList(SyntaxToken token, GreenTrivia[]? trivia, int position)
    {
        _token = token;
        _trivia = trivia;
        Position = position;
    }

    public int Position { get; }
    public int Count => _trivia?.Length ?? 0;

    public TextSpan Span
    {
        get
        {
            var width = 0;
            if (_trivia is not null)
                foreach (var t in _trivia) width += t.Width;
            return new TextSpan(Position, width);
        }
    }

    public SyntaxTrivia this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var position = Position;
            for (var i = 0; i < index; i++) position += _trivia![i].Width;
            return new SyntaxTrivia(_token, _trivia![index], position);
        }
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<SyntaxTrivia> IEnumerable<SyntaxTrivia>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString()
    {
        if (_trivia is null) return string.Empty;
        return string.Concat(_trivia.Select(t => t.Text));
    }

    public struct Enumerator : IEnumerator<SyntaxTrivia>
    {
        private readonly SyntaxTriviaList _list;
        private int _index;
        private int _nextPosition;

        internal Enumerator(SyntaxTriviaList list)
        {
            _list = list;
            _index = -1;
            _nextPosition = list.Position;
            Current = default;
        }

        public SyntaxTrivia Current { get; private set; }
        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_index + 1 >= _list.Count) return false;
            _index++;
            var green = _list._trivia![_index];
            Current = new SyntaxTrivia(_list._token, green, _nextPosition);
            _nextPosition += green.Width;
            return true;
        }

        public void Reset()
        {
            _index = -1;
            _nextPosition = _list.Position;
        }

        public void Dispose() { }
    }
}
