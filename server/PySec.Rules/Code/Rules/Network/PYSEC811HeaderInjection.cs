using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Network;

/// <summary>
/// Request data written into HTTP response headers or protocol lines: <c>resp.headers[name] = value</c>,
/// <c>set_cookie</c>, <c>redirect</c>, <c>putheader</c>/<c>putrequest</c>, <c>sendmail</c> envelope arguments and
/// <c>send</c>/<c>sendall</c> of a built line, when the value is built from request data (see
/// <see cref="NetworkFacts.IsRequestData"/>). A C# rule because the value is followed through string building and
/// local names. A CR/LF check done elsewhere is not seen: validating into a new name (or with send_file) avoids the finding.
/// </summary>
[CodeRule("PYSEC811")]
internal sealed class HeaderInjection : CodeRule
{
    private static readonly HashSet<string> Setters = ["set_cookie", "redirect", "putheader", "putrequest", "sendmail", "send", "sendall", "add_header"];

    private static readonly HashSet<string> RedirectFunctions = ["flask.redirect", "django.shortcuts.redirect", "django.http.HttpResponseRedirect"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.AssignmentStatement, SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => RedirectFunctions;
    public override IReadOnlyCollection<string> CallMethods => Setters;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        if (node is AssignmentStatementSyntax assignment)
        {
            foreach (var target in assignment.Targets.Select(t => t.Target))
            {
                if (target is SubscriptExpressionSyntax { Value: AttributeExpressionSyntax { Name.Text: "headers" } } header
                    && NetworkFacts.IsRequestData(model, assignment.Value))
                {
                    context.Report(assignment.Value.Span, new Dictionary<string, string> { ["name"] = header.ToString(), ["callee"] = header.ToString() });
                    return;
                }
            }
            return;
        }
        var call = (CallExpressionSyntax)node;
        var callee = context.CalleeOf(call);
        var method = NetworkFacts.MethodName(call);
        if (!(callee is not null && RedirectFunctions.Contains(callee)) && (method is null || !Setters.Contains(method))) return;
        // send/sendall: only formatted protocol lines (an f-string, % or + building), not arbitrary payloads.
        var builtOnly = method is "send" or "sendall";
        foreach (var argument in call.Arguments.Arguments)
        {
            if (argument.Star is not null) continue;
            var value = argument.Value;
            if (builtOnly && value is not (StringLiteralExpressionSyntax or BinaryExpressionSyntax or CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "encode" or "format" } }))
                continue;
            if (!NetworkFacts.IsRequestData(model, value)) continue;
            var label = callee ?? method!;
            context.Report(value.Span, new Dictionary<string, string> { ["name"] = label, ["callee"] = label });
            return;
        }
    }
}
