using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// What the injection rules ask about a value: which argument carries it, what string it is known to be (following
/// a name to the one value it was assigned), and which expressions fill the holes of a partly known string.
/// </summary>
internal static class InjectionValues
{
    /// <summary>The argument at <paramref name="position"/> or passed by one of <paramref name="keywords"/>; null when absent or behind * / **.</summary>
    public static ExpressionSyntax? Argument(CallExpressionSyntax call, int position, params string[] keywords)
    {
        var index = 0;
        foreach (var argument in call.Arguments.Arguments)
        {
            if (argument.Star is not null) return null;
            if (argument.Name is { } name)
            {
                if (keywords.Contains(name.Text)) return argument.Value;
                continue;
            }
            if (index++ == position) return argument.Value;
        }
        return null;
    }

    /// <summary>
    /// The value with its string template: a name read whose only reaching binding is an assignment is followed to
    /// the assigned expression (the model folds such names only when fully constant; a template is kept here).
    /// </summary>
    public static (ExpressionSyntax Expression, ConstantResult Result) Follow(SemanticModel model, ExpressionSyntax value)
    {
        for (var hops = 0; hops < 8; hops++)
        {
            var result = model.Evaluate(value);
            if (result.IsKnown || result.Template is not null) return (value, result);
            if (Parentheses.Strip(value) is not NameExpressionSyntax name
                || model.GetReference(name) is not { Bindings: [var binding] }
                || binding.Kind is not (BindingKind.Assignment or BindingKind.AnnotatedAssignment or BindingKind.NamedExpression)
                || binding.Value is not { } assigned)
                return (value, result);
            value = assigned;
        }
        return (value, model.Evaluate(value));
    }

    /// <summary>The expressions that fill the holes of a template evaluated from <paramref name="root"/>.</summary>
    public static IEnumerable<ExpressionSyntax?> Holes(SyntaxNode root, ConstantResult result)
    {
        if (result.Template is null) yield break;
        foreach (var fragment in result.Template)
            if (fragment.Hole is { } span) yield return NodeAt(root, span);
    }

    /// <summary>The outermost expression under <paramref name="root"/> with exactly this span.</summary>
    public static ExpressionSyntax? NodeAt(SyntaxNode root, TextSpan span)
    {
        if (root is ExpressionSyntax self && self.Span == span) return self;
        foreach (var node in root.DescendantNodes(n => n.FullSpan.Contains(span)))
            if (node is ExpressionSyntax expression && expression.Span == span) return expression;
        return null;
    }

    /// <summary>The text of a template, with "{…}" for each hole.</summary>
    public static string? TemplateText(ConstantResult result) => result.Value is PyStr text ? text.Value : result.TemplateText;

    public static bool HasHoles(ConstantResult result) => !result.IsKnown && result.Template is { } t && t.Any(f => f.IsHole);

    /// <summary>The last identifier of a name or attribute chain (<c>self.db.cursor</c> gives "cursor").</summary>
    public static string? LastName(ExpressionSyntax expression) => Parentheses.Strip(expression) switch
    {
        NameExpressionSyntax name => name.Identifier.Text,
        AttributeExpressionSyntax attribute => attribute.Name.Text,
        CallExpressionSyntax call => LastName(call.Function),
        _ => null,
    };
}
