using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Runtime;

/// <summary>
/// <c>time.time()</c> on either side of a subtraction (a duration or deadline measured on the wall clock, which
/// jumps), and <c>signal.alarm</c>/<c>setitimer</c> used inside a function, where it may run outside the main
/// thread and then never fires. Code because no matcher looks at the operands of an arithmetic operator.
/// </summary>
[CodeRule("PYSEC009")]
internal sealed class WallClockTimeout : CodeRule
{
    private const string WallClock = "time.time";

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.BinaryExpression, SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["signal.alarm", "signal.setitimer"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is CallExpressionSyntax call)
        {
            var callee = context.CalleeOf(call);
            if (callee is "signal.alarm" or "signal.setitimer" && call.FirstAncestorOrSelf<FunctionDefinitionSyntax>() is not null)
                context.Report(call, callee, Severity.Low,
                    $"`{callee}` in a function: SIGALRM timeouts only fire in the main thread, so in a threaded server this timeout never triggers; pass timeouts to the blocking calls or run the work in a process");
            return;
        }

        var binary = (BinaryExpressionSyntax)node;
        if (binary.Operator.Text != "-") return;
        var left = WallClockCall(context, binary.Left);
        var right = WallClockCall(context, binary.Right);
        if (left is null && right is null) return;
        // `time.time() - 3600` is a timestamp an hour ago, and `time.time() - st.st_mtime` a file's age: both are
        // about the wall clock on purpose, and monotonic time would be wrong there.
        if (IsWallClockValue(context, left is null ? binary.Left : binary.Right)) return;

        // time.time() - start, where start = time.time() is the only value start gets: both ends move together,
        // so switching both to monotonic keeps the meaning (safe). With an unknown other side, the stored
        // timestamp may come from elsewhere (a database, another host), so the fix is unsafe.
        var calls = new List<CallExpressionSyntax>();
        var bothKnown = true;
        foreach (var (operand, direct) in new[] { (binary.Left, left), (binary.Right, right) })
        {
            if (direct is not null) calls.Add(direct);
            else if (BoundToWallClock(context, operand, out var used) is { } origin)
            {
                calls.Add(origin);
                // The start value must serve only this difference: stored or shown elsewhere, it must stay wall time.
                bothKnown &= used == 1;
            }
            else bothKnown = false;
        }
        // Only `time.time()` written as an attribute is renamed; `from time import time` would need a new import.
        var fixes = calls.All(c => c.Function is AttributeExpressionSyntax)
            ? new[]
            {
                new Fix("Use time.monotonic() for the interval", bothKnown ? FixSafety.Safe : FixSafety.Unsafe,
                    calls.Select(c => new TextEdit(((AttributeExpressionSyntax)c.Function).Name.Span, "monotonic")).ToList()),
            }
            : Array.Empty<Fix>();
        context.Report(binary, WallClock, fixes: fixes);
    }

    private static CallExpressionSyntax? WallClockCall(RuleContext context, ExpressionSyntax expression)
    {
        expression = Parentheses.Strip(expression);
        return expression is CallExpressionSyntax call && context.CalleeOf(call) == WallClock ? call : null;
    }

    /// <summary>A name whose only reaching value is a <c>time.time()</c> call (<c>start = time.time()</c>).</summary>
    private static CallExpressionSyntax? BoundToWallClock(RuleContext context, ExpressionSyntax expression, out int uses)
    {
        uses = 0;
        if (expression is not NameExpressionSyntax name || context.Model.GetReference(name) is not { Bindings: [var binding] })
            return null;
        uses = binding.Uses.Count;
        return binding.Value is { } value ? WallClockCall(context, value) : null;
    }

    private static bool IsWallClockValue(RuleContext context, ExpressionSyntax other)
    {
        other = Parentheses.Strip(other);
        if (other is NumberExpressionSyntax || context.Evaluate(other).IsKnown) return true;
        if (other is AttributeExpressionSyntax { Name.Text: "st_mtime" or "st_ctime" or "st_atime" or "st_birthtime" }) return true;
        return other is CallExpressionSyntax call && context.CalleeOf(call) is
            "os.path.getmtime" or "os.path.getctime" or "os.path.getatime" or "datetime.datetime.timestamp";
    }
}
