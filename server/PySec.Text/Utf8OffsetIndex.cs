using System.Text;

namespace PySec.Text;

/// <summary>
/// Counts UTF-8 bytes between UTF-16 offsets in O(block size) by keeping the running byte count at every
/// block boundary, so converting a node's position on a very long line stays cheap.
/// </summary>
/// <remarks>
/// A lone surrogate counts one byte: in decoded source it stands for one undecodable source byte
/// (see <see cref="SourceText"/>). A surrogate pair counts four bytes, all charged to the high surrogate,
/// so that a count ending between the two halves is still consistent.
/// </remarks>
internal sealed class Utf8OffsetIndex
{
    private const int BlockShift = 8;
    private readonly string _text;
    private readonly int[]? _blockStarts;

    public Utf8OffsetIndex(string text)
    {
        _text = text;
        IsAscii = Ascii.IsValid(text);
        if (IsAscii) return;
        var blocks = new int[(text.Length >> BlockShift) + 1];
        var total = 0;
        for (var block = 0; block < blocks.Length; block++)
        {
            blocks[block] = total;
            var start = block << BlockShift;
            var end = Math.Min(text.Length, start + (1 << BlockShift));
            total += CountRange(start, end);
        }
        _blockStarts = blocks;
    }

    public bool IsAscii { get; }

    /// <summary>UTF-8 bytes of text[start..end).</summary>
    public int CountBytes(int start, int end)
    {
        if (IsAscii) return end - start;
        if (end - start <= (2 << BlockShift)) return CountRange(start, end);
        return BytesBefore(end) - BytesBefore(start);
    }

    /// <summary>The offset reached by advancing at most <paramref name="bytes"/> UTF-8 bytes from start, not passing limit.</summary>
    public int AdvanceByBytes(int start, int limit, int bytes)
    {
        var offset = start;
        var remaining = bytes;
        while (offset < limit)
        {
            var weight = WeightAt(offset);
            if (weight > remaining) break;
            remaining -= weight;
            offset++;
        }
        return offset;
    }

    private int BytesBefore(int offset)
    {
        var block = offset >> BlockShift;
        return _blockStarts![block] + CountRange(block << BlockShift, offset);
    }

    private int CountRange(int start, int end)
    {
        var total = 0;
        for (var i = start; i < end; i++) total += WeightAt(i);
        return total;
    }

    private int WeightAt(int index)
    {
        var c = _text[index];
        if (c < 0x80) return 1;
        if (c < 0x800) return 2;
        if (char.IsHighSurrogate(c))
            return index + 1 < _text.Length && char.IsLowSurrogate(_text[index + 1]) ? 4 : 1;
        if (char.IsLowSurrogate(c))
            return index > 0 && char.IsHighSurrogate(_text[index - 1]) ? 0 : 1;
        return 3;
    }
}
