using PySec.Text;

namespace PySec.Syntax.Tests.Tree;

/// <summary>
/// Operator chains nest one level per operator, so real files produce trees far deeper than any recursion limit.
/// Everything here must work through explicit stacks (or fresh stacks for visitors).
/// </summary>
public class DeepTreeTests
{
    private const int Depth = 100_000;

    private static readonly Lazy<ModuleSyntax> LeftNested = new(() => SampleTrees.LeftNestedSum(Depth));
    private static readonly Lazy<ModuleSyntax> RightNested = new(() => SampleTrees.RightNestedNegation(Depth));

    private static string SumSource => "1" + string.Concat(Enumerable.Repeat("+1", Depth)) + "\n";

    [Fact]
    public void Full_string_and_spans_of_a_deep_left_chain()
    {
        var root = LeftNested.Value;
        Assert.Equal(SumSource, root.ToFullString());
        Assert.Equal(new TextSpan(0, 2 * Depth + 2), root.Span);
        var expression = ((ExpressionStatementSyntax)root.Statements[0]).Expression;
        Assert.Equal(new TextSpan(0, 2 * Depth + 1), expression.Span);
        Assert.Equal(SumSource.TrimEnd('\n'), expression.ToString());
    }

    [Fact]
    public void Enumerating_a_deep_tree_visits_every_token_and_node()
    {
        var root = LeftNested.Value;
        Assert.Equal(2 * Depth + 3, root.DescendantTokens().Count());
        // Depth binary nodes, Depth + 1 number nodes, the statement.
        Assert.Equal(2 * Depth + 2, root.DescendantNodes().Count());
        Assert.Equal("1", root.GetFirstToken()!.Value.Text);
        Assert.Equal("\n", root.GetLastToken()!.Value.Text);
    }

    [Fact]
    public void Finding_the_deepest_token_gives_its_full_ancestry()
    {
        var token = LeftNested.Value.FindToken(0);
        Assert.Equal("1", token.Text);
        Assert.Equal(Depth + 3, token.Parent!.AncestorsAndSelf().Count());
    }

    [Fact]
    public void Right_nested_chain_has_correct_spans_and_last_token()
    {
        var root = RightNested.Value;
        Assert.Equal(2 * Depth + 2, root.EndPosition);
        var expression = ((ExpressionStatementSyntax)root.Statements[0]).Expression;
        Assert.Equal(new TextSpan(0, 2 * Depth + 1), expression.Span);
        Assert.Equal("x", expression.GetLastToken()!.Value.Text);
        Assert.Equal("\n", root.GetLastToken()!.Value.Text);
        Assert.Equal(SyntaxKind.Identifier, root.FindToken(2 * Depth).Kind);
    }

    [Fact]
    public void Printing_a_deep_tree_stays_linear_and_complete()
    {
        var printed = SyntaxTreePrinter.Print(LeftNested.Value, includeTrivia: false);
        var lineCount = 0;
        var longest = 0;
        for (int start = 0, end; start < printed.Length; start = end + 1)
        {
            end = printed.IndexOf('\n', start);
            longest = Math.Max(longest, end - start);
            lineCount++;
        }
        Assert.Equal(1 + (2 * Depth + 2) + (2 * Depth + 3), lineCount);
        Assert.True(longest < 200, $"longest line has {longest} characters");
        Assert.Contains($"({Depth + 2}) NumberExpression [0..1)", printed);
    }

    private sealed class CountingWalker : SyntaxWalker
    {
        public int Nodes { get; private set; }
        public int MaxDepth { get; private set; }
        private int _depth;

        public override void Visit(SyntaxNode? node)
        {
            Nodes++;
            _depth++;
            MaxDepth = Math.Max(MaxDepth, _depth);
            base.Visit(node);
            _depth--;
        }
    }

    [Fact]
    public void Walker_handles_a_deep_tree_without_overflowing()
    {
        var walker = new CountingWalker();
        walker.Visit(LeftNested.Value);
        Assert.Equal(2 * Depth + 3, walker.Nodes);
        Assert.Equal(Depth + 3, walker.MaxDepth);
    }

    private sealed class HeightVisitor : SyntaxVisitor<int>
    {
        public override int DefaultVisit(SyntaxNode node) => 1 + node.ChildNodes().Select(Visit).DefaultIfEmpty(0).Max();
    }

    [Fact]
    public void Result_visitor_recursion_survives_a_deep_tree()
    {
        Assert.Equal(Depth + 3, new HeightVisitor().Visit(RightNested.Value));
    }

    private sealed class ThrowingWalker : SyntaxWalker
    {
        public override void VisitNameExpression(NameExpressionSyntax node) => throw new InvalidOperationException("found " + node.Identifier.Text);
    }

    [Fact]
    public void Exceptions_thrown_deep_inside_a_visit_reach_the_caller()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ThrowingWalker().Visit(RightNested.Value));
        Assert.Equal("found x", error.Message);
    }
}
