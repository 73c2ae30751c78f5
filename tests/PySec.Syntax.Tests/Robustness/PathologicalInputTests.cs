using System.Diagnostics;
using System.Text;
using PySec.Syntax.CPythonAst;
using PySec.Syntax.Lexing;
using PySec.Syntax.Parsing;
using PySec.Syntax.Tests.Infrastructure;
using PySec.Text;
using PySec.Text.Decoding;

namespace PySec.Syntax.Tests.Robustness;

/// <summary>
/// Inputs built to hurt: huge, deeply nested, long chains, broken bytes. Each must keep the invariants,
/// survive every consumer of the tree (red walk, printer, CPython AST view) without overflowing the stack
/// or taking more than linear-ish time, and report the diagnostic CPython would report where one is due.
/// </summary>
public class PathologicalInputTests
{
    [Fact]
    public void Ten_megabyte_file()
    {
        var builder = new StringBuilder(10_100_000);
        foreach (var file in StdlibCorpus.ValidFiles)
        {
            var text = SourceText.FromBytes(file.Bytes).Text;
            builder.Append(text.TrimStart('\uFEFF'));
            if (!text.EndsWith('\n')) builder.Append('\n');
            if (builder.Length >= 10_000_000) break;
        }

        var tree = ParseChecked(builder.ToString());

        Assert.True(tree.Text.Length >= 10_000_000);
        // Size, not shape, is the point here: the walkers, printer and writer are exercised by the deep cases.
        var bound = SyntaxInvariants.TimeBound(tree.Text.Length);
        Within(bound, "walking the red tree", () => Assert.True(tree.Root.DescendantNodesAndTokens().Count() > 1_000_000));
        Within(bound, "lowering to the CPython AST", () => Assert.NotNull(CPythonAstLowering.Lower(tree)));
    }

    [Fact]
    public void Hundred_thousand_nested_open_parentheses()
    {
        var tree = ParseChecked(new string('(', 100_000));

        Assert.Contains(tree.Diagnostics, d => d.Code == ParserDiagnosticCodes.TooDeeplyNested);
        Assert.Contains(tree.Diagnostics, d => d.Code == LexerDiagnosticCodes.UnclosedBracket);
        ExerciseWholeLayer(tree);
    }

    [Fact]
    public void Ten_thousand_nested_if_blocks()
    {
        var builder = new StringBuilder();
        for (var depth = 0; depth < 10_000; depth++) builder.Append(' ', depth).Append("if x:\n");
        builder.Append(' ', 10_000).Append("pass\n");

        var tree = ParseChecked(builder.ToString());

        // CPython: "IndentationError: too many levels of indentation" (its limit is 100).
        Assert.Contains(tree.Diagnostics, d => d.Code == ParserDiagnosticCodes.TooDeeplyNested);
        ExerciseWholeLayer(tree);
    }

    [Fact]
    public void Hundred_thousand_term_sum()
    {
        var text = string.Concat(Enumerable.Repeat("1+", 99_999)) + "1\n";

        var tree = ParseChecked(text);

        // Valid syntax; CPython only fails for lack of recursion depth while building its AST.
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(99_999, tree.Root.DescendantNodes().Count(n => n.Kind == SyntaxKind.BinaryExpression));
        ExerciseWholeLayer(tree);
    }

    [Fact]
    public void Ten_thousand_elif_clauses()
    {
        var text = "if x:\n    pass\n" + string.Concat(Enumerable.Repeat("elif x:\n    pass\n", 10_000));

        var tree = ParseChecked(text);

        Assert.Empty(tree.Diagnostics);
        ExerciseWholeLayer(tree);
    }

    [Fact]
    public void Invalid_UTF8()
    {
        var bytes = Latin1.Bytes("s = '\u00FF\u00FE'\nt = '\u00C3'\nu = 1\n");

        var source = SourceText.FromBytes(bytes);
        var tree = ParseChecked(source);

        Assert.Equal(bytes, source.ToBytes());
        Assert.Equal(2, tree.Diagnostics.Count(d => d.Code == DecodingDiagnosticCodes.InvalidUtf8));
        Assert.Equal(new LinePosition(1, 5), source.Lines.GetLinePosition(tree.Diagnostics.Last(d => d.Code == DecodingDiagnosticCodes.InvalidUtf8).Span.Start));
    }

    [Fact]
    public void NUL_bytes()
    {
        var tree = ParseChecked(SourceText.FromBytes(Latin1.Bytes("x = 1\0\ny = '\0'\n\0")));

        // CPython 3.11: "source code cannot contain null bytes".
        var nul = tree.Diagnostics.First(d => d.Code == LexerDiagnosticCodes.NullCharacter);
        Assert.Equal(5, nul.Span.Start);
    }

    [Fact]
    public void Lone_surrogates()
    {
        const string text = "x = \uD800\ny = '\uDC80'\n# \uD83D\nz = 1\n";

        var tree = ParseChecked(text);

        var invalid = Assert.Single(tree.Diagnostics, d => d.Code == LexerDiagnosticCodes.InvalidCharacter);
        Assert.Equal(4, invalid.Span.Start);
        Assert.Equal(SourceText.From(text).ToBytes(), Encoding.UTF8.GetBytes("x = \uFFFD\ny = '").Concat(new byte[] { 0x80 })
            .Concat(Encoding.UTF8.GetBytes("'\n# \uFFFD\nz = 1\n")));
    }

    [Fact]
    public void Unterminated_triple_quoted_string_at_the_start_of_a_large_file()
    {
        var text = "'''" + string.Concat(Enumerable.Repeat("def f(x):\n    return x + 1\n", 40_000));

        var tree = ParseChecked(text);

        var unterminated = Assert.Single(tree.Diagnostics, d => d.Code == LexerDiagnosticCodes.UnterminatedTripleQuotedString);
        Assert.Equal(0, unterminated.Span.Start);
        ExerciseWholeLayer(tree);
    }

    private static SyntaxTree ParseChecked(string text) => ParseChecked(SourceText.From(text));

    private static SyntaxTree ParseChecked(SourceText source)
    {
        var failure = SyntaxInvariants.Check(source);
        Assert.True(failure is null, $"{failure?.Violation}: {failure?.Detail}");
        return SyntaxTree.Parse(source);
    }

    /// <summary>
    /// Every consumer of a tree must cope with it: each walks it completely within the hang bound, measured
    /// against the input for walks and against the output for writers (the JSON of a long sum is ~100 times its source).
    /// </summary>
    private static void ExerciseWholeLayer(SyntaxTree tree)
    {
        var bound = SyntaxInvariants.TimeBound(tree.Text.Length);
        Within(bound, "walking the red tree", () => Assert.True(tree.Root.DescendantNodesAndTokens().Count() > 0));

        var stopwatch = Stopwatch.StartNew();
        var printed = SyntaxTreePrinter.Print(tree.Root);
        WithinOutputBound(stopwatch, "printing the tree", printed.Length);

        AstNode? ast = null;
        Within(bound, "lowering to the CPython AST", () => ast = CPythonAstLowering.Lower(tree));

        stopwatch.Restart();
        var json = CPythonAstJson.ToJson(ast!, indented: false);
        WithinOutputBound(stopwatch, "writing the CPython AST as JSON", json.Length);
        Assert.StartsWith("{\"_type\":\"Module\"", json);
    }

    private static void WithinOutputBound(Stopwatch stopwatch, string what, int outputLength)
    {
        var bound = SyntaxInvariants.TimeBound(outputLength);
        Assert.True(stopwatch.Elapsed <= bound,
            $"{what} ({outputLength} chars) took {stopwatch.Elapsed.TotalMilliseconds:0} ms, bound {bound.TotalMilliseconds:0} ms");
    }

    private static void Within(TimeSpan bound, string what, Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        Assert.True(stopwatch.Elapsed <= bound, $"{what} took {stopwatch.Elapsed.TotalMilliseconds:0} ms, bound {bound.TotalMilliseconds:0} ms");
    }
}
