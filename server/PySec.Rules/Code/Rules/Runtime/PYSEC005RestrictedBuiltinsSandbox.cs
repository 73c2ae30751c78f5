using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Runtime;

/// <summary>
/// <c>eval</c>/<c>exec</c> whose globals restrict <c>__builtins__</c> (a dict literal or <c>dict(...)</c> with that key,
/// directly or through a variable bound once): the pattern of someone who believes the input is untrusted and the
/// trimmed builtins make it safe. A globals mapping that passes the real builtins module is not a restriction.
/// Code because the condition is on a key inside the argument's value.
/// </summary>
[CodeRule("PYSEC005")]
internal sealed class RestrictedBuiltinsSandbox : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["builtins.eval", "builtins.exec"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var callee = context.CalleeOf(call);
        if (callee is not ("builtins.eval" or "builtins.exec")) return;
        var globals = context.BindingOf(call).Get("globals").Value;
        if (globals is null || RestrictingEntry(context, globals, 0) is not { } entry) return;
        context.Report(call, callee, message:
            $"`{callee[9..]}` with `{entry}` is not a sandbox: `().__class__.__mro__[1].__subclasses__()` still reaches every loaded class; parse the input (ast, json) or run it in an isolated process");
    }

    private static string? RestrictingEntry(RuleContext context, ExpressionSyntax value, int depth)
    {
        switch (value)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return RestrictingEntry(context, parenthesized.Expression, depth);
            case DictExpressionSyntax dict:
                foreach (var element in dict.Elements)
                    if (element is DictEntrySyntax entry && context.Evaluate(entry.Key).Value is PyStr { Value: "__builtins__" }
                        && !IsRealBuiltins(context, entry.Value))
                        return entry.ToString();
                return null;
            case CallExpressionSyntax call when context.CalleeOf(call) == "builtins.dict":
                foreach (var argument in call.Arguments.Arguments)
                    if (argument.Name?.Text == "__builtins__" && !IsRealBuiltins(context, argument.Value)) return argument.ToString();
                return null;
            case NameExpressionSyntax name when depth < 2 && context.Model.GetReference(name) is { Bindings: [{ Value: { } bound }] }:
                return RestrictingEntry(context, bound, depth + 1);
            default:
                return null;
        }
    }

    private static bool IsRealBuiltins(RuleContext context, ExpressionSyntax value) =>
        context.Model.GetQualifiedName(value) is "builtins" || value is NameExpressionSyntax { Identifier.Text: "__builtins__" };
}
