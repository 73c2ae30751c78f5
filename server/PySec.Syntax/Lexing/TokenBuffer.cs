using System.Buffers;
using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// Collects tokens in pooled chunks and copies them once into an exactly sized array, so a large file does not
/// allocate a growing (or over-estimated) list on top of the result.
/// </summary>
internal sealed class TokenBuffer
{
    private const int ChunkSize = 8192;
    private readonly List<GreenToken[]> _full = [];
    private GreenToken[] _current = ArrayPool<GreenToken>.Shared.Rent(ChunkSize);
    private int _currentCount;

    public int Count => _full.Count * ChunkSize + _currentCount;

    /// <summary>The most recently added token; only valid when <see cref="Count"/> is not zero.</summary>
    public GreenToken Last => _currentCount > 0 ? _current[_currentCount - 1] : _full[^1][ChunkSize - 1];

    public void Add(GreenToken token)
    {
        if (_currentCount == ChunkSize)
        {
            _full.Add(_current);
            _current = ArrayPool<GreenToken>.Shared.Rent(ChunkSize);
            _currentCount = 0;
        }
        _current[_currentCount++] = token;
    }

    /// <summary>The tokens in order; the buffer returns its chunks to the pool and must not be used afterwards.</summary>
    public GreenToken[] ToArrayAndRelease()
    {
        var result = new GreenToken[Count];
        var offset = 0;
        foreach (var chunk in _full)
        {
            Array.Copy(chunk, 0, result, offset, ChunkSize);
            offset += ChunkSize;
            ArrayPool<GreenToken>.Shared.Return(chunk, clearArray: true);
        }
        Array.Copy(_current, 0, result, offset, _currentCount);
        ArrayPool<GreenToken>.Shared.Return(_current, clearArray: true);
        _full.Clear();
        _currentCount = 0;
        return result;
    }
}
