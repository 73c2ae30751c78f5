using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>
/// <c>os.write</c> used as a statement, so the count of bytes actually written is thrown away. Code because the
/// condition is where the call sits (its own statement), not what it is called with.
/// </summary>
[CodeRule("PYSEC410")]
internal sealed class UncheckedOsWrite : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["os.write", "os.pwrite", "os.writev"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        if (call.Parent is not ExpressionStatementSyntax) return;
        if (context.CalleeOf(call) is not ("os.write" or "os.pwrite" or "os.writev")) return;
        context.Report(call.Span, FileRuleHelpers.Captures(context.CalleeOf(call)!));
    }
}
