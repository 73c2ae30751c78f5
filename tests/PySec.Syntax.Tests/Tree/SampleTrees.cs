using PySec.Syntax.Green;
using static PySec.Syntax.Tests.Tree.GreenBuilder;

namespace PySec.Syntax.Tests.Tree;

/// <summary>Small trees shared by the red-layer tests, with their source text.</summary>
internal static class SampleTrees
{
    /// <summary>An assignment with a call, a trailing comma, a binary operator, comments and whitespace.</summary>
    public const string AssignmentSource = "# head\nx = f(a, b,) + 1  # t\n";

    public static ModuleSyntax Assignment()
    {
        var target = GreenFactory.AssignmentTarget(
            Name(Tok(SyntaxKind.Identifier, "x").Lead(Comment("# head"), Nl()).Trail(Ws())),
            Tok(SyntaxKind.Equals, "=").Trail(Ws()));
        var call = GreenFactory.CallExpression(
            Name("f"),
            GreenFactory.ArgumentList(
                Tok(SyntaxKind.OpenParen, "("),
                List(Arg(Name("a")), Tok(SyntaxKind.Comma, ",").Trail(Ws()), Arg(Name("b")), Tok(SyntaxKind.Comma, ",")),
                Tok(SyntaxKind.CloseParen, ")").Trail(Ws())));
        var sum = GreenFactory.BinaryExpression(
            call,
            Tok(SyntaxKind.Plus, "+").Trail(Ws()),
            Number(Tok(SyntaxKind.Number, "1").Trail(Ws("  "), Comment("# t"))));
        var statement = GreenFactory.AssignmentStatement(List(target), sum, null, Tok(SyntaxKind.NewLine, "\n"));
        return Root(Module(Eof(), statement));
    }

    /// <summary>"f(a" : the closing parenthesis is missing and the final NEWLINE is zero-width.</summary>
    public const string UnclosedCallSource = "f(a";

    public static ModuleSyntax UnclosedCall()
    {
        var call = GreenFactory.CallExpression(
            Name("f"),
            GreenFactory.ArgumentList(Tok(SyntaxKind.OpenParen, "("), List(Arg(Name("a"))), Missing(SyntaxKind.CloseParen)));
        var statement = GreenFactory.ExpressionStatement(call, null, Tok(SyntaxKind.NewLine, ""));
        return Root(Module(Eof(), statement));
    }

    /// <summary>"from ..pkg.mod import (a as b, c,)\n" : token lists and separated lists of nodes.</summary>
    public const string ImportFromSource = "from ..pkg.mod import (a as b, c,)\n";

    public static ModuleSyntax ImportFrom()
    {
        var module = GreenFactory.DottedName(List(
            Tok(SyntaxKind.Identifier, "pkg"), Tok(SyntaxKind.Dot, "."), Tok(SyntaxKind.Identifier, "mod").Trail(Ws())));
        var first = GreenFactory.ImportAlias(
            GreenFactory.DottedName(List(Tok(SyntaxKind.Identifier, "a").Trail(Ws()))),
            Tok(SyntaxKind.AsKeyword, "as").Trail(Ws()),
            Tok(SyntaxKind.Identifier, "b"));
        var second = GreenFactory.ImportAlias(GreenFactory.DottedName(List(Tok(SyntaxKind.Identifier, "c"))), null, null);
        var statement = GreenFactory.ImportFromStatement(
            Tok(SyntaxKind.FromKeyword, "from").Trail(Ws()),
            List(Tok(SyntaxKind.Dot, "."), Tok(SyntaxKind.Dot, ".")),
            module,
            Tok(SyntaxKind.ImportKeyword, "import").Trail(Ws()),
            Tok(SyntaxKind.OpenParen, "("),
            null,
            List(first, Tok(SyntaxKind.Comma, ",").Trail(Ws()), second, Tok(SyntaxKind.Comma, ",")),
            Tok(SyntaxKind.CloseParen, ")"),
            null,
            Tok(SyntaxKind.NewLine, "\n"));
        return Root(Module(Eof(), statement));
    }

    /// <summary>"1+1+...+1" with <paramref name="operators"/> operators, nested to the left as the parser builds it.</summary>
    public static ModuleSyntax LeftNestedSum(int operators)
    {
        GreenNode expression = Number(Tok(SyntaxKind.Number, "1"));
        for (var i = 0; i < operators; i++)
            expression = GreenFactory.BinaryExpression(expression, Tok(SyntaxKind.Plus, "+"), Number(Tok(SyntaxKind.Number, "1")));
        return Root(Module(Eof(), GreenFactory.ExpressionStatement(expression, null, Tok(SyntaxKind.NewLine, "\n"))));
    }

    /// <summary>"-(-(-...x))" written as "- - - x": unary operators nested to the right.</summary>
    public static ModuleSyntax RightNestedNegation(int operators)
    {
        var expression = Name("x");
        for (var i = 0; i < operators; i++)
            expression = GreenFactory.UnaryExpression(Tok(SyntaxKind.Minus, "-").Trail(Ws()), expression);
        return Root(Module(Eof(), GreenFactory.ExpressionStatement(expression, null, Tok(SyntaxKind.NewLine, "\n"))));
    }
}
