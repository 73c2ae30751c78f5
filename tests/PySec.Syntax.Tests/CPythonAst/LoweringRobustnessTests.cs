using System.Text;
using PySec.Syntax.CPythonAst;
using PySec.Syntax.Green;
using PySec.Syntax.Tests.Infrastructure;

namespace PySec.Syntax.Tests.CPythonAst;

public class LoweringRobustnessTests
{
    [Fact]
    public void A_100000_term_addition_chain_lowers_without_recursion()
    {
        // Built directly from green nodes so that the depth does not depend on the parser's nesting limit.
        const int terms = 100_000;
        GreenNode expression = Number("1");
        for (var i = 1; i < terms; i++)
            expression = GreenFactory.BinaryExpression(expression, Token(SyntaxKind.Plus, "+"), Number("1"));
        var statement = GreenFactory.ExpressionStatement(expression, null, Token(SyntaxKind.NewLine, "\n"));
        var module = GreenFactory.Module(new GreenList([statement]), Token(SyntaxKind.EndOfFile, ""));

        var json = CPythonAstJson.ToJson(CPythonAstLowering.Lower(module), indented: false);

        var innermost = "{\"_type\":\"BinOp\",\"left\":{\"_type\":\"Constant\",\"value\":1,\"kind\":null,\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":1}";
        Assert.Contains(innermost, json);
        var outermostEnd = $"\"lineno\":1,\"col_offset\":0,\"end_lineno\":1,\"end_col_offset\":{2 * terms - 1}}},\"lineno\":1";
        Assert.Contains(outermostEnd, json);
        Assert.Equal(terms - 1, CountOccurrences(json, "\"_type\":\"BinOp\""));
    }

    [Fact]
    public void The_parsed_100000_term_chain_lowers_without_overflowing_the_stack()
    {
        var source = new StringBuilder("x = 1");
        for (var i = 1; i < 100_000; i++) source.Append("+1");
        var tree = SyntaxTree.Parse(source.Append('\n').ToString());
        var json = CPythonAstJson.ToJson(tree, indented: false);
        Assert.StartsWith("{\"_type\":\"Module\",\"body\":[{\"_type\":\"Assign\"", json);
    }

    [Fact]
    public void Truncated_and_damaged_stdlib_files_lower_without_throwing()
    {
        var random = new Random(7);
        var files = StdlibCorpus.Files;
        for (var n = 0; n < 150; n++)
        {
            var file = files[random.Next(files.Count)];
            var text = Encoding.UTF8.GetString(file.Bytes);
            var cut = text[..random.Next(text.Length + 1)];
            var damaged = new StringBuilder(cut);
            for (var k = 0; k < 5 && damaged.Length > 0; k++)
                damaged[random.Next(damaged.Length)] = Damage[random.Next(Damage.Length)];
            foreach (var source in new[] { cut, damaged.ToString() })
            {
                var tree = SyntaxTree.Parse(source);
                var json = CPythonAstJson.ToJson(tree, indented: false);
                Assert.StartsWith("{\"_type\":\"Module\"", json);
            }
        }
    }

    private const string Damage = "([{}])'\":=\\\n\tf*@";

    private static GreenToken Token(SyntaxKind kind, string text) => new(kind, text);
    private static GreenNode Number(string text) => GreenFactory.NumberExpression(Token(SyntaxKind.Number, text));

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
