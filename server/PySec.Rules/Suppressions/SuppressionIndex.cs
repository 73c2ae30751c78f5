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
            var covering = SuppressionScope.StatementLines(tree, finding.Span, lines);
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
}
