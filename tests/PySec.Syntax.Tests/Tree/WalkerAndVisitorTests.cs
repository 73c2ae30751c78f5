namespace PySec.Syntax.Tests.Tree;

public class WalkerAndVisitorTests
{
    private sealed class RecordingWalker(SyntaxWalkerDepth depth) : SyntaxWalker(depth)
    {
        public List<string> Events { get; } = [];

        public override void Visit(SyntaxNode? node)
        {
            if (node is not null) Events.Add("enter " + node.Kind);
            base.Visit(node);
            if (node is not null) Events.Add("leave " + node.Kind);
        }

        public override void VisitToken(SyntaxToken token)
        {
            Events.Add("token " + token.Text);
            base.VisitToken(token);
        }

        public override void VisitTrivia(SyntaxTrivia trivia) => Events.Add("trivia " + trivia.Kind);
    }

    [Fact]
    public void Walker_visits_nodes_depth_first_in_source_order()
    {
        var walker = new RecordingWalker(SyntaxWalkerDepth.Node);
        walker.Visit(SampleTrees.ImportFrom());
        Assert.Equal(
            [
                "enter Module", "enter ImportFromStatement",
                "enter DottedName", "leave DottedName",
                "enter ImportAlias", "enter DottedName", "leave DottedName", "leave ImportAlias",
                "enter ImportAlias", "enter DottedName", "leave DottedName", "leave ImportAlias",
                "leave ImportFromStatement", "leave Module",
            ],
            walker.Events);
    }

    [Fact]
    public void Walker_visits_tokens_and_trivia_when_asked()
    {
        var walker = new RecordingWalker(SyntaxWalkerDepth.Trivia);
        walker.Visit(SampleTrees.Assignment());
        var tokens = walker.Events.Where(e => e.StartsWith("token ", StringComparison.Ordinal)).Select(e => e[6..]);
        Assert.Equal(["x", "=", "f", "(", "a", ",", "b", ",", ")", "+", "1", "\n", ""], tokens);
        Assert.Equal(
            ["token x", "trivia CommentTrivia", "trivia NewLineTrivia", "trivia WhitespaceTrivia", "token ="],
            walker.Events.Where(e => !e.StartsWith("enter", StringComparison.Ordinal) && !e.StartsWith("leave", StringComparison.Ordinal))
                .SkipWhile(e => e != "token x").Take(5));

        var tokensOnly = new RecordingWalker(SyntaxWalkerDepth.Token);
        tokensOnly.Visit(SampleTrees.Assignment());
        Assert.DoesNotContain(tokensOnly.Events, e => e.StartsWith("trivia", StringComparison.Ordinal));
        Assert.Contains("token x", tokensOnly.Events);
    }

    [Fact]
    public void Walker_order_matches_descendant_enumeration()
    {
        var walker = new RecordingWalker(SyntaxWalkerDepth.Node);
        var root = SampleTrees.Assignment();
        walker.Visit(root);
        var entered = walker.Events.Where(e => e.StartsWith("enter ", StringComparison.Ordinal)).Select(e => e[6..]);
        Assert.Equal(root.DescendantNodesAndSelf().Select(n => n.Kind.ToString()), entered);
    }

    private sealed class NameCollector : SyntaxWalker
    {
        public List<string> Names { get; } = [];

        public override void VisitNameExpression(NameExpressionSyntax node)
        {
            Names.Add(node.Identifier.Text);
            base.VisitNameExpression(node);
        }

        // Not descending into calls: only the argument-free names are collected.
        public override void VisitArgumentList(ArgumentListSyntax node)
        {
        }
    }

    [Fact]
    public void Overriding_a_visit_method_controls_descent()
    {
        var collector = new NameCollector();
        collector.Visit(SampleTrees.Assignment());
        Assert.Equal(["x", "f"], collector.Names);
    }

    private sealed class KindNamer : SyntaxVisitor<string>
    {
        public override string? DefaultVisit(SyntaxNode node) => "other";
        public override string? VisitBinaryExpression(BinaryExpressionSyntax node) => $"({Visit(node.Left)} {node.Operator.Text} {Visit(node.Right)})";
        public override string? VisitNameExpression(NameExpressionSyntax node) => node.Identifier.Text;
        public override string? VisitNumberExpression(NumberExpressionSyntax node) => node.Token.Text;
    }

    [Fact]
    public void Result_visitor_dispatches_on_the_node_class()
    {
        var statement = (AssignmentStatementSyntax)SampleTrees.Assignment().Statements[0];
        Assert.Equal("(other + 1)", new KindNamer().Visit(statement.Value));
        Assert.Equal("other", new KindNamer().Visit(statement));
        Assert.Null(new KindNamer().Visit(null));
    }
}
