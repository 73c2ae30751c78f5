using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// An except clause catching one of the listed types ("bare" for <c>except:</c>; a tuple matches when any of
/// its types does) whose body is only one of the listed statements (<c>pass</c>, <c>continue</c>, <c>...</c>).
/// </summary>
internal sealed class ExceptMatcher(NameSet? types, bool bare, IReadOnlySet<string>? bodies) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> ExceptKind = KindsOf(SyntaxKind.ExceptClause);

    public override IReadOnlySet<SyntaxKind> Kinds => ExceptKind;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var clause = (ExceptClauseSyntax)context.Node;
        if (types is not null || bare)
        {
            if (clause.Type is null ? !bare : !CatchesListed(context, clause.Type)) return false;
        }
        if (bodies is not null)
        {
            if (clause.Body.Statements.Count != 1 || BodyKind(clause.Body.Statements[0]) is not { } kind || !bodies.Contains(kind)) return false;
        }
        result.Span = TextSpanExtensions.Between(clause.ExceptKeyword.Span, (clause.Type?.Span ?? clause.ExceptKeyword.Span));
        result.Captures["name"] = clause.Type?.ToString() ?? "bare except";
        return true;
    }

    private bool CatchesListed(MatchContext context, ExpressionSyntax type)
    {
        if (type is ParenthesizedExpressionSyntax parenthesized) type = parenthesized.Expression;
        if (type is TupleExpressionSyntax tuple) return tuple.Elements.Any(e => CatchesListed(context, e));
        return types is not null && types.Contains(context.Model.GetQualifiedName(type));
    }

    private static string? BodyKind(StatementSyntax statement) => statement switch
    {
        PassStatementSyntax => "pass",
        ContinueStatementSyntax => "continue",
        ExpressionStatementSyntax { Expression: EllipsisExpressionSyntax } => "ellipsis",
        _ => null,
    };
}

/// <summary>Where the node is: under an <c>if __name__ == "__main__":</c> guard, in a function, at module level.</summary>
internal sealed class InsideMatcher(bool? mainGuard, bool? function, bool? moduleLevel) : Matcher
{
    public override IReadOnlySet<SyntaxKind>? Kinds => null;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var inFunction = false;
        var guarded = false;
        for (var ancestor = context.Node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is FunctionDefinitionSyntax or LambdaExpressionSyntax) inFunction = true;
            if (ancestor is IfStatementSyntax conditional && IsMainGuard(conditional.Condition)
                && conditional.Body.FullSpan.Contains(context.Node.FullSpan))
                guarded = true;
        }
        var atModuleLevel = !inFunction && context.Node.FirstAncestorOrSelf<ClassDefinitionSyntax>() is null;
        return (mainGuard is null || mainGuard == guarded)
            && (function is null || function == inFunction)
            && (moduleLevel is null || moduleLevel == atModuleLevel);
    }

    private static bool IsMainGuard(ExpressionSyntax condition) =>
        condition is ComparisonExpressionSyntax { Comparisons.Count: 1 } comparison
        && comparison.Comparisons[0].Operator.Text == "=="
        && (IsDunderName(comparison.Left) && IsMainString(comparison.Comparisons[0].Right)
            || IsDunderName(comparison.Comparisons[0].Right) && IsMainString(comparison.Left));

    private static bool IsDunderName(ExpressionSyntax expression) =>
        expression is NameExpressionSyntax { Identifier.Text: "__name__" };

    private static bool IsMainString(ExpressionSyntax expression) =>
        expression is StringLiteralExpressionSyntax literal && literal.ToString().Trim('\'', '"') == "__main__";
}
