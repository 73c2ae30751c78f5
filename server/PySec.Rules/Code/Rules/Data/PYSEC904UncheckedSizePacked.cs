using System.Text.RegularExpressions;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>
/// <c>struct.pack</c>/<c>pack_into</c> of <c>len(x)</c> (or <c>len(x) &amp; 0xFF…</c>) into a format with fixed-width
/// integer fields of up to 32 bits, when no comparison of that <c>len(x)</c> appears earlier in the
/// same function. Unchecked, a large body raises <c>struct.error</c> (a crash) or, masked, writes a wrong length
/// that desynchronises the peer. Code because "checked earlier in the function" is an order of statements.
/// 64-bit fields (<c>q</c>, <c>Q</c>, <c>n</c>, <c>N</c>) are left alone: no Python object reaches their limit.
/// </summary>
[CodeRule("PYSEC904")]
internal sealed partial class UncheckedSizePacked : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["struct.pack", "struct.pack_into"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var callee = context.CalleeOf(call);
        var firstValue = callee switch
        {
            "struct.pack" => 1,
            "struct.pack_into" => 3,
            _ => -1,
        };
        if (firstValue < 0) return;
        var arguments = call.Arguments.Arguments;
        if (arguments.Count <= firstValue || arguments[0].Name is not null || arguments[0].Star is not null) return;
        if (context.Evaluate(arguments[0].Value).Value is not Semantics.PyStr format || !NarrowField().IsMatch(format.Value)) return;

        for (var index = firstValue; index < arguments.Count; index++)
        {
            var value = arguments[index].Value;
            var masked = false;
            if (value is BinaryExpressionSyntax { Operator.Text: "&" } mask)
            {
                value = mask.Left;
                masked = true;
            }
            if (value is not CallExpressionSyntax { Arguments.Arguments.Count: 1 } length
                || context.CalleeOf(length) != "builtins.len")
                continue;
            if (!masked && CheckedBefore(call, length)) continue;
            var message = masked
                ? $"`{arguments[index].Value}` silently wraps lengths that do not fit the field, so the peer reads part of the body as the next message; reject oversized data instead"
                : null;
            context.Report(arguments[index].Value, length.ToString(), message: message);
        }
    }

    /// <summary>A comparison mentioning the same <c>len(x)</c> earlier in the same function (or module).</summary>
    private static bool CheckedBefore(CallExpressionSyntax call, CallExpressionSyntax length)
    {
        SyntaxNode scope = (SyntaxNode?)call.FirstAncestorOrSelf<FunctionDefinitionSyntax>() ?? call.FirstAncestorOrSelf<ModuleSyntax>()!;
        var lengthText = length.ToString();
        foreach (var comparison in scope.DescendantNodes().OfType<ComparisonExpressionSyntax>())
        {
            if (comparison.Span.Start >= call.Span.Start) break;
            if (comparison.ToString().Contains(lengthText, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // Integer fields of 8, 16 or 32 bits (standard sizes), and e (half float) is not an integer.
    [GeneratedRegex(@"[bBhHiIlL]")]
    private static partial Regex NarrowField();
}
