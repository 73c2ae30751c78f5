using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Network;

/// <summary>
/// <c>readline()</c>/<c>readlines()</c> without a size on a network stream: a <c>sock.makefile()</c> object (directly
/// or through a local name assigned from it) or a socketserver/http.server handler's <c>self.rfile</c>. A peer that
/// never sends a newline makes it buffer without bound. A C# rule because the receiver is recognised by how it was
/// created (the model types neither makefile() results nor handler attributes). recv() loops are not checked.
/// </summary>
[CodeRule("PYSEC805")]
internal sealed class UnboundedReadline : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["readline", "readlines"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        if (call.Function is not AttributeExpressionSyntax { Name.Text: "readline" or "readlines" } method) return;
        if (call.Arguments.Arguments.Count != 0 || !IsNetworkStream(context, method.Value, 0)) return;
        var fix = method.Name.Text == "readline"
            ? new Fix("Pass a line limit (65536; then reject lines that reach it)", FixSafety.Unsafe,
                [new TextEdit(new TextSpan(call.Arguments.CloseParen.Span.Start, 0), "65536")])
            : null;
        context.Report(call.Span, new Dictionary<string, string> { ["name"] = method.Name.Text + "()", ["callee"] = method.Name.Text },
            fixes: fix is null ? null : [fix]);
    }

    private static bool IsNetworkStream(RuleContext context, ExpressionSyntax receiver, int depth)
    {
        receiver = Parentheses.Strip(receiver);
        switch (receiver)
        {
            case CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "makefile" } }:
                return true;
            case AttributeExpressionSyntax { Name.Text: "rfile", Value: NameExpressionSyntax { Identifier.Text: "self" } }:
                return true;
            case NameExpressionSyntax name when depth < 3 && context.Model.GetReference(name) is { Bindings.Count: > 0 } reference:
                return reference.Bindings.All(b => b.Value is { } value && IsNetworkStream(context, value, depth + 1));
            default:
                return false;
        }
    }
}
