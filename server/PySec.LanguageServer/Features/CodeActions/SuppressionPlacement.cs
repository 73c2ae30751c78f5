using System.Text.RegularExpressions;
using PySec.Rules;
using PySec.Rules.Suppressions;
using PySec.Syntax;
using PySec.Text;

namespace PySec.LanguageServer.Features.CodeActions;

/// <summary>
/// Where "Suppress PYSEC123 on this line" writes its comment. The engine honours a suppression on any line of the
/// statement holding the finding (for a compound statement, any line of its header), so the comment goes at the end
/// of the first of those lines where a comment can stand: the finding's own line if possible, else the
/// statement's lines in order, skipping lines that end inside a multi-line string or with a backslash
/// continuation. An existing <c># pysec: ignore[...]</c> on that line gets the id added to its list instead.
/// </summary>
public static partial class SuppressionPlacement
{
    public const string ReasonPlaceholder = "<reason>";

    /// <summary>The edit, or null when no line of the statement can take a comment.</summary>
    public static TextEdit? Edit(SyntaxTree tree, LineMap lines, TextSpan finding, string ruleId)
    {
        var (first, last) = SuppressionScope.StatementLines(tree, finding, lines);
        var own = lines.GetLineIndex(finding.Start);
        foreach (var line in new[] { own }.Concat(Enumerable.Range(first, last - first + 1)).Distinct())
        {
            if (line < first || line > last) continue;
            if (EditOnLine(tree, lines, line, ruleId) is { } edit) return edit;
        }
        return null;
    }

    private static TextEdit? EditOnLine(SyntaxTree tree, LineMap lines, int line, string ruleId)
    {
        var text = tree.Text;
        var start = lines.GetLineStart(line);
        var end = lines.GetLineEnd(line);
        if (IsInsideToken(tree, end)) return null;
        if (Comment(tree, start, end) is { } comment)
        {
            var existing = PySecIgnore().Match(comment.Text);
            if (existing.Success)
            {
                // A bracket-less pysec ignore already silences every rule; a listed one gains the id.
                if (!existing.Groups["ids"].Success) return null;
                var close = comment.Position + existing.Groups["ids"].Index + existing.Groups["ids"].Length;
                var separator = existing.Groups["ids"].Value.Trim().Length == 0 ? "" : ", ";
                return new TextEdit(new TextSpan(close, 0), separator + ruleId);
            }
            return new TextEdit(new TextSpan(end, 0), $"  # pysec: ignore[{ruleId}] -- {ReasonPlaceholder}");
        }
        var content = text.AsSpan(start, end - start).TrimEnd();
        if (content.EndsWith("\\")) return null;
        var insertAt = start + content.Length;
        var padding = content.Length == 0 ? "" : "  ";
        return new TextEdit(TextSpan.FromBounds(insertAt, end), $"{padding}# pysec: ignore[{ruleId}] -- {ReasonPlaceholder}");
    }

    /// <summary>Whether the position lies strictly inside a token (a string that continues on the next line).</summary>
    private static bool IsInsideToken(SyntaxTree tree, int position)
    {
        if (position <= 0 || position >= tree.Text.Length) return false;
        var token = tree.Root.FindToken(position);
        return token.Span.Start < position && position < token.Span.End;
    }

    private static SyntaxTrivia? Comment(SyntaxTree tree, int lineStart, int lineEnd)
    {
        if (lineEnd <= lineStart || tree.Text.Length == 0) return null;
        var token = tree.Root.FindToken(Math.Min(lineEnd - 1, tree.Text.Length - 1));
        foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            if (trivia.Kind == SyntaxKind.CommentTrivia && trivia.Position >= lineStart && trivia.Span.End <= lineEnd) return trivia;
        return null;
    }

    [GeneratedRegex(@"#\s*pysec:\s*ignore(?:\[(?<ids>[^\]]*)\])?", RegexOptions.IgnoreCase)]
    private static partial Regex PySecIgnore();
}
