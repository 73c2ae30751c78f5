using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// Collects the trivia of one side of a token. When the side holds exactly one shared trivia, or a line feed and a
/// shared run of spaces, a shared array is reused instead of allocating.
/// </summary>
internal sealed class TriviaBuilder
{
    private GreenTrivia[] _items = new GreenTrivia[8];
    private GreenTrivia[]? _singleton;

    public int Count { get; private set; }

    public GreenTrivia this[int index] => _items[index];

    public void Add(GreenTrivia trivia, GreenTrivia[]? singleton = null)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = trivia;
        _singleton = Count == 1 ? singleton : null;
    }

    /// <summary>The collected trivia (null when none); the builder is empty afterwards.</summary>
    public GreenTrivia[]? Take()
    {
        GreenTrivia[]? result;
        if (Count == 0) result = null;
        else if (Count == 1 && _singleton is not null) result = _singleton;
        else if (Count == 2 && ReferenceEquals(_items[0], SharedTrivia.LineFeed) && SharedTrivia.SpacesOf(_items[1].Width, out _) is { } spaces
                 && ReferenceEquals(spaces, _items[1]))
            result = SharedTrivia.LineFeedThenSpaces(_items[1].Width);
        else result = _items.AsSpan(0, Count).ToArray();
        Clear();
        return result;
    }

    /// <summary>The first <paramref name="count"/> items; the builder keeps nothing.</summary>
    public GreenTrivia[]? TakePrefix(int count)
    {
        var result = count == 0 ? null : _items.AsSpan(0, count).ToArray();
        Clear();
        return result;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
        _singleton = null;
    }
}
