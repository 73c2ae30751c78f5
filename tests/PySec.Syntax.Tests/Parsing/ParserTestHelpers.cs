using PySec.Text;

namespace PySec.Syntax.Tests.Parsing;

internal static class ParserTestHelpers
{
    /// <summary>
    /// Parses on a thread with a 1 MB stack, smaller than any default, so that a test proves the parser's own
    /// nesting guard, not the generosity of the test runner's stack.
    /// </summary>
    public static SyntaxTree ParseOnSmallStack(string text, ParseOptions? options = null)
    {
        SyntaxTree? tree = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                tree = SyntaxTree.Parse(text, options);
            }
            catch (Exception e)
            {
                error = e;
            }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null) throw new InvalidOperationException("the parser threw", error);
        return tree!;
    }

    public static void AssertRoundTrip(string text, SyntaxTree tree) =>
        Assert.True(tree.GreenRoot.ToFullString() == text, "the tree's text differs from the source");

    /// <summary>The source text of the first node of <paramref name="kind"/> (its span, trivia excluded).</summary>
    public static string TextOfFirst(SyntaxTree tree, SyntaxKind kind)
    {
        var node = tree.Root.DescendantNodes().First(n => n.Kind == kind);
        return tree.Text.Substring(node.Span.Start, node.Span.Length);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Select(d => d.ToString()));
}
