using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// os.chroot with no os.chdir("/") after it in the same function (or module): the working directory stays outside
/// the new root. `os.chdir(jail); os.chroot(".")` is the other correct idiom and is accepted. The fix inserts
/// `; os.chdir("/")` after the call.
/// </summary>
[CodeRule("PYSEC310")]
internal sealed class ChrootWithoutChdir : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["os.chroot"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        var call = (CallExpressionSyntax)node;
        if (context.CalleeOf(call) != "os.chroot") return;
        if (ScopeCalls.After(call).Any(c => context.CalleeOf(c) == "os.chdir" && FirstArgument(model, c) is "/")) return;
        if (FirstArgument(model, call) is "." && ScopeCalls.Before(call).Any(c => context.CalleeOf(c) == "os.chdir")) return;
        var fix = ChdirAfter(model, call);
        context.Report(call.Span, new Dictionary<string, string> { ["callee"] = "os.chroot", ["name"] = "os.chroot" },
            fixes: fix is null ? null : [fix]);
    }

    private static string? FirstArgument(SemanticModel model, CallExpressionSyntax call) =>
        call.Arguments.Arguments is [{ Name: null, Star: null } first, ..] && model.Evaluate(first.Value).Value is PyStr text
            ? text.Value
            : model.GetQualifiedName(call.Arguments.Arguments.FirstOrDefault()?.Value ?? call) == "os.curdir" ? "." : null;

    /// <summary>
    /// `; X.chdir("/")` right after the call, where X is how the call names os: on the same line, so the two
    /// statements stay together (also in a one-line `if x: os.chroot(p)`) and no line is added.
    /// </summary>
    private static Fix? ChdirAfter(SemanticModel model, CallExpressionSyntax call)
    {
        if (call.Parent is not ExpressionStatementSyntax { Semicolon: null }) return null;
        if (call.Function is not AttributeExpressionSyntax { Value: var receiver } || model.GetQualifiedName(receiver) != "os") return null;
        var edit = new TextEdit(new TextSpan(call.Span.End, 0), "; " + receiver + ".chdir(\"/\")");
        return new Fix("Change into the new root with os.chdir(\"/\") right after chroot", FixSafety.Safe, [edit]);
    }
}
