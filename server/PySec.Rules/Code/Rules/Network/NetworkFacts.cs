using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Network;

/// <summary>Small questions the network rules share: constant strings, keyword/positional arguments, request data.</summary>
internal static class NetworkFacts
{
    /// <summary>The known string value of an expression (literals and names bound once to constants).</summary>
    public static string? StringValue(SemanticModel model, ExpressionSyntax? expression) =>
        expression is not null && model.Evaluate(expression).Value is PyStr text ? text.Value : null;

    /// <summary>The argument passed as keyword <paramref name="name"/>, or else at <paramref name="position"/>.</summary>
    public static ArgumentSyntax? Argument(CallExpressionSyntax call, string name, int? position)
    {
        var index = 0;
        ArgumentSyntax? positional = null;
        foreach (var argument in call.Arguments.Arguments)
        {
            if (argument.Star is not null) { if (argument.Name is null && index <= (position ?? -1)) return null; continue; }
            if (argument.Name is { } keyword)
            {
                if (keyword.Text == name) return argument;
                continue;
            }
            if (index == position) positional = argument;
            index++;
        }
        return positional;
    }

    /// <summary>Runs when the module is imported: not inside a def, lambda or class body.</summary>
    public static bool IsModuleScope(SyntaxNode node) =>
        !node.Ancestors().Any(a => a is FunctionDefinitionSyntax or LambdaExpressionSyntax or ClassDefinitionSyntax);

    /// <summary>Under an <c>if __name__ == "__main__":</c> body.</summary>
    public static bool IsUnderMainGuard(SyntaxNode node) =>
        node.Ancestors().OfType<IfStatementSyntax>().Any(i => i.Body.FullSpan.Contains(node.FullSpan) && IsMainGuard(i.Condition));

    private static bool IsMainGuard(ExpressionSyntax condition) =>
        condition is ComparisonExpressionSyntax { Comparisons.Count: 1 } comparison
        && comparison.Comparisons[0].Operator.Text == "=="
        && (IsDunderName(comparison.Left) && IsMainString(comparison.Comparisons[0].Right)
            || IsDunderName(comparison.Comparisons[0].Right) && IsMainString(comparison.Left));

    private static bool IsDunderName(ExpressionSyntax expression) => expression is NameExpressionSyntax { Identifier.Text: "__name__" };

    private static bool IsMainString(ExpressionSyntax expression) =>
        expression is StringLiteralExpressionSyntax literal && literal.ToString().Trim('\'', '"') == "__main__";

    public static bool HasKeyword(CallExpressionSyntax call, string name) =>
        call.Arguments.Arguments.Any(a => a.Star is null && a.Name?.Text == name);

    /// <summary>The method name of <c>x.name(...)</c>, or null for other callees.</summary>
    public static string? MethodName(CallExpressionSyntax call) =>
        call.Function is AttributeExpressionSyntax attribute ? attribute.Name.Text : null;

    // Attributes of a Django/DRF/Flask request object that carry client input.
    private static readonly HashSet<string> RequestAttributes =
    [
        "GET", "POST", "body", "headers", "META", "COOKIES", "FILES", "query_params", "data", "args", "form", "values",
        "json", "files", "cookies", "path", "full_path", "url", "query_string", "get_json", "get_data", "environ",
    ];

    /// <summary>
    /// Whether the expression is built from request data: a part of it reads <c>flask.request</c> (resolved through
    /// imports), or an input attribute of a name called <c>request</c> (a Django/DRF view parameter, which the model
    /// cannot type), directly or through a local name assigned from such an expression. Not a taint analysis: values
    /// that pass through function calls other than string building are not followed.
    /// </summary>
    public static bool IsRequestData(SemanticModel model, ExpressionSyntax expression, int depth = 0)
    {
        if (depth > 4) return false;
        foreach (var node in expression.DescendantNodesAndSelf(n => n is not LambdaExpressionSyntax))
        {
            switch (node)
            {
                case AttributeExpressionSyntax attribute when IsRequestAttribute(model, attribute):
                    return true;
                case NameExpressionSyntax name:
                    if (model.GetQualifiedName(name) is { } qualified && qualified.StartsWith("flask.request.", StringComparison.Ordinal)) return true;
                    if (model.GetReference(name) is { Bindings.Count: > 0 } reference
                        && reference.Bindings.Any(b => b.Kind is BindingKind.Assignment or BindingKind.AnnotatedAssignment or BindingKind.NamedExpression
                            && b.Value is { } value && value.Span != expression.Span && IsRequestData(model, value, depth + 1)))
                        return true;
                    break;
            }
        }
        return false;
    }

    private static bool IsRequestAttribute(SemanticModel model, AttributeExpressionSyntax attribute)
    {
        if (!RequestAttributes.Contains(attribute.Name.Text)) return false;
        if (model.GetQualifiedName(attribute.Value) == "flask.request") return true;
        return attribute.Value switch
        {
            NameExpressionSyntax { Identifier.Text: "request" } name => model.GetQualifiedName(name) is null,
            AttributeExpressionSyntax { Name.Text: "request", Value: NameExpressionSyntax { Identifier.Text: "self" } } => true,
            _ => false,
        };
    }
}
