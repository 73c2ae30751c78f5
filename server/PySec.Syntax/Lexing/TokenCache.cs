using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// Green tokens are immutable and position-free, so punctuation and keywords in the common trivia shapes (see
/// <see cref="TokenVariants"/>) are shared across all trees instead of being allocated per occurrence. Concurrent
/// lexers may race to fill a slot; either token is correct, so no locking is needed.
/// </summary>
internal static class TokenCache
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Select(k => (int)k).Max() + 1;
    private static readonly string?[] FixedTexts = new string?[KindCount];
    private static readonly GreenToken?[]?[] Variants = new GreenToken?[]?[KindCount];

    static TokenCache()
    {
        for (var kind = 0; kind < KindCount; kind++) FixedTexts[kind] = SyntaxFacts.GetText((SyntaxKind)kind);
        FixedTexts[(int)SyntaxKind.Indent] = string.Empty;
        FixedTexts[(int)SyntaxKind.Dedent] = string.Empty;
        FixedTexts[(int)SyntaxKind.EndOfFile] = string.Empty;
    }

    public static GreenToken Create(SyntaxKind kind, string text, GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        if (ReferenceEquals(FixedTexts[(int)kind], text))
        {
            var slot = TokenVariants.SlotOf(leading, trailing);
            if (slot >= 0)
            {
                var variants = Variants[(int)kind];
                var token = variants is not null && slot < variants.Length ? variants[slot] : null;
                if (token is not null) return token;
                lock (Variants)
                {
                    variants = Variants[(int)kind];
                    token = TokenVariants.GetOrCreate(ref variants, slot, kind, text, leading, trailing);
                    Variants[(int)kind] = variants;
                    return token;
                }
            }
        }
        return new GreenToken(kind, text, leading, trailing);
    }
}
