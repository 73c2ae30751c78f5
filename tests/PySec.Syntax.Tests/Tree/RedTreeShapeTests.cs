using PySec.Text;

namespace PySec.Syntax.Tests.Tree;

public class RedTreeShapeTests
{
    [Fact]
    public void Full_string_reproduces_the_source_exactly()
    {
        Assert.Equal(SampleTrees.AssignmentSource, SampleTrees.Assignment().ToFullString());
        Assert.Equal(SampleTrees.ImportFromSource, SampleTrees.ImportFrom().ToFullString());
        Assert.Equal(SampleTrees.UnclosedCallSource, SampleTrees.UnclosedCall().ToFullString());
    }

    [Fact]
    public void Concatenated_tokens_with_trivia_give_the_source_back()
    {
        var root = SampleTrees.Assignment();
        var text = string.Concat(root.DescendantTokens().Select(t => t.LeadingTrivia.ToString() + t.Text + t.TrailingTrivia.ToString()));
        Assert.Equal(SampleTrees.AssignmentSource, text);
    }

    [Fact]
    public void Token_positions_and_spans_match_their_text_in_the_source()
    {
        var source = SampleTrees.AssignmentSource;
        foreach (var token in SampleTrees.Assignment().DescendantTokens())
        {
            Assert.Equal(token.Text, source.Substring(token.Span.Start, token.Span.Length));
            Assert.Equal(token.ToFullString(), source.Substring(token.FullSpan.Start, token.FullSpan.Length));
            Assert.Equal(token.Position, token.FullSpan.Start);
        }
    }

    [Fact]
    public void Trivia_spans_locate_each_piece_of_trivia()
    {
        var source = SampleTrees.AssignmentSource;
        var trivia = SampleTrees.Assignment().DescendantTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).ToList();
        Assert.Equal(["# head", "\n", " ", " ", " ", " ", " ", "  ", "# t"], trivia.Select(t => t.Text));
        foreach (var piece in trivia) Assert.Equal(piece.Text, source.Substring(piece.Span.Start, piece.Span.Length));
        Assert.Equal(SyntaxKind.CommentTrivia, trivia[0].Kind);
        Assert.Equal(SyntaxKind.Identifier, trivia[0].Token.Kind);

        var one = SampleTrees.Assignment().FindToken(22);
        Assert.Equal(2, one.TrailingTrivia.Count);
        Assert.Equal(new TextSpan(25, 3), one.TrailingTrivia[1].Span);
        Assert.Equal(new TextSpan(23, 5), one.TrailingTrivia.Span);
        Assert.Equal("  # t", one.TrailingTrivia.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => one.TrailingTrivia[2]);
    }

    [Fact]
    public void Node_span_excludes_outer_trivia_and_full_span_includes_it()
    {
        var root = SampleTrees.Assignment();
        var statement = (AssignmentStatementSyntax)root.Statements[0];
        Assert.Equal(new TextSpan(0, 29), root.FullSpan);
        Assert.Equal(TextSpan.FromBounds(7, 29), root.Span);
        Assert.Equal(TextSpan.FromBounds(0, 29), statement.FullSpan);
        Assert.Equal(TextSpan.FromBounds(7, 29), statement.Span);

        var sum = (BinaryExpressionSyntax)statement.Value;
        Assert.Equal(TextSpan.FromBounds(11, 28), sum.FullSpan);
        Assert.Equal(TextSpan.FromBounds(11, 23), sum.Span);
        Assert.Equal("f(a, b,) + 1", sum.ToString());
        Assert.Equal("f(a, b,) + 1  # t", sum.ToFullString());
    }

    [Fact]
    public void Every_node_text_is_the_source_under_its_spans()
    {
        var source = SampleTrees.ImportFromSource;
        foreach (var node in SampleTrees.ImportFrom().DescendantNodesAndSelf())
        {
            Assert.Equal(source.Substring(node.FullSpan.Start, node.FullSpan.Length), node.ToFullString());
            Assert.Equal(source.Substring(node.Span.Start, node.Span.Length), node.ToString());
            Assert.True(node.FullSpan.Contains(node.Span));
        }
    }

    [Fact]
    public void Children_lie_inside_their_parent_and_follow_each_other()
    {
        foreach (var node in SampleTrees.Assignment().DescendantNodesAndSelf())
        {
            var expected = node.Position;
            foreach (var child in node.ChildNodesAndTokens())
            {
                Assert.Equal(expected, child.FullSpan.Start);
                Assert.Same(node, child.Parent);
                expected = child.FullSpan.End;
            }
            Assert.Equal(node.EndPosition, expected);
        }
    }

    [Fact]
    public void Child_nodes_are_created_once_and_then_reused()
    {
        var root = SampleTrees.Assignment();
        var statement = root.Statements[0];
        Assert.Same(statement, root.Statements[0]);
        var value = ((AssignmentStatementSyntax)statement).Value;
        Assert.Same(value, ((AssignmentStatementSyntax)statement).Value);
        Assert.Same(value, statement.ChildNodes().Last());
    }

    [Fact]
    public void Concurrent_first_access_publishes_a_single_child()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var root = SampleTrees.Assignment();
            var seen = new SyntaxNode[8];
            Parallel.For(0, seen.Length, i => seen[i] = ((AssignmentStatementSyntax)root.Statements[0]).Value);
            Assert.All(seen, node => Assert.Same(seen[0], node));
        }
    }

    [Fact]
    public void Ancestors_lead_to_the_root_skipping_list_containers()
    {
        var root = SampleTrees.Assignment();
        var name = root.DescendantNodes().OfType<NameExpressionSyntax>().Single(n => n.Identifier.Text == "a");
        Assert.Equal(
            [SyntaxKind.Argument, SyntaxKind.ArgumentList, SyntaxKind.CallExpression, SyntaxKind.BinaryExpression,
             SyntaxKind.AssignmentStatement, SyntaxKind.Module],
            name.Ancestors().Select(n => n.Kind));
        Assert.Equal(SyntaxKind.NameExpression, name.AncestorsAndSelf().First().Kind);
        Assert.Same(name, name.FirstAncestorOrSelf<ExpressionSyntax>());
        Assert.Equal(SyntaxKind.BinaryExpression, name.FirstAncestorOrSelf<ExpressionSyntax>(e => e.Kind == SyntaxKind.BinaryExpression)!.Kind);
        Assert.Same(root, name.FirstAncestorOrSelf<ModuleSyntax>());
        Assert.Null(name.FirstAncestorOrSelf<CompoundStatementSyntax>());
        Assert.Null(root.Parent);
    }

    [Fact]
    public void Token_index_is_its_place_among_the_parent_children()
    {
        foreach (var node in SampleTrees.ImportFrom().DescendantNodesAndSelf())
        {
            var children = node.ChildNodesAndTokens().ToList();
            Assert.Equal(children.Count, node.ChildNodesAndTokens().Count);
            for (var i = 0; i < children.Count; i++)
                if (children[i].IsToken) Assert.Equal(i, children[i].AsToken().Index);
        }
        var statement = (ImportFromStatementSyntax)SampleTrees.ImportFrom().Statements[0];
        Assert.Equal(SyntaxKind.ImportKeyword, statement.ChildNodesAndTokens().ElementAt(statement.ImportKeyword.Index).Kind);
    }

    [Fact]
    public void Tokens_are_equal_only_when_they_are_the_same_place_in_the_same_tree()
    {
        var root = SampleTrees.Assignment();
        var statement = (AssignmentStatementSyntax)root.Statements[0];
        Assert.Equal(statement.NewLine, statement.NewLine);
        Assert.True(statement.NewLine == statement.NewLine);
        var other = (AssignmentStatementSyntax)SampleTrees.Assignment().Statements[0];
        Assert.NotEqual(statement.NewLine, other.NewLine);
        Assert.NotEqual(statement.Targets[0].EqualsToken, statement.NewLine!.Value);
    }

    [Fact]
    public void Root_of_a_module_is_typed()
    {
        var root = SyntaxNode.CreateRoot(SampleTrees.Assignment().Green);
        Assert.IsType<ModuleSyntax>(root);
        Assert.Equal(0, root.Position);
    }
}
