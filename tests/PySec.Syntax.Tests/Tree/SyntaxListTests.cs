using static PySec.Syntax.Tests.Tree.GreenBuilder;

namespace PySec.Syntax.Tests.Tree;

public class SyntaxListTests
{
    private static ImportFromStatementSyntax Import() => (ImportFromStatementSyntax)SampleTrees.ImportFrom().Statements[0];

    [Fact]
    public void Separated_list_indexes_elements_and_separators_apart()
    {
        var names = Import().Names;
        Assert.Equal(2, names.Count);
        Assert.Equal(2, names.SeparatorCount);
        Assert.True(names.HasTrailingSeparator);
        Assert.Equal("a as b", names[0].ToString());
        Assert.Equal("c", names[1].ToString());
        Assert.Equal([",", ","], names.Separators.Select(s => s.Text));
        Assert.Equal(29, names.GetSeparator(0).Span.Start);
        Assert.Equal(
            [SyntaxKind.ImportAlias, SyntaxKind.Comma, SyntaxKind.ImportAlias, SyntaxKind.Comma],
            names.GetWithSeparators().Select(x => x.Kind));
        Assert.Equal(["a as b", "c"], names.Select(n => n.ToString()));
    }

    [Fact]
    public void Separators_and_list_elements_have_the_owning_node_as_parent()
    {
        var statement = Import();
        Assert.Same(statement, statement.Names[0].Parent);
        Assert.Same(statement, statement.Names.GetSeparator(1).Parent);
        Assert.Same(statement, statement.Dots[0].Parent);
    }

    [Fact]
    public void Token_lists_hold_tokens_in_order()
    {
        var statement = Import();
        Assert.Equal(2, statement.Dots.Count);
        Assert.Equal([5, 6], statement.Dots.Select(d => d.Span.Start));
        var parts = statement.Module!.Parts;
        Assert.Equal(["pkg", "mod"], parts.Select(p => p.Text));
        Assert.Equal(".", parts.GetSeparator(0).Text);
        Assert.False(parts.HasTrailingSeparator);
        Assert.Equal(["pkg", ".", "mod"], parts.GetWithSeparators().Select(p => p.Text));
    }

    [Fact]
    public void Empty_lists_have_no_elements_and_no_span()
    {
        var root = Root(Module(Eof()));
        Assert.Empty(root.Statements);
        Assert.Null(root.Statements.FullSpan);
        Assert.Throws<ArgumentOutOfRangeException>(() => root.Statements[0]);

        var dotted = (DottedNameSyntax)SyntaxNode.CreateRoot(Green.GreenFactory.DottedName(null));
        Assert.Empty(dotted.Parts);
        Assert.Equal(0, dotted.Parts.SeparatorCount);
        Assert.False(dotted.Parts.HasTrailingSeparator);
        Assert.Empty(dotted.Parts.GetWithSeparators());
    }

    [Fact]
    public void Out_of_range_indexes_are_rejected()
    {
        var names = Import().Names;
        Assert.Throws<ArgumentOutOfRangeException>(() => names[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => names[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => names.GetSeparator(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Import().Dots[2]);
    }

    [Fact]
    public void Long_lists_give_correct_positions_for_every_element()
    {
        // Long enough for the list to index its children through an offset table.
        const int count = 50;
        var statements = Enumerable.Range(0, count)
            .Select(i => Green.GreenFactory.PassStatement(
                Tok(SyntaxKind.PassKeyword, "pass").Lead(i % 3 == 0 ? [Nl()] : []), null, Tok(SyntaxKind.NewLine, "\n")))
            .ToArray();
        var root = Root(Module(Eof(), statements));
        var source = root.ToFullString();
        Assert.Equal(count, root.Statements.Count);
        for (var i = count - 1; i >= 0; i--)
        {
            var statement = (PassStatementSyntax)root.Statements[i];
            Assert.Equal("pass", source.Substring(statement.PassKeyword.Span.Start, 4));
            Assert.Same(statement, root.FindToken(statement.PassKeyword.Span.Start).Parent);
        }
    }
}
