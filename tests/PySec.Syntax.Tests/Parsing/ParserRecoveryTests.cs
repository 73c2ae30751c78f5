using PySec.Syntax.Green;
using PySec.Syntax.Parsing;

namespace PySec.Syntax.Tests.Parsing;

/// <summary>What the tree looks like after an error: errors stay local, nothing of the source is lost.</summary>
public sealed class ParserRecoveryTests
{
    private static IReadOnlyList<SyntaxNode> Statements(SyntaxTree tree) => tree.Root.Statements.ToList();

    [Fact]
    public void A_broken_function_leaves_the_next_function_intact()
    {
        const string text = "def broken(a, :\n    return a\n\ndef intact(b):\n    return b\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        var statements = Statements(tree);
        Assert.Equal(2, statements.Count);
        Assert.True(statements[0].ContainsErrors);
        var intact = statements[1];
        Assert.Equal(SyntaxKind.FunctionDefinition, intact.Kind);
        Assert.False(intact.ContainsErrors);
        Assert.Equal("def intact(b):\n    return b\n", text.Substring(intact.Span.Start, intact.Span.Length));
    }

    [Fact]
    public void An_unclosed_bracket_followed_by_def_still_yields_the_def()
    {
        const string text = "x = f(1,\ndef g():\n    return 1\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        var statements = Statements(tree);
        Assert.Equal(SyntaxKind.AssignmentStatement, statements[0].Kind);
        var last = statements[^1];
        Assert.Equal(SyntaxKind.FunctionDefinition, last.Kind);
        Assert.False(last.ContainsErrors);
        Assert.Contains(tree.Diagnostics, d => d.Code == ParserDiagnosticCodes.ExpectedToken && d.Message == "expected ')'");
    }

    [Fact]
    public void A_missing_colon_is_reported_after_the_condition_and_the_body_is_kept()
    {
        const string text = "if x\n    pass\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("expected ':'", diagnostic.Message);
        Assert.Equal(4, diagnostic.Span.Start);
        Assert.Equal(0, diagnostic.Span.Length);
        var ifStatement = Assert.Single(Statements(tree));
        Assert.Contains(ifStatement.DescendantNodes(), n => n.Kind == SyntaxKind.PassStatement);
        var colon = ifStatement.DescendantNodesAndTokens().First(t => t.Kind == SyntaxKind.Colon);
        Assert.True(colon.IsMissing);
    }

    [Fact]
    public void An_unexpected_indent_is_reported_and_the_indented_statements_are_parsed()
    {
        const string text = "a = 1\n    b = 2\n    c = 3\nd = 4\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(ParserDiagnosticCodes.UnexpectedIndent, diagnostic.Code);
        Assert.Equal(text.IndexOf('b'), diagnostic.Span.Start);
        Assert.Equal(4, Statements(tree).Count(s => s.Kind == SyntaxKind.AssignmentStatement));
    }

    [Fact]
    public void A_stray_dedent_keeps_both_statements()
    {
        const string text = "def f():\n        x = 1\n    y = 2\nz = 3\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        Assert.NotEmpty(tree.Diagnostics);
        var assignments = tree.Root.DescendantNodes().Where(n => n.Kind == SyntaxKind.AssignmentStatement).ToList();
        Assert.Equal(3, assignments.Count);
        Assert.Equal(SyntaxKind.AssignmentStatement, Statements(tree)[^1].Kind);
    }

    [Fact]
    public void A_missing_expression_is_a_name_with_a_missing_identifier()
    {
        const string text = "x = \n";
        var tree = SyntaxTree.Parse(text);
        var name = tree.Root.DescendantNodes().Last(n => n.Kind == SyntaxKind.NameExpression);
        Assert.True(name.IsMissing);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(ParserDiagnosticCodes.ExpectedExpression, diagnostic.Code);
        Assert.Equal(3, diagnostic.Span.Start);
    }

    [Fact]
    public void Unexpected_tokens_become_skipped_trivia_of_the_next_token()
    {
        const string text = "x = 1 ) ]\ny = 2\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        // The lexer reports the unmatched brackets; the parser adds nothing at the same spot.
        Assert.Equal([6, 8], tree.Diagnostics.Select(d => d.Span.Start));
        var newLine = (GreenToken)tree.Root.Statements.First().Green.GetSlot(3)!;
        Assert.Equal(SyntaxKind.NewLine, newLine.Kind);
        Assert.Equal([")", " ", "]"], newLine.LeadingTrivia.Select(t => t.Text));
        Assert.Equal(SyntaxKind.SkippedTokenTrivia, newLine.LeadingTrivia[0].Kind);
        Assert.Equal(2, Statements(tree).Count);
    }

    [Fact]
    public void An_except_clause_without_a_body_is_an_error_and_the_next_statement_survives()
    {
        const string text = "try:\n    pass\nexcept ValueError:\nx = 1\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        Assert.Contains(tree.Diagnostics, d => d.Code == ParserDiagnosticCodes.ExpectedToken && d.Message == "expected an indented block");
        Assert.Equal(SyntaxKind.AssignmentStatement, Statements(tree)[^1].Kind);
    }

    [Fact]
    public void A_stray_else_is_reported_and_its_body_kept()
    {
        const string text = "x = 1\nelse:\n    y = 2\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(new PySec.Text.TextSpan(6, 4), diagnostic.Span);
        Assert.Equal(2, Statements(tree).Count);
    }

    [Fact]
    public void Junk_before_a_closing_bracket_is_skipped_and_the_bracket_still_closes_its_group()
    {
        const string text = "f(a b)\nz = 1\n";
        var tree = SyntaxTree.Parse(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(new PySec.Text.TextSpan(4, 1), diagnostic.Span);
        var close = tree.Root.DescendantNodesAndTokens().First(t => t.Kind == SyntaxKind.CloseParen);
        Assert.False(close.IsMissing);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_position()
    {
        const string text = "f() = 1\ndef g(a=1, b): pass\nx = (1,\n";
        var tree = SyntaxTree.Parse(text);
        var starts = tree.Diagnostics.Select(d => d.Span.Start).ToList();
        Assert.True(starts.Count >= 3);
        Assert.Equal(starts.Order(), starts);
    }
}
