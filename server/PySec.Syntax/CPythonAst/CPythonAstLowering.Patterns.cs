using S = PySec.Syntax.Green.SyntaxSlots;

namespace PySec.Syntax.CPythonAst;

public sealed partial class CPythonAstLowering
{
    private AstNode Pattern(GreenCursor? pattern)
    {
        if (pattern is not { } node) return new AstNode("Error");
        if (!HasStackRoom() || node.IsMissing) return Error(Span(node));
        switch (node.Kind)
        {
            case SyntaxKind.ValuePattern:
                if (node[S.ValuePattern.Value] is { Kind: SyntaxKind.KeywordLiteralExpression } keyword)
                    return new AstNode("MatchSingleton").Add("value", Lower(keyword)["value"]).At(Span(node));
                return new AstNode("MatchValue").Add("value", Expression(node, S.ValuePattern.Value)).At(Span(node));
            case SyntaxKind.CapturePattern:
                return MatchAs(null, Identifier(node[S.CapturePattern.Name]!.Value.Text)).At(Span(node));
            case SyntaxKind.WildcardPattern:
                return MatchAs(null, null).At(Span(node));
            case SyntaxKind.AsPattern:
                return MatchAs(Pattern(node[S.AsPattern.Pattern]), Identifier(node[S.AsPattern.Name]!.Value.Text)).At(Span(node));
            case SyntaxKind.OrPattern:
                return new AstNode("MatchOr").Add("patterns", Patterns(node.Items(S.OrPattern.Patterns, separated: true))).At(Span(node));
            case SyntaxKind.SequencePattern:
                return new AstNode("MatchSequence").Add("patterns", Patterns(node.Items(S.SequencePattern.Patterns, separated: true))).At(Span(node));
            case SyntaxKind.StarPattern:
            {
                var name = node[S.StarPattern.Name]!.Value.Text;
                return new AstNode("MatchStar").Add("name", name == "_" ? null : Identifier(name)).At(Span(node));
            }
            case SyntaxKind.MappingPattern:
                return MatchMapping(node);
            case SyntaxKind.ClassPattern:
                return MatchClass(node);
            case SyntaxKind.GroupPattern:
                return Pattern(node[S.GroupPattern.Pattern]);
            default:
                return Error(Span(node));
        }
    }

    private static AstNode MatchAs(AstNode? pattern, string? name) =>
        new AstNode("MatchAs").Add("pattern", pattern).Add("name", name);

    private List<AstNode> Patterns(List<GreenCursor> patterns)
    {
        var result = new List<AstNode>(patterns.Count);
        foreach (var pattern in patterns) result.Add(Pattern(pattern));
        return result;
    }

    private AstNode MatchMapping(GreenCursor node)
    {
        var keys = new List<AstNode>();
        var patterns = new List<AstNode>();
        string? rest = null;
        foreach (var entry in node.Items(S.MappingPattern.Entries, separated: true))
        {
            if (entry.Kind == SyntaxKind.DoubleStarPattern)
            {
                rest = Identifier(entry[S.DoubleStarPattern.Name]!.Value.Text);
                continue;
            }
            keys.Add(Expression(entry, S.MappingPatternEntry.Key));
            patterns.Add(Pattern(entry[S.MappingPatternEntry.Pattern]));
        }
        return new AstNode("MatchMapping").Add("keys", keys).Add("patterns", patterns).Add("rest", rest).At(Span(node));
    }

    private AstNode MatchClass(GreenCursor node)
    {
        var patterns = new List<AstNode>();
        var attributes = new List<string>();
        var keywordPatterns = new List<AstNode>();
        foreach (var argument in node.Items(S.ClassPattern.Arguments, separated: true))
        {
            if (argument.Kind == SyntaxKind.KeywordPattern)
            {
                attributes.Add(Identifier(argument[S.KeywordPattern.Name]!.Value.Text));
                keywordPatterns.Add(Pattern(argument[S.KeywordPattern.Pattern]));
            }
            else
            {
                patterns.Add(Pattern(argument));
            }
        }
        return new AstNode("MatchClass")
            .Add("cls", Expression(node, S.ClassPattern.Class))
            .Add("patterns", patterns)
            .Add("kwd_attrs", attributes)
            .Add("kwd_patterns", keywordPatterns)
            .At(Span(node));
    }
}
