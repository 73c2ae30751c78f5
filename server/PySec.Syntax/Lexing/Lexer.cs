namespace PySec.Syntax.Lexing;

/// <summary>Turns Python source text into green tokens with trivia. Never throws; errors become diagnostics.</summary>
public static class Lexer
{
    public static LexResult Tokenize(string text) => new Scanner(text ?? string.Empty).Run();
}
