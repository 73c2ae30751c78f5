using System.Text;
using PySec.Syntax.Lexing;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>Properties every lexing result must have, whatever the input.</summary>
internal static class LexerInvariants
{
    public static void AssertWellFormed(string text, LexResult result)
    {
        var tokens = result.Tokens;
        Assert.NotEmpty(tokens);
        Assert.Equal(SyntaxKind.EndOfFile, tokens[^1].Kind);
        Assert.Equal(1, tokens.Count(t => t.Kind == SyntaxKind.EndOfFile));

        var builder = new StringBuilder(text.Length);
        foreach (var token in tokens) token.WriteTo(builder);
        var roundTrip = builder.ToString();
        if (roundTrip != text)
        {
            var at = FirstDifference(text, roundTrip);
            Assert.Fail($"round trip differs at offset {at} (source length {text.Length}, tokens spell {roundTrip.Length})");
        }

        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == SyntaxKind.Indent) depth++;
            if (token.Kind == SyntaxKind.Dedent) depth--;
            Assert.True(depth >= 0, "a Dedent without a matching Indent");
            if (token.Width == 0)
                Assert.True(token.Kind is SyntaxKind.Indent or SyntaxKind.Dedent or SyntaxKind.NewLine or SyntaxKind.EndOfFile,
                    $"zero-width {token.Kind} token");
            if (token.Kind is SyntaxKind.Indent or SyntaxKind.Dedent)
                Assert.True(token.FullWidth == 0, "Indent and Dedent carry no trivia");
        }
        Assert.Equal(0, depth);

        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            Assert.StartsWith("PS01", diagnostic.Code);
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
            if (a[i] != b[i]) return i;
        return length;
    }
}
