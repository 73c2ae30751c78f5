using PySec.Syntax.Green;

namespace PySec.Syntax.Lexing;

/// <summary>Shared NewLine tokens for the common case of a line break with no trivia before it.</summary>
internal static class NewLineTokens
{
    private static readonly GreenToken LineFeed = new(SyntaxKind.NewLine, "\n");
    private static readonly GreenToken CarriageReturnLineFeed = new(SyntaxKind.NewLine, "\r\n");
    private static readonly GreenToken CarriageReturn = new(SyntaxKind.NewLine, "\r");
    private static readonly GreenToken Empty = new(SyntaxKind.NewLine, string.Empty);

    public static GreenToken Create(string text, GreenTrivia[]? leading)
    {
        if (leading is not null) return new GreenToken(SyntaxKind.NewLine, text, leading);
        return text switch
        {
            "\n" => LineFeed,
            "\r\n" => CarriageReturnLineFeed,
            "\r" => CarriageReturn,
            _ => Empty,
        };
    }
}
