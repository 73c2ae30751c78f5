using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>
/// <c>float()</c>, <c>complex()</c> or <c>Decimal()</c> applied directly to request data, which accepts NaN, infinity,
/// underscores and non-ASCII digits; and <c>json.loads</c> of a request body without <c>parse_constant</c>, which
/// accepts NaN and Infinity. "Directly" is the local stand-in for "without a preceding pattern check": a value
/// validated first is a different expression (<c>raw</c>), and passes. Code because the source sits inside the
/// argument (<c>request.form["amount"]</c>), which value conditions do not resolve.
/// </summary>
[CodeRule("PYSEC902")]
internal sealed class LenientNumberParsing : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["builtins.float", "builtins.complex", "decimal.Decimal", "json.loads"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var callee = context.CalleeOf(call);
        if (callee is not ("builtins.float" or "builtins.complex" or "decimal.Decimal" or "json.loads")) return;
        var arguments = call.Arguments.Arguments;
        if (arguments.Count == 0 || arguments[0].Name is not null || arguments[0].Star is not null) return;
        if (!LoggingCalls.FromRequest(context, arguments[0].Value)) return;
        if (callee == "json.loads")
        {
            if (arguments.Any(a => a.Name?.Text == "parse_constant" || a.Star is not null)) return;
            context.Report(call, callee, message:
                "`json.loads` of request data accepts NaN and Infinity, which pass every `>` limit check; pass parse_constant= that rejects them");
            return;
        }
        context.Report(call, callee);
    }
}
