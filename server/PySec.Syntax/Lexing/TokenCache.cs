using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>
/// Green tokens are immutable and position-free, so punctuation and keywords without trivia, or with a single
/// space after them, are shared across all trees instead of being allocated per occurrence.
/// </summary>
internal static class TokenCache
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Select(k => (int)k).Max() + 1;
    private static readonly GreenToken?[] Bare = new GreenToken?[KindCount];
    private static readonly GreenToken?[] SpaceAfter = new GreenToken?[KindCount];
    private static readonly GreenTrivia[] SingleSpace = [GreenTrivia.Space];

    static TokenCache()
    {
        for (var kind = 0; kind < KindCount; kind++)
        {
            var text = SyntaxFacts.GetText((SyntaxKind)kind);
            if (text is null) continue;
            Bare[kind] = new GreenToken((SyntaxKind)kind, text);
            SpaceAfter[kind] = new GreenToken((SyntaxKind)kind, text, null, SingleSpace);
        }
        Bare[(int)SyntaxKind.Indent] = new GreenToken(SyntaxKind.Indent, string.Empty);
        Bare[(int)SyntaxKind.Dedent] = new GreenToken(SyntaxKind.Dedent, string.Empty);
        Bare[(int)SyntaxKind.EndOfFile] = new GreenToken(SyntaxKind.EndOfFile, string.Empty);
    }

    public static GreenToken Create(SyntaxKind kind, string text, GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        if (leading is null)
        {
            if (trailing is null)
            {
                var bare = Bare[(int)kind];
                if (bare is not null && ReferenceEquals(bare.Text, text)) return bare;
            }
            else if (trailing.Length == 1 && ReferenceEquals(trailing[0], GreenTrivia.Space))
            {
                var spaced = SpaceAfter[(int)kind];
                if (spaced is not null && ReferenceEquals(spaced.Text, text)) return spaced;
            }
        }
        return new GreenToken(kind, text, leading, trailing);
    }
}
