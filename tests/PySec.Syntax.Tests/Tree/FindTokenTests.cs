namespace PySec.Syntax.Tests.Tree;

public class FindTokenTests
{
    [Fact]
    public void Every_position_finds_the_token_whose_full_span_holds_it()
    {
        var root = SampleTrees.Assignment();
        var tokens = root.DescendantTokens().Where(t => t.FullWidth > 0).ToList();
        for (var position = 0; position < root.EndPosition; position++)
        {
            var expected = tokens.Single(t => t.FullSpan.Contains(position));
            Assert.Equal(expected, root.FindToken(position));
        }
    }

    [Theory]
    [InlineData(0, "x")]   // inside the leading comment of x
    [InlineData(8, "x")]   // the space after x is its trailing trivia
    [InlineData(13, "a")]
    [InlineData(26, "1")]  // inside the trailing comment
    [InlineData(28, "\n")]
    public void Positions_in_trivia_find_the_owning_token(int position, string text) =>
        Assert.Equal(text, SampleTrees.Assignment().FindToken(position).Text);

    [Fact]
    public void End_of_the_root_finds_the_end_of_file_token()
    {
        var root = SampleTrees.Assignment();
        Assert.Equal(SyntaxKind.EndOfFile, root.FindToken(root.EndPosition).Kind);
    }

    [Fact]
    public void Find_in_a_subtree_returns_tokens_with_their_real_parents()
    {
        var root = SampleTrees.ImportFrom();
        var statement = (ImportFromStatementSyntax)root.Statements[0];
        var alias = statement.Names[0];
        var token = alias.FindToken(alias.Span.Start + 2);
        Assert.Equal(SyntaxKind.AsKeyword, token.Kind);
        Assert.Same(alias, token.Parent);
        Assert.Equal(token, alias.AsKeyword);
    }

    [Fact]
    public void Positions_outside_the_node_are_rejected()
    {
        var root = SampleTrees.Assignment();
        Assert.Throws<ArgumentOutOfRangeException>(() => root.FindToken(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => root.FindToken(root.EndPosition + 1));
    }

    [Fact]
    public void Empty_module_finds_its_end_of_file()
    {
        var root = GreenBuilder.Root(GreenBuilder.Module(GreenBuilder.Eof()));
        Assert.Equal(SyntaxKind.EndOfFile, root.FindToken(0).Kind);
    }
}

public class TokenNavigationTests
{
    [Fact]
    public void Next_and_previous_tokens_walk_the_source_order()
    {
        var root = SampleTrees.ImportFrom();
        var expected = root.DescendantTokens().Where(t => t.Width > 0).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(i + 1 < expected.Count ? expected[i + 1] : null, expected[i].GetNextToken());
            Assert.Equal(i > 0 ? expected[i - 1] : null, expected[i].GetPreviousToken());
        }
    }

    [Fact]
    public void Zero_width_tokens_are_reached_only_when_asked()
    {
        var root = SampleTrees.UnclosedCall();
        var a = root.FindToken(2);
        Assert.Equal("a", a.Text);
        Assert.Null(a.GetNextToken());
        var close = a.GetNextToken(includeZeroWidth: true)!.Value;
        Assert.True(close.IsMissing);
        Assert.Equal(SyntaxKind.NewLine, close.GetNextToken(includeZeroWidth: true)!.Value.Kind);
        Assert.Equal(a, close.GetPreviousToken());
        Assert.Equal(SyntaxKind.EndOfFile, root.GetLastToken(includeZeroWidth: true)!.Value.Kind);
        Assert.Null(root.GetLastToken(includeZeroWidth: true)!.Value.GetNextToken(includeZeroWidth: true));
    }
}
