namespace PySec.Syntax.Tests.Tree;

public class SyntaxTreePrinterTests
{
    [Fact]
    public void Prints_nodes_tokens_spans_and_trivia()
    {
        const string expected = """
            Module [7..29)
              AssignmentStatement [7..29)
                AssignmentTarget [7..10)
                  NameExpression [7..8)
                    Identifier "x" [7..8)
                      leading: Comment "# head", NewLine "\n"
                      trailing: Whitespace " "
                  Equals "=" [9..10)
                    trailing: Whitespace " "
                BinaryExpression [11..23)
                  CallExpression [11..19)
                    NameExpression [11..12)
                      Identifier "f" [11..12)
                    ArgumentList [12..19)
                      OpenParen "(" [12..13)
                      Argument [13..14)
                        NameExpression [13..14)
                          Identifier "a" [13..14)
                      Comma "," [14..15)
                        trailing: Whitespace " "
                      Argument [16..17)
                        NameExpression [16..17)
                          Identifier "b" [16..17)
                      Comma "," [17..18)
                      CloseParen ")" [18..19)
                        trailing: Whitespace " "
                  Plus "+" [20..21)
                    trailing: Whitespace " "
                  NumberExpression [22..23)
                    Number "1" [22..23)
                      trailing: Whitespace "  ", Comment "# t"
                NewLine "\n" [28..29)
              EndOfFile "" [29..29)

            """;
        Assert.Equal(expected, SyntaxTreePrinter.Print(SampleTrees.Assignment()));
    }

    [Fact]
    public void Prints_missing_tokens_and_omits_trivia_when_asked()
    {
        const string expected = """
            Module [0..3)
              ExpressionStatement [0..3)
                CallExpression [0..3)
                  NameExpression [0..1)
                    Identifier "f" [0..1)
                  ArgumentList [1..3)
                    OpenParen "(" [1..2)
                    Argument [2..3)
                      NameExpression [2..3)
                        Identifier "a" [2..3)
                    CloseParen <missing> [3..3)
                NewLine "" [3..3)
              EndOfFile "" [3..3)

            """;
        Assert.Equal(expected, SyntaxTreePrinter.Print(SampleTrees.UnclosedCall(), includeTrivia: false));
    }

    [Fact]
    public void Printed_spans_agree_with_the_red_tree()
    {
        var root = SampleTrees.ImportFrom();
        var printed = SyntaxTreePrinter.Print(root, includeTrivia: false).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var items = new List<SyntaxNodeOrToken> { root };
        items.AddRange(root.DescendantNodesAndTokens());
        Assert.Equal(items.Count, printed.Length);
        for (var i = 0; i < items.Count; i++)
            Assert.EndsWith(" " + items[i].Span, printed[i]);
    }

    [Fact]
    public void Escapes_invisible_characters_in_text()
    {
        var token = new Green.GreenToken(SyntaxKind.String, "'a\"\\\t\u000c\u2028\uFEFF'");
        var root = SyntaxNode.CreateRoot(Green.GreenFactory.PlainString(token));
        Assert.Equal("PlainString [0..9)\n  String \"'a\\\"\\\\\\t\\f\\u2028\\uFEFF'\" [0..9)\n", SyntaxTreePrinter.Print(root));
    }

    [Fact]
    public void Subtree_is_printed_with_absolute_spans_from_depth_zero()
    {
        var statement = (AssignmentStatementSyntax)SampleTrees.Assignment().Statements[0];
        var printed = SyntaxTreePrinter.Print(((BinaryExpressionSyntax)statement.Value).Right, includeTrivia: false);
        Assert.Equal("NumberExpression [22..23)\n  Number \"1\" [22..23)\n", printed);
    }
}
