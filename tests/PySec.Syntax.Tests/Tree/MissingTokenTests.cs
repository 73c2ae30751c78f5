using PySec.Text;
using static PySec.Syntax.Tests.Tree.GreenBuilder;

namespace PySec.Syntax.Tests.Tree;

public class MissingTokenTests
{
    [Fact]
    public void Missing_token_is_zero_width_at_the_place_it_was_expected()
    {
        var call = (CallExpressionSyntax)((ExpressionStatementSyntax)SampleTrees.UnclosedCall().Statements[0]).Expression;
        var close = call.Arguments.CloseParen;
        Assert.True(close.IsMissing);
        Assert.True(close.ContainsErrors);
        Assert.Equal(SyntaxKind.CloseParen, close.Kind);
        Assert.Equal("", close.Text);
        Assert.Equal(new TextSpan(3, 0), close.Span);
        Assert.False(call.Arguments.OpenParen.IsMissing);
    }

    [Fact]
    public void Errors_propagate_to_ancestors_but_not_to_siblings()
    {
        var root = SampleTrees.UnclosedCall();
        var call = (CallExpressionSyntax)((ExpressionStatementSyntax)root.Statements[0]).Expression;
        Assert.True(root.ContainsErrors);
        Assert.True(call.ContainsErrors);
        Assert.False(call.Function.ContainsErrors);
        Assert.False(call.IsMissing);
        Assert.False(root.IsMissing);
    }

    [Fact]
    public void Node_made_only_of_missing_tokens_is_missing_and_has_an_empty_span()
    {
        var green = Green.GreenFactory.BinaryExpression(Name("a"), Tok(SyntaxKind.Plus, "+"), Name(Missing(SyntaxKind.Identifier)));
        var sum = (BinaryExpressionSyntax)SyntaxNode.CreateRoot(green);
        Assert.True(sum.Right.IsMissing);
        Assert.Equal(new TextSpan(2, 0), sum.Right.Span);
        Assert.Equal(new TextSpan(2, 0), sum.Right.FullSpan);
        Assert.Equal("", sum.Right.ToString());
        Assert.Equal(new TextSpan(0, 2), sum.Span);
    }

    [Fact]
    public void Zero_width_tokens_that_are_not_missing_do_not_make_a_node_missing()
    {
        var statement = (ExpressionStatementSyntax)SampleTrees.UnclosedCall().Statements[0];
        var newLine = statement.NewLine!.Value;
        Assert.False(newLine.IsMissing);
        Assert.Equal(0, newLine.Width);
        var block = (BlockSyntax)SyntaxNode.CreateRoot(Green.GreenFactory.Block(
            Missing(SyntaxKind.Colon), null, Tok(SyntaxKind.Indent, ""), null, Tok(SyntaxKind.Dedent, "")));
        Assert.False(block.IsMissing);
        Assert.True(block.ContainsErrors);
    }

    [Fact]
    public void Missing_token_with_trivia_still_counts_as_missing()
    {
        var green = Green.GreenFactory.NameExpression(Missing(SyntaxKind.Identifier).Lead(Ws("  ")));
        var name = (NameExpressionSyntax)SyntaxNode.CreateRoot(green);
        Assert.True(name.IsMissing);
        Assert.Equal(new TextSpan(2, 0), name.Span);
    }

    [Fact]
    public void First_and_last_token_skip_zero_width_tokens_unless_asked()
    {
        var root = SampleTrees.UnclosedCall();
        Assert.Equal("f", root.GetFirstToken()!.Value.Text);
        Assert.Equal("a", root.GetLastToken()!.Value.Text);
        Assert.Equal(SyntaxKind.EndOfFile, root.GetLastToken(includeZeroWidth: true)!.Value.Kind);

        var onlyMissing = SyntaxNode.CreateRoot(Name(Missing(SyntaxKind.Identifier)));
        Assert.Null(onlyMissing.GetFirstToken());
        Assert.Null(onlyMissing.GetLastToken());
        Assert.True(onlyMissing.GetFirstToken(includeZeroWidth: true)!.Value.IsMissing);
    }

    [Fact]
    public void Default_token_is_an_inert_none_token()
    {
        var token = default(SyntaxToken);
        Assert.Equal(SyntaxKind.None, token.Kind);
        Assert.Equal("", token.Text);
        Assert.Equal(new TextSpan(0, 0), token.Span);
        Assert.Empty(token.LeadingTrivia);
        Assert.False(token.IsMissing);
        Assert.Null(token.Parent);
    }
}
