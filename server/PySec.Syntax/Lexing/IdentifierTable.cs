using System.Runtime.CompilerServices;
using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// Interns name, number and short string texts for one lexing run, keyed by the characters of the source span, so
/// a name that occurs a thousand times is allocated once. Each entry also keeps its tokens in the common trivia
/// shapes, so those occurrences share one token object. A table can be seeded with the keywords, so that one
/// lookup classifies a name and interns it.
/// </summary>
internal sealed class IdentifierTable
{
    internal sealed class Entry(string text, SyntaxKind kind)
    {
        public readonly string Text = text;
        /// <summary>Identifier (or Number/String), or the keyword kind for a seeded keyword.</summary>
        public readonly SyntaxKind Kind = kind;
        /// <summary>Tokens of this text in the shareable trivia shapes (see <see cref="TokenVariants"/>), filled on demand.</summary>
        public GreenToken[]? Variants;
    }

    private const uint HashSeed = 2166136261u;
    private const uint HashPrime = 16777619u;

    private Entry?[] _slots;
    private int _count;

    /// <param name="expectedCount">A guess at the number of distinct texts, to avoid both rehashing and waste.</param>
    public IdentifierTable(int expectedCount)
    {
        var capacity = 64;
        while (capacity < expectedCount * 2 && capacity < 1 << 16) capacity *= 2;
        _slots = new Entry?[capacity];
    }

    public static IdentifierTable WithKeywords(int expectedCount)
    {
        var table = new IdentifierTable(expectedCount + 40);
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            if (!SyntaxFacts.IsKeyword(kind)) continue;
            var text = SyntaxFacts.GetText(kind)!;
            table.Insert(new Entry(text, kind), Hash(text));
        }
        return table;
    }

    /// <summary>FNV-1a, exposed step by step so the scanner can hash a name while it scans it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStart() => HashSeed;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char c) => (hash ^ c) * HashPrime;

    public static uint Hash(ReadOnlySpan<char> chars)
    {
        var hash = HashSeed;
        foreach (var c in chars) hash = (hash ^ c) * HashPrime;
        return hash;
    }

    public Entry Intern(ReadOnlySpan<char> chars, SyntaxKind kind) => Intern(chars, Hash(chars), kind);

    /// <param name="hash">The <see cref="Hash"/> of <paramref name="chars"/>.</param>
    public Entry Intern(ReadOnlySpan<char> chars, uint hash, SyntaxKind kind)
    {
        var mask = _slots.Length - 1;
        var index = Mix(hash) & mask;
        while (true)
        {
            var existing = _slots[index];
            if (existing is null) break;
            if (existing.Text.AsSpan().SequenceEqual(chars)) return existing;
            index = (index + 1) & mask;
        }
        var entry = new Entry(chars.ToString(), kind);
        _slots[index] = entry;
        if (++_count * 2 > _slots.Length) Grow();
        return entry;
    }

    private void Insert(Entry entry, uint hash)
    {
        var mask = _slots.Length - 1;
        var index = Mix(hash) & mask;
        while (_slots[index] is not null) index = (index + 1) & mask;
        _slots[index] = entry;
        if (++_count * 2 > _slots.Length) Grow();
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Entry?[old.Length * 2];
        _count = 0;
        foreach (var entry in old)
            if (entry is not null) Insert(entry, Hash(entry.Text));
    }

    private static int Mix(uint hash) => (int)(hash ^ (hash >> 15)) & int.MaxValue;
}
