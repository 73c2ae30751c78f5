using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// A process call whose program is a constant bare name ("git", "ls -l" through a shell), found through PATH. The
/// program is argv[0] of a list, the first word of a command string, or the separate path of exec*/spawn*, so data
/// conditions on one argument cannot say it. Shell built-ins are not looked up in PATH and are left alone.
/// </summary>
[CodeRule("PYSEC304")]
internal sealed class PartialExecutablePath : CodeRule
{
    private static readonly HashSet<string> ShellBuiltins = new(StringComparer.Ordinal)
    {
        "cd", "echo", "printf", "exit", "export", "set", "unset", "test", "[", "true", "false", ":", ".", "source", "read",
        "wait", "pwd", "umask", "ulimit", "type", "command", "trap", "eval", "exec", "shift", "alias", "return", "if", "for",
        "while", "case", "{", "(", "!",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => ProcessCalls.Callees;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (ProcessCalls.Describe(context.Model, (CallExpressionSyntax)node) is not { } process) return;
        if (ProcessCalls.ProgramText(context.Model, process) is not { Length: > 0 } program) return;
        if (program.IndexOfAny(['/', '\\']) >= 0 || program[0] is '$' or '%' or '"' or '\'' or '~') return;
        if (program.Length >= 2 && char.IsAsciiLetter(program[0]) && program[1] == ':') return; // C:tool is drive-relative
        if (process.UsesShell && ShellBuiltins.Contains(program)) return;
        context.Report(process.Call.Span, new Dictionary<string, string> { ["callee"] = process.Callee, ["name"] = program });
    }
}
