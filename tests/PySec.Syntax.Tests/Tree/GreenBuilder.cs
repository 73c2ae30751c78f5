using PySec.Syntax.Green;

namespace PySec.Syntax.Tests.Tree;

/// <summary>Terse constructors for hand-built green trees, so tests do not depend on the parser.</summary>
internal static class GreenBuilder
{
    public static GreenToken Tok(SyntaxKind kind, string text) => new(kind, text);
    public static GreenToken Missing(SyntaxKind kind) => GreenToken.Missing(kind);
    public static GreenToken Lead(this GreenToken token, params GreenTrivia[] trivia) => token.WithLeadingTrivia(trivia);
    public static GreenToken Trail(this GreenToken token, params GreenTrivia[] trivia) => token.WithTrailingTrivia(trivia);

    public static GreenTrivia Ws(string text = " ") => new(SyntaxKind.WhitespaceTrivia, text);
    public static GreenTrivia Comment(string text) => new(SyntaxKind.CommentTrivia, text);
    public static GreenTrivia Nl(string text = "\n") => new(SyntaxKind.NewLineTrivia, text);

    public static GreenList? List(params GreenNode[] children) => GreenList.Create(children);

    public static GreenNode Name(string name) => GreenFactory.NameExpression(Tok(SyntaxKind.Identifier, name));
    public static GreenNode Name(GreenToken identifier) => GreenFactory.NameExpression(identifier);
    public static GreenNode Number(GreenToken number) => GreenFactory.NumberExpression(number);
    public static GreenNode Arg(GreenNode value) => GreenFactory.Argument(null, null, null, value);

    public static GreenNode Module(GreenToken endOfFile, params GreenNode[] statements) =>
        GreenFactory.Module(List(statements), endOfFile);

    public static GreenToken Eof() => Tok(SyntaxKind.EndOfFile, "");

    public static ModuleSyntax Root(GreenNode module) => (ModuleSyntax)SyntaxNode.CreateRoot(module);
}
