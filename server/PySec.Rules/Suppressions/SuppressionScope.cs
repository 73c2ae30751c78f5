using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Suppressions;

/// <summary>
/// The lines a suppression comment covers: every line of a simple statement, or the header of a compound statement
/// (from <c>def</c>/<c>if</c>/<c>with</c> to the colon). The engine reads comments with it and editors place new
/// comments with it, so a comment an editor inserts is always one the engine honours.
/// </summary>
public static class SuppressionScope
{
    /// <summary>The first and last line of the statement (or compound statement header) that holds the span.</summary>
    public static (int First, int Last) StatementLines(SyntaxTree tree, TextSpan span, LineMap lines)
    {
        if (tree.Text.Length == 0) return (0, 0);
        var node = tree.Root.FindToken(Math.Min(span.Start, Math.Max(0, tree.Text.Length - 1))).Parent;
        for (; node is not null; node = node.Parent)
        {
            var range = node switch
            {
                SimpleStatementSyntax or DecoratorSyntax => node.Span,
                _ => HeaderSpan(node),
            };
            if (range is { } found && found.Contains(span.Start))
                return (lines.GetLineIndex(found.Start), lines.GetLineIndex(Math.Max(found.Start, found.End - 1)));
        }
        var line = lines.GetLineIndex(span.Start);
        return (line, lines.GetLineIndex(Math.Max(span.Start, span.End - 1)));
    }

    private static TextSpan? HeaderSpan(SyntaxNode node)
    {
        var (start, colon) = node switch
        {
            FunctionDefinitionSyntax function => ((function.AsyncKeyword ?? function.DefKeyword).Span.Start, function.Body.Colon),
            ClassDefinitionSyntax @class => (@class.ClassKeyword.Span.Start, @class.Body.Colon),
            IfStatementSyntax @if => (@if.IfKeyword.Span.Start, @if.Body.Colon),
            ElifClauseSyntax elif => (elif.ElifKeyword.Span.Start, elif.Body.Colon),
            WhileStatementSyntax @while => (@while.WhileKeyword.Span.Start, @while.Body.Colon),
            ForStatementSyntax @for => ((@for.AsyncKeyword ?? @for.ForKeyword).Span.Start, @for.Body.Colon),
            WithStatementSyntax with => ((with.AsyncKeyword ?? with.WithKeyword).Span.Start, with.Body.Colon),
            ExceptClauseSyntax except => (except.ExceptKeyword.Span.Start, except.Body.Colon),
            CaseClauseSyntax @case => (@case.CaseKeyword.Span.Start, @case.Body.Colon),
            MatchStatementSyntax match => (match.MatchKeyword.Span.Start, match.Colon),
            _ => (-1, default(SyntaxToken)),
        };
        return start < 0 ? null : TextSpan.FromBounds(start, colon.Span.End);
    }
}
