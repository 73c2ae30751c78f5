using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// The few trivia shapes most tokens have: optional indentation made only of spaces (a shared trivia) before, and
/// nothing or a single space after. A token with fixed kind and text in one of these shapes can be shared; this
/// numbers the shapes so caches can index them.
/// </summary>
internal static class TokenVariants
{
    /// <summary>The shape number, or -1 when the trivia are not in a shareable shape.</summary>
    public static int SlotOf(GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        var spaces = 0;
        if (leading is not null && !SharedTrivia.IsSharedSpaces(leading, out spaces)) return -1;
        if (trailing is null) return spaces * 2;
        return ReferenceEquals(trailing, SharedTrivia.SingleSpaceArray) ? spaces * 2 + 1 : -1;
    }

    /// <summary>The cached token in <paramref name="slot"/>, created on first use.</summary>
    public static GreenToken GetOrCreate(ref GreenToken?[]? variants, int slot, SyntaxKind kind, string text,
        GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        if (variants is null || variants.Length <= slot) Array.Resize(ref variants, Math.Max(slot + 1, 4));
        return variants[slot] ??= new GreenToken(kind, text, leading, trailing);
    }
}
