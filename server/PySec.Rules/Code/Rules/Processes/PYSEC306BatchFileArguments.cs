using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// A shell-less process call that runs a .bat or .cmd file with arguments that are not constants. Windows starts
/// such files through cmd.exe, which parses the command line again, so the list form does not protect them.
/// </summary>
[CodeRule("PYSEC306")]
internal sealed class BatchFileArguments : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => ProcessCalls.Callees;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        if (ProcessCalls.Describe(model, (CallExpressionSyntax)node) is not { UsesShell: false } process) return;
        if (ProcessCalls.ProgramText(model, process) is not { } program || !IsBatchFile(program)) return;
        var dynamic = process.Argv is { } argv
            ? argv.Skip(1).Any(e => process.IsStarred(e) || !model.Evaluate(e).IsKnown)
            : process.OpaqueArgv is { } opaque && !model.Evaluate(opaque).IsKnown;
        if (!dynamic) return;
        context.Report(process.Call.Span, new Dictionary<string, string> { ["callee"] = process.Callee, ["name"] = program });
    }

    internal static bool IsBatchFile(string program) =>
        program.EndsWith(".bat", StringComparison.OrdinalIgnoreCase) || program.EndsWith(".cmd", StringComparison.OrdinalIgnoreCase);
}
