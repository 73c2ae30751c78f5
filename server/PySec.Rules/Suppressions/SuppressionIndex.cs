using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Suppressions;

/// <summary>
/// Applies suppression comments to findings. A comment covers every line of the statement it is on: for a
/// simple statement all its lines, for a compound statement its header (from <c>def</c>/<c>if</c>/<c>with</c> to the
/// colon), so a comment on any line of a multi-line call silences it. Ids are our ids, rule names, or Bandit and
/// Ruff aliases; an id that names no rule is reported (PS0301) and silences nothing.
/// </summary>
internal static class SuppressionIndex
{
    public const string UnknownIdCode = "PS0301";

    public static List<Finding> Apply(RuleSet rules, SyntaxTree tree, List<Finding> findings, List<Diagnostic> diagnostics)
    {
        var text = tree.Text;
        if (!MayHaveSuppressions(text)) return findings;
        var comments = Collect(tree, rules, diagnostics);
        if (comments.Count == 0 || findings.Count == 0) return findings;

        var lines = LineMap.Create(text);
        var byLine = new Dictionary<int, List<SuppressionComment>>();
        foreach (var comment in comments)
        {
            var line = lines.GetLineIndex(comment.Span.Start);
            if (!byLine.TryGetValue(line, out var list)) byLine[line] = list = [];
            list.Add(comment);
        }

        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var covering = StatementLines(tree, finding.Span, lines);
            SuppressionComment? match = null;
            for (var line = covering.First; line <= covering.Last && match is null; line++)
                if (byLine.TryGetValue(line, out var onLine))
                    match = onLine.FirstOrDefault(c => Silences(c, finding.Rule, rules));
            result.Add(match is null ? finding : finding with { Suppression = new Suppression(match.Kind, match.Span, match.Reason) });
        }
        return result;
    }

    private static bool MayHaveSuppressions(string text) =>
        text.Contains("nosec", StringComparison.OrdinalIgnoreCase) || text.Contains("pysec", StringComparison.OrdinalIgnoreCase)
        || text.Contains("noqa", StringComparison.OrdinalIgnoreCase);

    private static bool Silences(SuppressionComment comment, Rule rule, RuleSet rules)
    {
        if (comment.IsBlanket) return comment.Kind != "noqa";
        foreach (var (id, _) in comment.Ids)
            if (rules.Resolve(id).Contains(rule)) return true;
        return false;
    }

    private static List<SuppressionComment> Collect(SyntaxTree tree, RuleSet rules, List<Diagnostic> diagnostics)
    {
        var comments = new List<SuppressionComment>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia) Read(trivia);
            foreach (var trivia in token.TrailingTrivia) Read(trivia);
        }
        return comments;

        void Read(SyntaxTrivia trivia)
        {
            if (trivia.Kind != SyntaxKind.CommentTrivia) return;
            foreach (var comment in SuppressionComment.Parse(trivia.Text, trivia.Position))
            {
                var known = new List<(string, TextSpan)>();
                foreach (var (id, span) in comment.Ids)
                {
                    if (rules.Resolve(id).Count > 0) known.Add((id, span));
                    // Ruff's noqa list names other linters' codes too (E501, F401): only ours are checked.
                    else if (comment.Kind != "noqa")
                        diagnostics.Add(new Diagnostic(UnknownIdCode, DiagnosticSeverity.Warning, span,
                            $"'{id}' in a {comment.Kind} comment names no rule; it silences nothing"));
                }
                // A comment whose ids are all unknown must not turn into a blanket suppression.
                if (known.Count == 0 && comment.Ids.Count > 0) continue;
                comments.Add(comment with { Ids = known });
            }
        }
    }

    /// <summary>The first and last line of the statement (or compound statement header) that holds the span.</summary>
    private static (int First, int Last) StatementLines(SyntaxTree tree, TextSpan span, LineMap lines)
    {
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
