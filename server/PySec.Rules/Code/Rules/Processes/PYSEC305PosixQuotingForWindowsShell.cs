using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// shlex.quote/shlex.join output in a command that cmd.exe or PowerShell parses: the program is cmd/powershell/pwsh,
/// or the call uses a shell (or runs a batch file) inside an `if os.name == "nt"`-style branch. POSIX quoting means
/// nothing to those shells. Looks through one name bound once (`cmd = "type " + shlex.quote(x)`).
/// </summary>
[CodeRule("PYSEC305")]
internal sealed class PosixQuotingForWindowsShell : CodeRule
{
    private static readonly HashSet<string> WindowsShells = new(StringComparer.Ordinal)
    {
        "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh", "pwsh.exe",
    };

    private static readonly HashSet<string> Quoting = new(StringComparer.Ordinal) { "shlex.quote", "shlex.join", "pipes.quote" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => ProcessCalls.Callees;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        if (ProcessCalls.Describe(model, (CallExpressionSyntax)node) is not { } process) return;
        var program = ProcessCalls.ProgramText(model, process);
        var windowsShell = program is not null && WindowsShells.Contains(ProcessCalls.BaseName(program));
        if (!windowsShell && (process.UsesShell || (program is not null && BatchFileArguments.IsBatchFile(program))))
            windowsShell = InWindowsBranch(model, process.Call);
        if (!windowsShell) return;

        var parts = new List<ExpressionSyntax>();
        if (process.ShellCommand is { } command) parts.Add(command);
        if (process.Argv is { } argv) parts.AddRange(argv);
        if (process.OpaqueArgv is { } opaque) parts.Add(opaque);
        foreach (var part in parts)
            foreach (var quoted in QuotingCalls(model, part))
                context.Report(quoted.Span, new Dictionary<string, string>
                {
                    ["callee"] = context.CalleeOf(quoted) ?? "shlex.quote",
                    ["name"] = program ?? process.Callee,
                });
    }

    private static IEnumerable<CallExpressionSyntax> QuotingCalls(SemanticModel model, ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (node is CallExpressionSyntax call && Quoting.Contains(model.GetCalleeName(call) ?? ""))
                yield return call;
            else if (node is NameExpressionSyntax name
                && model.GetReference(name) is { Bindings: [{ Kind: BindingKind.Assignment, Value: { } bound }] })
                foreach (var inner in bound.DescendantNodesAndSelf().OfType<CallExpressionSyntax>())
                    if (Quoting.Contains(model.GetCalleeName(inner) ?? "")) yield return inner;
        }
    }

    /// <summary>Inside the body of an if/elif whose test says the platform is Windows.</summary>
    private static bool InWindowsBranch(SemanticModel model, SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            var test = parent switch
            {
                IfStatementSyntax statement when statement.Body == child => statement.Condition,
                ElifClauseSyntax clause when clause.Body == child => clause.Condition,
                _ => null,
            };
            if (test is not null && IsWindowsTest(model, test)) return true;
        }
        return false;
    }

    private static bool IsWindowsTest(SemanticModel model, ExpressionSyntax test)
    {
        test = Parentheses.Strip(test);
        if (test is ComparisonExpressionSyntax { Comparisons: [{ Operator.Text: "==", SecondOperator: null } clause] } comparison)
            return IsPlatformValue(model, comparison.Left, clause.Right) || IsPlatformValue(model, clause.Right, comparison.Left);
        // sys.platform.startswith("win")
        return test is CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "startswith" } method } call
            && model.GetQualifiedName(method.Value) == "sys.platform"
            && call.Arguments.Arguments is [{ Name: null } argument]
            && model.Evaluate(argument.Value).Value is PyStr { Value: "win" or "win32" };
    }

    private static bool IsPlatformValue(SemanticModel model, ExpressionSyntax subject, ExpressionSyntax other)
    {
        if (model.Evaluate(other).Value is not PyStr { Value: var text }) return false;
        var name = subject is CallExpressionSyntax call ? model.GetCalleeName(call) + "()" : model.GetQualifiedName(subject);
        return (name, text) switch
        {
            ("os.name", "nt") => true,
            ("sys.platform", "win32") => true,
            ("platform.system()", "Windows") => true,
            _ => false,
        };
    }
}
