using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// Interns name, number and short string texts for one lexing run, keyed by the characters of the source span, so a name that
/// occurs a thousand times is allocated once. Each entry also keeps its token without trivia and its token followed
/// in the common trivia shapes, so those occurrences share one token object.
/// </summary>
internal sealed class IdentifierTable
{
    internal sealed class Entry(string text)
    {
        public readonly string Text = text;
        /// <summary>Tokens of this text by trivia shape (see <see cref="TokenVariants"/>), filled on demand.</summary>
        public GreenToken?[]? Variants;
    }

    private Entry?[] _slots;
    private int _count;

    /// <param name="expectedCount">A guess at the number of distinct texts, to avoid both rehashing and waste.</param>
    public IdentifierTable(int expectedCount)
    {
        var capacity = 32;
        while (capacity < expectedCount * 2 && capacity < 1 << 16) capacity *= 2;
        _slots = new Entry?[capacity];
    }

    public Entry Intern(ReadOnlySpan<char> chars)
    {
        var mask = _slots.Length - 1;
        var index = Hash(chars) & mask;
        while (true)
        {
            var existing = _slots[index];
            if (existing is null) break;
            if (existing.Text.AsSpan().SequenceEqual(chars)) return existing;
            index = (index + 1) & mask;
        }
        var entry = new Entry(chars.ToString());
        _slots[index] = entry;
        if (++_count * 2 > _slots.Length) Grow();
        return entry;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Entry?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry is null) continue;
            var index = Hash(entry.Text) & mask;
            while (_slots[index] is not null) index = (index + 1) & mask;
            _slots[index] = entry;
        }
    }

    // FNV-1a: names are short, so a simple per-char hash beats anything vectorised.
    private static int Hash(ReadOnlySpan<char> chars)
    {
        var hash = 2166136261u;
        foreach (var c in chars) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }
}
