using PySec.Semantics;
using PySec.Syntax;
using static PySec.Rules.Code.Rules.Injection.InjectionValues;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// Reflection with a name that is not constant: getattr/setattr/delattr/hasattr, operator.attrgetter/methodcaller,
/// globals()/locals()/vars() subscripts, and globals()/locals() handed to a template renderer. Subscripts of calls and
/// "a loop over a constant tuple is constant" are beyond the data matchers.
/// </summary>
[CodeRule("PYSEC107")]
internal sealed class ReflectionOnName : CodeRule
{
    private static readonly HashSet<string> Namespaces = ["builtins.globals", "builtins.locals", "builtins.vars"];

    private static readonly HashSet<string> Renderers =
        ["render", "render_template", "render_to_string", "render_to_response", "TemplateResponse", "stream_template", "render_unicode", "stream"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression, SyntaxKind.SubscriptExpression];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        if (node is SubscriptExpressionSyntax subscript)
        {
            if (Parentheses.Strip(subscript.Value) is CallExpressionSyntax owner && context.CalleeOf(owner) is { } space && Namespaces.Contains(space)
                && subscript.Elements is [var key] && !IsConstant(model, key))
                context.Report(subscript, space["builtins.".Length..] + "()[...]");
            return;
        }

        var call = (CallExpressionSyntax)node;
        var callee = context.CalleeOf(call);
        switch (callee)
        {
            case "builtins.getattr" or "builtins.setattr" or "builtins.delattr" or "builtins.hasattr":
                if (Argument(call, 1) is { } name && !IsConstant(model, name)) context.Report(name, callee["builtins.".Length..]);
                return;
            case "operator.attrgetter" or "operator.methodcaller":
                if (Argument(call, 0) is { } attribute && !IsConstant(model, attribute)) context.Report(attribute, callee);
                return;
        }

        if (LastName(call.Function) is not { } function || !Renderers.Contains(function)) return;
        foreach (var argument in call.Arguments.Arguments)
            if (Parentheses.Strip(argument.Value) is CallExpressionSyntax context2 && context.CalleeOf(context2) is "builtins.globals" or "builtins.locals")
                context.Report(argument.Value, context.CalleeOf(context2)!["builtins.".Length..] + "()", message:
                    "`{name}` is passed as a template context: templates can read every variable and import of the scope; pass an explicit dictionary");
    }

    /// <summary>
    /// Constant, a loop variable over a constant collection (for name in ("a", "b")), or a name the enclosing
    /// function tests for membership in a collection written out in the code (if field not in FIELDS: raise).
    /// </summary>
    private static bool IsConstant(SemanticModel model, ExpressionSyntax value)
    {
        if (model.Evaluate(value).IsKnown) return true;
        if (Parentheses.Strip(value) is NameExpressionSyntax checkedName && IsAllowListed(model, checkedName)) return true;
        if (Parentheses.Strip(value) is not NameExpressionSyntax name || model.GetReference(name) is not { Bindings.Count: > 0 } reference) return false;
        return reference.Bindings.All(b => b.Kind == BindingKind.ForTarget && b.Node.FirstAncestorOrSelf<ForStatementSyntax>() is { } loop
            && model.Evaluate(loop.Iterable).IsKnown);
    }

    private static bool IsAllowListed(SemanticModel model, NameExpressionSyntax name)
    {
        SyntaxNode scope = name.FirstAncestorOrSelf<FunctionDefinitionSyntax>() is { } function ? function.Body : model.Tree.Root;
        foreach (var comparison in scope.DescendantNodes().OfType<ComparisonExpressionSyntax>())
        {
            if (Parentheses.Strip(comparison.Left) is not NameExpressionSyntax left || left.Identifier.Text != name.Identifier.Text) continue;
            foreach (var clause in comparison.Comparisons)
                if (clause.Operator.Kind is SyntaxKind.InKeyword or SyntaxKind.NotKeyword && IsWrittenCollection(model, clause.Right))
                    return true;
        }
        return false;
    }

    /// <summary>A display of constants, or a name bound once to one (sets are not folded by the constant evaluator).</summary>
    private static bool IsWrittenCollection(SemanticModel model, ExpressionSyntax expression)
    {
        expression = Parentheses.Strip(expression);
        if (expression is CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "keys" } keys }) expression = Parentheses.Strip(keys.Value);
        if (expression is NameExpressionSyntax name && model.GetReference(name) is { Bindings: [{ Value: { } assigned }] })
            expression = Parentheses.Strip(assigned);
        return expression switch
        {
            SetExpressionSyntax set => set.Elements.All(e => model.Evaluate(e).IsKnown),
            DictExpressionSyntax dict => dict.Elements.All(e => e is DictEntrySyntax entry && model.Evaluate(entry.Key).IsKnown),
            ListExpressionSyntax or TupleExpressionSyntax => model.Evaluate(expression).IsKnown,
            _ => false,
        };
    }
}
