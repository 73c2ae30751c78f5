using System.Text;
using PySec.Syntax.Parsing;
using PySec.Syntax.Tests.Infrastructure;

namespace PySec.Syntax.Tests.Parsing;

/// <summary>Hostile input: the parser must return a lossless tree, never throw, hang or overflow the stack.</summary>
public sealed class ParserRobustnessTests
{
    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static SyntaxTree ParseAndCheck(string text)
    {
        var tree = ParserTestHelpers.ParseOnSmallStack(text);
        ParserTestHelpers.AssertRoundTrip(text, tree);
        return tree;
    }

    private static void AssertSingleTooDeep(SyntaxTree tree) =>
        Assert.Single(tree.Diagnostics, d => d.Code == ParserDiagnosticCodes.TooDeeplyNested);

    [Fact]
    public void A_hundred_thousand_unclosed_parentheses_are_skipped_after_one_diagnostic()
    {
        var tree = ParseAndCheck(new string('(', 100_000));
        AssertSingleTooDeep(tree);
        Assert.Equal(200, tree.Diagnostics.Single(d => d.Code == ParserDiagnosticCodes.TooDeeplyNested).Span.Start);
    }

    [Fact]
    public void A_hundred_thousand_balanced_parentheses_give_one_diagnostic()
    {
        var tree = ParseAndCheck(new string('(', 100_000) + "x" + new string(')', 100_000) + "\ny = 1\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(ParserDiagnosticCodes.TooDeeplyNested, diagnostic.Code);
        Assert.Equal(SyntaxKind.AssignmentStatement, tree.Root.Statements.Last().Kind);
    }

    [Fact]
    public void Ten_thousand_nested_if_blocks_are_skipped_past_the_limit()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 10_000; i++) builder.Append(' ', i).Append("if x:\n");
        builder.Append(' ', 10_000).Append("pass\nafter = 1\n");
        var tree = ParseAndCheck(builder.ToString());
        AssertSingleTooDeep(tree);
        Assert.Equal(SyntaxKind.AssignmentStatement, tree.Root.Statements.Last().Kind);
    }

    [Theory]
    [InlineData("x = 1", "+1", "")]
    [InlineData("x = 1", " and 1", "")]
    [InlineData("x = 1", " < 1", "")]
    [InlineData("x = a", ".b", "")]
    [InlineData("x = f", "()", "")]
    public void Long_operator_chains_parse_iteratively_without_diagnostics(string head, string link, string tail)
    {
        var tree = ParseAndCheck(head + Repeat(link, 100_000) + tail + "\n");
        Assert.Empty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("x = ", "-", "1")]
    [InlineData("x = ", "not ", "1")]
    [InlineData("x = 1", "**1", "")]
    [InlineData("x = ", "lambda: ", "1")]
    [InlineData("x = ", "1 if 2 else ", "1")]
    [InlineData("x = ", "[", "")]
    [InlineData("x = ", "f(", "")]
    [InlineData("x = ", "{1: ", "")]
    [InlineData("x = ", "a[", "")]
    public void Deep_recursion_stops_at_the_nesting_limit(string head, string link, string tail)
    {
        AssertSingleTooDeep(ParseAndCheck(head + Repeat(link, 100_000) + tail + "\n"));
    }

    [Fact]
    public void Deeply_nested_patterns_stop_at_the_nesting_limit()
    {
        var text = "match x:\n    case " + new string('[', 10_000) + new string(']', 10_000) + ":\n        pass\n";
        AssertSingleTooDeep(ParseAndCheck(text));
    }

    [Fact]
    public void The_nesting_limit_is_an_option()
    {
        const string text = "x = ((((((((((((1))))))))))))\n";
        Assert.Empty(SyntaxTree.Parse(text).Diagnostics);
        var tree = SyntaxTree.Parse(text, new ParseOptions(MaxNestingDepth: 5));
        ParserTestHelpers.AssertRoundTrip(text, tree);
        AssertSingleTooDeep(tree);
    }

    [Fact]
    public void Random_text_round_trips()
    {
        const string alphabet = "()[]{}:;,.=+-*/%@<>!~^&|\\\n\n\n    \t#'\"fbrutcase match type if else def class lambda yield await async for in not and or is x1_";
        var random = new Random(20261127);
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var k = 0; k < chars.Length; k++)
                chars[k] = random.Next(5) == 0 ? (char)random.Next(0, 0x3000) : alphabet[random.Next(alphabet.Length)];
            ParseAndCheck(new string(chars));
        }
    }

    [Fact]
    public void Random_bytes_decoded_as_latin1_round_trip()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 2_000)];
            random.NextBytes(bytes);
            ParseAndCheck(Encoding.Latin1.GetString(bytes));
        }
    }

    [Theory]
    [InlineData("compound-statements.py")]
    [InlineData("match-statements.py")]
    [InlineData("expressions.py")]
    [InlineData("strings.py")]
    public void Every_truncation_of_a_fixture_round_trips(string fixture)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "parsing", fixture));
        for (var length = 0; length <= text.Length; length++) ParseAndCheck(text[..length]);
    }

    [Fact]
    public void Truncations_of_a_large_stdlib_file_round_trip()
    {
        var text = PySec.Text.SourceText.FromBytes(StdlibCorpus.Get("typing.py").Bytes).Text;
        for (var length = 0; length <= text.Length; length += 397) ParseAndCheck(text[..length]);
    }
}
