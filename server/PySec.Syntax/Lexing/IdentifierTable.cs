namespace PySec.Syntax.Lexing;

/// <summary>
/// Interns identifier texts for one lexing run, keyed by the characters of the source span, so a name that occurs
/// a thousand times is allocated once.
/// </summary>
internal sealed class IdentifierTable
{
    private string?[] _slots = new string?[256];
    private int _count;

    public string Intern(ReadOnlySpan<char> chars)
    {
        var mask = _slots.Length - 1;
        var index = Hash(chars) & mask;
        while (true)
        {
            var existing = _slots[index];
            if (existing is null) break;
            if (existing.AsSpan().SequenceEqual(chars)) return existing;
            index = (index + 1) & mask;
        }
        var text = chars.ToString();
        _slots[index] = text;
        if (++_count * 2 > _slots.Length) Grow();
        return text;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var text in old)
        {
            if (text is null) continue;
            var index = Hash(text) & mask;
            while (_slots[index] is not null) index = (index + 1) & mask;
            _slots[index] = text;
        }
    }

    // FNV-1a: identifiers are short, so a simple per-char hash beats anything vectorised.
    private static int Hash(ReadOnlySpan<char> chars)
    {
        var hash = 2166136261u;
        foreach (var c in chars) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }
}
