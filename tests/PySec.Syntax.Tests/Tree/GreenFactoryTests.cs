using System.Diagnostics;
using PySec.Syntax.Green;
using static PySec.Syntax.Tests.Tree.GreenBuilder;

namespace PySec.Syntax.Tests.Tree;

public class GreenFactoryTests
{
    [Fact]
    public void Factory_keeps_slots_in_field_order_with_absent_slots_null()
    {
        var number = Number(Tok(SyntaxKind.Number, "1"));
        var node = GreenFactory.RaiseStatement(Tok(SyntaxKind.RaiseKeyword, "raise"), null, null, null, null, Tok(SyntaxKind.NewLine, "\n"));
        Assert.Equal(SyntaxKind.RaiseStatement, node.Kind);
        Assert.Equal(6, node.SlotCount);
        Assert.Equal(SyntaxKind.RaiseKeyword, node.GetSlot(0)!.Kind);
        Assert.All(Enumerable.Range(1, 4), i => Assert.Null(node.GetSlot(i)));
        Assert.Equal(SyntaxKind.NewLine, node.GetSlot(5)!.Kind);
        Assert.Equal("raise\n", node.ToFullString());

        var sum = GreenFactory.BinaryExpression(number, Tok(SyntaxKind.Plus, "+"), number);
        Assert.Same(number, sum.GetSlot(0));
        Assert.Same(number, sum.GetSlot(2));
        Assert.Equal(3, sum.FullWidth);
    }

    [Fact]
    public void Missing_children_mark_the_node_as_containing_errors()
    {
        var node = GreenFactory.AttributeExpression(Name("a"), Tok(SyntaxKind.Dot, "."), Missing(SyntaxKind.Identifier));
        Assert.True(node.ContainsErrors);
        Assert.False(node.IsMissing);
        Assert.False(GreenFactory.AttributeExpression(Name("a"), Tok(SyntaxKind.Dot, "."), Tok(SyntaxKind.Identifier, "b")).ContainsErrors);
    }

    [Fact]
    public void Slot_constants_index_the_fields_the_factory_filled()
    {
        var statement = (ImportFromStatementSyntax)SampleTrees.ImportFrom().Statements[0];
        var green = statement.Green;
        Assert.Equal(SyntaxSlots.ImportFromStatement.Count, green.SlotCount);
        Assert.Same(statement.Names[0].Green, green.GetSlot(SyntaxSlots.ImportFromStatement.Names)!.GetSlot(0));
        Assert.Same(statement.ImportKeyword.Green, green.GetSlot(SyntaxSlots.ImportFromStatement.ImportKeyword));
        Assert.Null(green.GetSlot(SyntaxSlots.ImportFromStatement.Star));
        Assert.Equal(1, SyntaxSlots.BinaryExpression.Operator);
    }

#if DEBUG
    // Debug.Assert reports through the trace listeners; the default one would end the process.
    private sealed class ThrowingListener : TraceListener
    {
        public override void Fail(string? message, string? detailMessage) => throw new InvalidOperationException(message);
        public override void Write(string? message) { }
        public override void WriteLine(string? message) { }
    }

    public static TheoryData<string, Func<GreenNode>> ContractViolations() => new()
    {
        { "BinaryExpression.Left is required", () => GreenFactory.BinaryExpression(null!, Tok(SyntaxKind.Plus, "+"), Name("b")) },
        { "BinaryExpression.Operator is required", () => GreenFactory.BinaryExpression(Name("a"), null!, Name("b")) },
        { "BinaryExpression.Left cannot hold PassStatement",
          () => GreenFactory.BinaryExpression(GreenFactory.PassStatement(Tok(SyntaxKind.PassKeyword, "pass"), null, null), Tok(SyntaxKind.Plus, "+"), Name("b")) },
        { "BinaryExpression.Operator holds WhitespaceTrivia, which is not a token kind",
          () => GreenFactory.BinaryExpression(Name("a"), Tok(SyntaxKind.WhitespaceTrivia, " "), Name("b")) },
        { "Module.Statements[0] cannot hold NameExpression", () => GreenFactory.Module(List(Name("a")), Eof()) },
        { "DottedName.Parts[0] must be a token, not NameExpression", () => GreenFactory.DottedName(List(Name("a"))) },
        { "ArgumentList.Arguments[1] must be a token, not Argument",
          () => GreenFactory.ArgumentList(Tok(SyntaxKind.OpenParen, "("), List(Arg(Name("a")), Arg(Name("b"))), Tok(SyntaxKind.CloseParen, ")")) },
        { "Module.Statements: an empty list must be null", () => GreenFactory.Module(new GreenList([]), Eof()) },
    };

    [Theory]
    [MemberData(nameof(ContractViolations))]
    public void Debug_builds_reject_slots_that_break_the_grammar(string expected, Func<GreenNode> build)
    {
        var previous = new TraceListener[Trace.Listeners.Count];
        Trace.Listeners.CopyTo(previous, 0);
        Trace.Listeners.Clear();
        Trace.Listeners.Add(new ThrowingListener());
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => build());
            Assert.Equal(expected, error.Message);
        }
        finally
        {
            Trace.Listeners.Clear();
            Trace.Listeners.AddRange(previous);
        }
    }
#endif
}
