using System.Globalization;
using System.Text;
using PySec.Syntax.Green;
using PySec.Syntax.Lexing;
using PySec.Text;

namespace PySec.Syntax.Tests.Lexing;

/// <summary>
/// A compact, diff-friendly text form of a token stream: one token per line, leading trivia in braces before the
/// kind, trailing trivia in braces after the text, then one line per diagnostic starting with '!'.
/// </summary>
/// <example><code>
/// {nl"\n" ws"    "} Identifier "y" {ws" "}
/// ! PS0109 [4..8) leading zeros ...
/// </code></example>
internal static class TokenDump
{
    public static string Format(LexResult result)
    {
        var builder = new StringBuilder();
        foreach (var token in result.Tokens) builder.Append(FormatToken(token)).Append('\n');
        foreach (var diagnostic in result.Diagnostics) builder.Append(FormatDiagnostic(diagnostic)).Append('\n');
        return builder.ToString();
    }

    public static string FormatToken(GreenToken token)
    {
        var builder = new StringBuilder();
        if (token.LeadingTrivia.Count > 0) AppendTrivia(builder, token.LeadingTrivia).Append(' ');
        builder.Append(token.Kind).Append(' ').Append(Quote(token.Text));
        if (token.TrailingTrivia.Count > 0) AppendTrivia(builder.Append(' '), token.TrailingTrivia);
        return builder.ToString();
    }

    public static string FormatDiagnostic(Diagnostic diagnostic) =>
        $"! {diagnostic.Code} {diagnostic.Span} {diagnostic.Message}";

    private static StringBuilder AppendTrivia(StringBuilder builder, IReadOnlyList<GreenTrivia> trivia)
    {
        builder.Append('{');
        for (var i = 0; i < trivia.Count; i++)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(ShortName(trivia[i].Kind)).Append(Quote(trivia[i].Text));
        }
        return builder.Append('}');
    }

    private static string ShortName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.WhitespaceTrivia => "ws",
        SyntaxKind.CommentTrivia => "comment",
        SyntaxKind.LineContinuationTrivia => "cont",
        SyntaxKind.NewLineTrivia => "nl",
        SyntaxKind.ByteOrderMarkTrivia => "bom",
        SyntaxKind.SkippedTokenTrivia => "skipped",
        _ => kind.ToString(),
    };

    /// <summary>A double-quoted form with C-style escapes for quotes, backslashes and invisible characters.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\f': builder.Append("\\f"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (IsInvisible(c))
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static bool IsInvisible(char c) => c != ' ' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The inverse of <see cref="Quote"/> for one quoted literal (the whole string, quotes included).</summary>
    public static string Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
            throw new FormatException($"not a quoted literal: {quoted}");
        var builder = new StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            var e = quoted[++i];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'f': builder.Append('\f'); break;
                case '0': builder.Append('\0'); break;
                case 'u':
                    builder.Append((char)int.Parse(quoted.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(e); break;
            }
        }
        return builder.ToString();
    }
}
