using PySec.Semantics;
using PySec.Syntax;
using static PySec.Rules.Code.Rules.Injection.InjectionValues;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// ast.literal_eval on a value that is not constant and whose length is not visibly checked: no len() of the same
/// name in the enclosing function, and not a slice with a constant bound. A search of the enclosing body is beyond
/// the data matchers.
/// </summary>
[CodeRule("PYSEC104")]
internal sealed class LiteralEvalUnbounded : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["ast.literal_eval"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        if (context.CalleeOf(call) != "ast.literal_eval") return;
        if (Argument(call, 0, "node_or_string") is not { } value || model.Evaluate(value).IsKnown) return;
        var inner = Parentheses.Strip(value);
        if (inner is SubscriptExpressionSyntax { Elements: [SliceExpressionSyntax { Upper: { } upper }] } && model.Evaluate(upper).IsKnown) return;
        // An AST node (ast.parse(...) result) is not text: its size was decided when it was parsed.
        if (inner is CallExpressionSyntax made && context.CalleeOf(made) is "ast.parse") return;
        if (inner is NameExpressionSyntax name && IsLengthChecked(model, call, name.Identifier.Text)) return;
        context.Report(value, "ast.literal_eval");
    }

    private static bool IsLengthChecked(SemanticModel model, SyntaxNode call, string name)
    {
        SyntaxNode body = call.FirstAncestorOrSelf<FunctionDefinitionSyntax>() is { } function ? function.Body : model.Tree.Root;
        foreach (var candidate in body.DescendantNodes().OfType<CallExpressionSyntax>())
            if (model.GetCalleeName(candidate) == "builtins.len"
                && Argument(candidate, 0) is NameExpressionSyntax argument && argument.Identifier.Text == name
                && candidate.Parent is ComparisonExpressionSyntax or ComparisonClauseSyntax)
                return true;
        return false;
    }
}
