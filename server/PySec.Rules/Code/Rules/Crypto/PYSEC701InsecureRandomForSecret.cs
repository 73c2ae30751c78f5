using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Crypto;

/// <summary>
/// A <c>random</c> module function (or a method of a <c>random.Random</c> instance) whose result is used in a
/// security context: assigned to, passed as, or stored under a name like token/password/key/nonce/salt/otp/
/// session/reset, or returned (or yielded) from a function with such a name. Code because the context is the
/// statement around the call. Random values in simulations, sampling and tests are not reported, unlike Bandit's
/// B311, which reports every call.
/// </summary>
[CodeRule("PYSEC701")]
internal sealed class InsecureRandomForSecret : CodeRule
{
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "random", "randint", "randrange", "choice", "choices", "sample", "shuffle", "getrandbits", "randbytes", "uniform",
        "seed", "triangular",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["random.*"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        if (context.CalleeOf(call) is not { } callee) return;
        var dot = callee.LastIndexOf('.');
        var owner = dot < 0 ? "" : callee[..dot];
        if (owner is not ("random" or "random.Random") || !Functions.Contains(callee[(dot + 1)..])) return;
        // An enclosing random call reports once for the whole expression.
        if (call.Ancestors().TakeWhile(a => a is not StatementSyntax).OfType<CallExpressionSyntax>()
            .Any(outer => context.CalleeOf(outer) is { } name && name.StartsWith("random.", StringComparison.Ordinal)
                && Functions.Contains(name[(name.LastIndexOf('.') + 1)..]))) return;
        if (SecurityContext(context, call, callee[(dot + 1)..] is "seed" or "shuffle") is not { } where) return;
        var captures = new Dictionary<string, string> { ["callee"] = callee, ["name"] = where };
        context.Report(call.Span, captures);
    }

    /// <summary>The security-looking name the call's value flows to, or null.</summary>
    private static string? SecurityContext(RuleContext context, CallExpressionSyntax call, bool inPlace)
    {
        SyntaxNode child = call;
        foreach (var ancestor in call.Ancestors())
        {
            switch (ancestor)
            {
                case ArgumentSyntax { Name: { } keyword } when SecurityNames.LooksSecret(keyword.Text):
                    return keyword.Text;
                case DictEntrySyntax entry when entry.Value.Span.Contains(child.Span)
                    && context.Evaluate(entry.Key).Value is Semantics.PyStr key && SecurityNames.LooksSecret(key.Value):
                    return key.Value;
                case AssignmentStatementSyntax assignment:
                    return assignment.Targets.Select(t => TargetName(context, t.Target)).FirstOrDefault(n => n is not null && SecurityNames.LooksSecret(n));
                case AnnotatedAssignmentStatementSyntax annotated:
                    return TargetName(context, annotated.Target) is { } annotatedName && SecurityNames.LooksSecret(annotatedName) ? annotatedName : null;
                case AugmentedAssignmentStatementSyntax augmented:
                    return TargetName(context, augmented.Target) is { } augmentedName && SecurityNames.LooksSecret(augmentedName) ? augmentedName : null;
                case ReturnStatementSyntax or YieldExpressionSyntax:
                    return EnclosingFunctionName(ancestor) is { } function && SecurityNames.LooksSecret(function) ? function + "()" : null;
                case LambdaExpressionSyntax:
                    // sorted(items, key=lambda _: random.random()): the lambda's value is not the keyword's.
                    return null;
                case ExpressionStatementSyntax when inPlace:
                    // random.seed(...) and random.shuffle(x) act in place: judged by the function they are in.
                    return EnclosingFunctionName(ancestor) is { } inFunction && SecurityNames.LooksSecret(inFunction) ? inFunction + "()" : null;
                case StatementSyntax:
                    return null;
            }
            child = ancestor;
        }
        return null;
    }

    private static string? TargetName(RuleContext context, ExpressionSyntax target) => target switch
    {
        NameExpressionSyntax name => name.Identifier.Text,
        AttributeExpressionSyntax attribute => attribute.Name.Text,
        SubscriptExpressionSyntax { Elements.Count: 1 } subscript =>
            context.Evaluate(subscript.Elements[0]).Value is Semantics.PyStr key ? key.Value : null,
        _ => null,
    };

    private static string? EnclosingFunctionName(SyntaxNode node) =>
        node.Ancestors().OfType<FunctionDefinitionSyntax>().FirstOrDefault()?.Name.Text;
}
