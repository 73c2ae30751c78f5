using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// A shell-less process call whose argument vector holds a value that may start with "-" (so the program may read
/// it as an option) with no "--" before it. Needs the elements of the list, which data conditions cannot look at.
/// argv[0] is the program, not an argument, and is left to PYSEC304.
/// </summary>
[CodeRule("PYSEC303")]
internal sealed class ArgumentWithoutSeparator : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => ProcessCalls.Callees;

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        if (ProcessCalls.Describe(model, (CallExpressionSyntax)node) is not { UsesShell: false } process) return;
        var captures = new Dictionary<string, string> { ["callee"] = process.Callee };
        if (process.Argv is { } argv)
        {
            for (var index = 1; index < argv.Count; index++)
            {
                var element = argv[index];
                if (!process.IsStarred(element) && model.Evaluate(element).Value is PyStr { Value: "--" }) return;
                if (!MayBeOption(model, process, element)) continue;
                captures["name"] = Shorten(element.ToString());
                var inCall = process.Call.Span.Contains(element.Span);
                context.Report(inCall ? element.Span : process.Call.Span, captures, fixes: inCall ? [Separator(process.Call, element)] : null);
                return;
            }
            return;
        }
        // A vector (or command string) that is not a display: report only when it is built at run time.
        if (process.OpaqueArgv is { } opaque && !model.Evaluate(opaque).IsKnown)
        {
            captures["name"] = Shorten(opaque.ToString());
            context.Report(process.Call.Span, captures,
                message: "`{callee}` runs an argument list built at run time (`{name}`); make sure no value in it can start with \"-\", or end the options with \"--\"");
        }
    }

    /// <summary>Not a constant, and not a string that starts with known text (f"uploads/{name}" cannot start with "-").</summary>
    private static bool MayBeOption(SemanticModel model, ProcessCall process, ExpressionSyntax element)
    {
        if (process.IsStarred(element)) return true;
        var result = model.Evaluate(element);
        if (result.IsKnown) return false;
        return result.KnownPrefix is not { Length: > 0 };
    }

    private static Fix Separator(CallExpressionSyntax call, ExpressionSyntax element)
    {
        var quote = QuoteIn(call);
        // Before the star of a `*args` argument, not between the star and its value.
        var start = element.Parent is ArgumentSyntax argument ? argument.Span.Start : element.Span.Start;
        return new Fix($"Insert {quote}--{quote} before the first value that may start with \"-\"", FixSafety.Unsafe,
            [new TextEdit(new TextSpan(start, 0), $"{quote}--{quote}, ")]);
    }

    /// <summary>The quote character of the call's string literals, double quotes when it has none.</summary>
    private static char QuoteIn(CallExpressionSyntax call)
    {
        foreach (var token in call.DescendantTokens())
        {
            if (token.Kind != SyntaxKind.String) continue;
            var body = token.Text.TrimStart('r', 'R', 'b', 'B', 'u', 'U', 'f', 'F');
            if (body.Length > 0 && body[0] is '\'' or '"') return body[0];
        }
        return '"';
    }

    internal static string Shorten(string text) => text.Length > 40 ? text[..37] + "..." : text;
}
