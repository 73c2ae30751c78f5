using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>
/// Request data written to a log record or a terminal without escaping: an argument rendered by <c>%s</c> in a
/// logging format, request data formatted into the message itself, or passed to <c>print</c> or
/// <c>warnings.warn</c>. <c>%r</c> (and numeric conversions) escape or reject control characters, so they pass.
/// Code because the format string decides which argument is dangerous.
/// </summary>
[CodeRule("PYSEC907")]
internal sealed class LogInjection : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = [.. LoggingCalls.Callees, "builtins.print", "warnings.warn"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var arguments = call.Arguments.Arguments;
        var messageIndex = LoggingCalls.MessageIndex(context, call);
        if (messageIndex < 0)
        {
            if (context.CalleeOf(call) is "builtins.print" or "warnings.warn")
                foreach (var argument in arguments)
                    if (argument.Name is null && LoggingCalls.FromRequest(context, argument.Value))
                        context.Report(argument.Value, Shorten(argument.Value));
            return;
        }
        if (arguments.Count <= messageIndex || arguments[messageIndex].Name is not null) return;
        var message = arguments[messageIndex].Value;
        if (LoggingCalls.FromRequest(context, message))
        {
            context.Report(message, Shorten(message));
            return;
        }
        if (context.Evaluate(message).Value is not PyStr format || LoggingCalls.Conversions(format.Value) is not { } conversions)
            return;
        for (var index = messageIndex + 1; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (argument.Name is not null || argument.Star is not null) break;
            var position = index - messageIndex - 1;
            var conversion = position < conversions.Count ? conversions[position] : 's';
            if (conversion == 's' && LoggingCalls.FromRequest(context, argument.Value))
                context.Report(argument.Value, Shorten(argument.Value));
        }
    }

    private static string Shorten(ExpressionSyntax expression)
    {
        var text = expression.ToString().ReplaceLineEndings(" ");
        return text.Length > 50 ? text[..47] + "..." : text;
    }
}
