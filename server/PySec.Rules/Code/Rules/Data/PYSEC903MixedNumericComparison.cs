using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>
/// Decimal mixed with float: <c>Decimal(0.1)</c> (the float's binary value, not 0.1), and comparisons or arithmetic
/// between a Decimal (constructed, or a parameter or variable annotated or assigned as Decimal) and a float (literal,
/// <c>float()</c> call, or float-annotated). Also <c>==</c>/<c>!=</c> between request data (a str) and a number,
/// which is always unequal. Code because it reasons about the types of both operands.
/// </summary>
[CodeRule("PYSEC903")]
internal sealed class MixedNumericComparison : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } =
        [SyntaxKind.CallExpression, SyntaxKind.ComparisonExpression, SyntaxKind.BinaryExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["decimal.Decimal"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        switch (node)
        {
            case CallExpressionSyntax call when context.CalleeOf(call) == "decimal.Decimal"
                && call.Arguments.Arguments is { Count: 1 } arguments && arguments[0].Name is null
                && Kind(context, arguments[0].Value) == "float":
                context.Report(call, call.ToString(), message:
                    $"`{Shorten(call)}` takes the float's exact binary value, not the decimal number it was written as; build Decimal from a string");
                break;
            case ComparisonExpressionSyntax comparison:
                var left = comparison.Left;
                foreach (var clause in comparison.Comparisons)
                {
                    if (Mixed(context, left, clause.Right))
                    {
                        context.Report(comparison, comparison.ToString(), message:
                            $"`{Shorten(comparison)}` compares a Decimal with a float, using the float's binary value, so boundary cases go the wrong way; convert to Decimal from strings first");
                        return;
                    }
                    if (clause.Operator.Text is "==" or "!=" && (StrNumber(context, left, clause.Right) || StrNumber(context, clause.Right, left)))
                    {
                        context.Report(comparison, comparison.ToString(), message:
                            $"`{Shorten(comparison)}` compares request data (a str) with a number, which is never equal in Python 3; convert the input once at the boundary");
                        return;
                    }
                    left = clause.Right;
                }
                break;
            case BinaryExpressionSyntax { Operator.Text: "+" or "-" or "*" or "/" or "//" or "%" } binary when Mixed(context, binary.Left, binary.Right):
                context.Report(binary, binary.ToString(), message:
                    $"`{Shorten(binary)}` mixes Decimal and float arithmetic (a TypeError, or silent rounding where converted); keep money in Decimal built from strings");
                break;
        }
    }

    private static bool Mixed(RuleContext context, ExpressionSyntax a, ExpressionSyntax b)
    {
        var (left, right) = (Kind(context, a), Kind(context, b));
        return left == "Decimal" && right == "float" || left == "float" && right == "Decimal";
    }

    private static bool StrNumber(RuleContext context, ExpressionSyntax request, ExpressionSyntax number) =>
        number is NumberExpressionSyntax && LoggingCalls.FromRequest(context, request)
        && !(request is CallExpressionSyntax call && context.CalleeOf(call) is "builtins.int" or "builtins.float" or "builtins.len");

    /// <summary>"Decimal", "float" or null, from the expression's form, its annotation or its only assigned value.</summary>
    private static string? Kind(RuleContext context, ExpressionSyntax expression, int depth = 0)
    {
        expression = Parentheses.Strip(expression);
        switch (expression)
        {
            case NumberExpressionSyntax number:
                var text = number.Token.Text;
                return !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && !text.EndsWith('j') && (text.Contains('.') || text.Contains('e') || text.Contains('E')) ? "float" : null;
            case UnaryExpressionSyntax { Operator.Text: "-" or "+" } unary:
                return Kind(context, unary.Operand, depth);
            case CallExpressionSyntax call:
                return context.CalleeOf(call) switch
                {
                    "decimal.Decimal" => "Decimal",
                    "builtins.float" => "float",
                    _ => null,
                };
            case NameExpressionSyntax name when depth < 3 && context.Model.GetReference(name) is { Bindings: [var binding] }:
                if (binding.Node is ParameterSyntax { Annotation: { } annotation }) return Annotated(context, annotation);
                if (binding.Node is AnnotatedAssignmentStatementSyntax { Annotation: { } declared }) return Annotated(context, declared);
                return binding.Value is { } value ? Kind(context, value, depth + 1) : null;
            default:
                return null;
        }
    }

    private static string? Annotated(RuleContext context, ExpressionSyntax annotation) => context.Model.GetQualifiedName(annotation) switch
    {
        "decimal.Decimal" => "Decimal",
        "builtins.float" => "float",
        _ => null,
    };

    private static string Shorten(SyntaxNode node)
    {
        var text = node.ToString().ReplaceLineEndings(" ");
        return text.Length > 50 ? text[..47] + "..." : text;
    }
}
