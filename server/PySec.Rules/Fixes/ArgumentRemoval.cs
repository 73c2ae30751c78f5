using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Fixes;

internal static class ArgumentRemoval
{
    /// <summary>
    /// What to delete to remove an argument and keep the call valid: with the comma before it, or after it when it is
    /// the first; the rest of the layout stays as written.
    /// </summary>
    public static TextSpan SpanOf(CallExpressionSyntax call, ArgumentSyntax argument)
    {
        var arguments = call.Arguments.Arguments;
        var index = 0;
        while (index < arguments.Count && arguments[index].Span != argument.Span) index++;
        if (index > 0) return TextSpan.FromBounds(arguments.GetSeparator(index - 1).Span.Start, argument.Span.End);
        if (arguments.Count > 1) return TextSpan.FromBounds(argument.Span.Start, arguments[1].Span.Start);
        return arguments.HasTrailingSeparator ? TextSpan.FromBounds(argument.Span.Start, arguments.GetSeparator(0).Span.End) : argument.Span;
    }
}
