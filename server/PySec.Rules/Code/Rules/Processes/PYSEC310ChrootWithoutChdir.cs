using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// os.chroot with no os.chdir("/") after it in the same function (or module): the working directory stays outside
/// the new root. `os.chdir(jail); os.chroot(".")` is the other correct idiom and is accepted. The fix inserts
/// `os.chdir("/")` on the line after the call.
/// </summary>
[CodeRule("PYSEC310")]
internal sealed class ChrootWithoutChdir : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        var call = (CallExpressionSyntax)node;
        if (model.GetCalleeName(call) != "os.chroot") return;
        if (ScopeCalls.After(call).Any(c => model.GetCalleeName(c) == "os.chdir" && FirstArgument(model, c) is "/")) return;
        if (FirstArgument(model, call) is "." && ScopeCalls.Before(call).Any(c => model.GetCalleeName(c) == "os.chdir")) return;
        var fix = ChdirAfter(context.Text, model, call);
        context.Report(call.Span, new Dictionary<string, string> { ["callee"] = "os.chroot", ["name"] = "os.chroot" },
            fixes: fix is null ? null : [fix]);
    }

    private static string? FirstArgument(SemanticModel model, CallExpressionSyntax call) =>
        call.Arguments.Arguments is [{ Name: null, Star: null } first, ..] && model.Evaluate(first.Value).Value is PyStr text
            ? text.Value
            : model.GetQualifiedName(call.Arguments.Arguments.FirstOrDefault()?.Value ?? call) == "os.curdir" ? "." : null;

    /// <summary>`X.chdir("/")` on a new line with the statement's indentation, where X is how the call names os.</summary>
    private static Fix? ChdirAfter(string text, SemanticModel model, CallExpressionSyntax call)
    {
        if (call.Parent is not ExpressionStatementSyntax { Semicolon: null } statement) return null;
        if (call.Function is not AttributeExpressionSyntax { Value: var receiver } || model.GetQualifiedName(receiver) != "os") return null;
        var lineStart = text.LastIndexOf('\n', Math.Max(statement.Span.Start - 1, 0)) + 1;
        var indent = text[lineStart..statement.Span.Start];
        if (indent.Any(c => c is not (' ' or '\t'))) return null;
        var code = receiver.ToString() + ".chdir(\"/\")";
        var end = text.IndexOf('\n', call.Span.End);
        TextEdit edit = end < 0
            ? new TextEdit(new TextSpan(text.Length, 0), "\n" + indent + code)
            : new TextEdit(new TextSpan(end + 1, 0), indent + code + (end > 0 && text[end - 1] == '\r' ? "\r\n" : "\n"));
        return new Fix("Change into the new root with os.chdir(\"/\") right after chroot", FixSafety.Safe, [edit]);
    }
}
