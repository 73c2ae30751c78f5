using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// The few trivia shapes most tokens have: before, nothing, indentation made only of spaces, or (on continuation
/// lines in brackets) a line feed and such indentation; after, nothing or a single space. A token with fixed kind and text in one of these shapes can be shared; this
/// numbers the shapes so caches can index them.
/// </summary>
internal static class TokenVariants
{
    // Leading shapes: 0 = none, 1..64 = n spaces, 65..128 = line feed then n - 64 spaces.
    private const int LineFeedShapes = 64;

    /// <summary>The shape number, or -1 when the trivia are not in a shareable shape.</summary>
    public static int SlotOf(GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        var shape = 0;
        if (leading is not null)
        {
            if (SharedTrivia.IsSharedSpaces(leading, out var spaces)) shape = spaces;
            else if (SharedTrivia.IsSharedLineFeedThenSpaces(leading, out spaces)) shape = LineFeedShapes + spaces;
            else return -1;
        }
        if (trailing is null) return shape * 2;
        return ReferenceEquals(trailing, SharedTrivia.SingleSpaceArray) ? shape * 2 + 1 : -1;
    }

    /// <summary>The cached token in <paramref name="slot"/>, created on first use.</summary>
    public static GreenToken GetOrCreate(ref GreenToken?[]? variants, int slot, SyntaxKind kind, string text,
        GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        if (variants is null || variants.Length <= slot) Array.Resize(ref variants, Math.Max(slot + 1, 4));
        return variants[slot] ??= new GreenToken(kind, text, leading, trailing);
    }

    private const int MaxListed = 8;

    /// <summary>
    /// The token with exactly these (shared) trivia arrays from a short list, created and listed on first use. A
    /// text seldom occurs in more than a few shapes, so a list is smaller than a table indexed by shape.
    /// </summary>
    public static GreenToken FindOrAdd(ref GreenToken[]? list, SyntaxKind kind, string text,
        GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        var count = 0;
        if (list is not null)
        {
            for (; count < list.Length; count++)
            {
                var candidate = list[count];
                if (candidate is null) break;
                if (ReferenceEquals(candidate.Leading, leading) && ReferenceEquals(candidate.Trailing, trailing)) return candidate;
            }
        }
        var token = new GreenToken(kind, text, leading, trailing);
        if (count == MaxListed) return token;
        if (list is null || count == list.Length) Array.Resize(ref list, list is null ? 2 : Math.Min(list.Length * 2, MaxListed));
        list[count] = token;
        return token;
    }
}
