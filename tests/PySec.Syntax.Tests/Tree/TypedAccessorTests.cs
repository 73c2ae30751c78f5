namespace PySec.Syntax.Tests.Tree;

public class TypedAccessorTests
{
    [Fact]
    public void Node_and_token_properties_follow_the_grammar_fields()
    {
        var statement = (AssignmentStatementSyntax)SampleTrees.Assignment().Statements[0];
        var target = Assert.Single(statement.Targets);
        Assert.Equal("x", ((NameExpressionSyntax)target.Target).Identifier.Text);
        Assert.Equal(SyntaxKind.Equals, target.EqualsToken.Kind);

        var sum = Assert.IsType<BinaryExpressionSyntax>(statement.Value);
        Assert.Equal(SyntaxKind.Plus, sum.Operator.Kind);
        Assert.Equal("1", ((NumberExpressionSyntax)sum.Right).Token.Text);
        var call = Assert.IsType<CallExpressionSyntax>(sum.Left);
        Assert.Equal("f", ((NameExpressionSyntax)call.Function).Identifier.Text);
        Assert.Same(sum, call.Parent);
        Assert.Same(statement, sum.Parent);
    }

    [Fact]
    public void Absent_optional_tokens_and_nodes_are_null()
    {
        var statement = (AssignmentStatementSyntax)SampleTrees.Assignment().Statements[0];
        Assert.Null(statement.Semicolon);
        Assert.NotNull(statement.NewLine);
        Assert.Equal("\n", statement.NewLine.Value.Text);

        var argument = ((CallExpressionSyntax)((BinaryExpressionSyntax)statement.Value).Left).Arguments.Arguments[0];
        Assert.Null(argument.Star);
        Assert.Null(argument.Name);
        Assert.Null(argument.EqualsToken);

        var import = (ImportFromStatementSyntax)SampleTrees.ImportFrom().Statements[0];
        Assert.Null(import.Star);
        Assert.Null(import.Names[1].AsKeyword);
        Assert.Null(import.Names[1].Alias);
        Assert.Equal("b", import.Names[0].Alias!.Value.Text);
        Assert.NotNull(import.Module);
    }

    [Fact]
    public void Typed_nodes_belong_to_their_abstract_categories()
    {
        var root = SampleTrees.Assignment();
        Assert.IsAssignableFrom<SimpleStatementSyntax>(root.Statements[0]);
        Assert.IsAssignableFrom<StatementSyntax>(root.Statements[0]);
        Assert.All(root.DescendantNodes().OfType<ExpressionSyntax>(), e => Assert.True(SyntaxNodeCategories.IsExpression(e.Kind)));
        Assert.True(SyntaxNodeCategories.IsSimpleStatement(SyntaxKind.PassStatement));
        Assert.True(SyntaxNodeCategories.IsStatement(SyntaxKind.IfStatement));
        Assert.False(SyntaxNodeCategories.IsSimpleStatement(SyntaxKind.IfStatement));
        Assert.False(SyntaxNodeCategories.IsNode(SyntaxKind.Identifier));
        Assert.False(SyntaxNodeCategories.IsNode(SyntaxKind.List));
    }

    [Fact]
    public void Each_node_kind_creates_its_own_red_class()
    {
        foreach (var kind in Enum.GetValues<SyntaxKind>().Where(SyntaxNodeCategories.IsNode))
        {
            var green = Green.GreenInnerNode.Create(kind, [Green.GreenToken.Missing(SyntaxKind.Identifier)]);
            var red = SyntaxNode.CreateRoot(green);
            Assert.Equal(kind + "Syntax", red.GetType().Name);
            Assert.Equal(kind, red.Kind);
        }
    }
}
