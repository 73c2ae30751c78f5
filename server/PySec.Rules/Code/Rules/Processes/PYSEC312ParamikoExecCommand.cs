using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// paramiko exec_command with a command built at run time in which some interpolated part is not wrapped in
/// shlex.quote. The remote side runs the string with the account's shell. Receivers the model cannot type (a
/// parameter, transport.open_session()) match by method name in files that import paramiko, as Bandit's B601.
/// Telling quoted from unquoted parts of a built string is beyond data conditions.
/// </summary>
[CodeRule("PYSEC312")]
internal sealed class ParamikoExecCommand : CodeRule
{
    private static readonly HashSet<string> Callees = new(StringComparer.Ordinal)
    {
        "paramiko.SSHClient.exec_command", "paramiko.client.SSHClient.exec_command",
        "paramiko.Channel.exec_command", "paramiko.channel.Channel.exec_command",
    };

    private static readonly HashSet<string> Quoting = new(StringComparer.Ordinal) { "shlex.quote", "shlex.join", "pipes.quote" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["exec_command"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        var call = (CallExpressionSyntax)node;
        if (call.Function is not AttributeExpressionSyntax { Name.Text: "exec_command" } method) return;
        var callee = context.CalleeOf(call);
        if (callee is null ? model.Resolve(method.Value) is not null || !context.Imports("paramiko") : !Callees.Contains(callee)) return;

        var binding = model.BindCall(call);
        var command = binding.Get("command") is { State: ArgumentState.Bound, Value: { } bound } ? bound
            : binding.Signature is null && binding.Positional.Count > 0 ? binding.Positional[0].Value : null;
        if (command is null || model.Evaluate(command).IsKnown || Quoted(model, command, 0)) return;
        var label = callee ?? method.Value + ".exec_command";
        context.Report(call.Span, new Dictionary<string, string> { ["callee"] = label, ["name"] = label });
    }

    /// <summary>Every part of the string that is not constant is a shlex.quote(...) call (through + % format f-strings and names bound once).</summary>
    private static bool Quoted(SemanticModel model, ExpressionSyntax expression, int depth)
    {
        if (depth > 8) return false;
        var node = Parentheses.Strip(expression);
        if (model.Evaluate(node).IsKnown) return true;
        switch (node)
        {
            case CallExpressionSyntax call when Quoting.Contains(model.GetCalleeName(call) ?? ""):
                return true;
            case CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "format" } format } call:
                return Quoted(model, format.Value, depth + 1)
                    && call.Arguments.Arguments.All(a => a.Star is null && Quoted(model, a.Value, depth + 1));
            case BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Plus } plus:
                return Quoted(model, plus.Left, depth + 1) && Quoted(model, plus.Right, depth + 1);
            case BinaryExpressionSyntax { Operator.Kind: SyntaxKind.Percent } percent:
                return Quoted(model, percent.Left, depth + 1) && (Parentheses.Strip(percent.Right) is TupleExpressionSyntax tuple
                    ? tuple.Elements.All(e => Quoted(model, e, depth + 1))
                    : Quoted(model, percent.Right, depth + 1));
            case StringLiteralExpressionSyntax literal:
                return literal.Parts.OfType<FStringSyntax>()
                    .SelectMany(f => f.Parts.OfType<FStringReplacementFieldSyntax>())
                    .All(field => Quoted(model, field.Expression, depth + 1));
            case NameExpressionSyntax name when model.GetReference(name) is { Bindings: [{ Kind: BindingKind.Assignment, Value: { } value }] }:
                return Quoted(model, value, depth + 1);
            default:
                return false;
        }
    }
}
