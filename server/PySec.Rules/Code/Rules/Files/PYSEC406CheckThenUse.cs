using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>
/// An <c>if</c> whose condition checks a path (<c>os.access</c>, <c>os.path.exists/isfile/isdir</c>,
/// <c>Path.exists/is_file/is_dir</c>) and whose branches then operate on the same path expression. Code because it
/// relates two calls through the text of their path argument. Only the branches of the <c>if</c> are searched,
/// so an early-return check followed by an open further down is not reported.
/// </summary>
[CodeRule("PYSEC406")]
internal sealed class CheckThenUse : CodeRule
{
    private static readonly HashSet<string> Checks = new(StringComparer.Ordinal)
    {
        "os.access", "os.path.exists", "os.path.lexists", "os.path.isfile", "os.path.isdir", "os.path.islink",
    };

    private static readonly HashSet<string> PathChecks = new(StringComparer.Ordinal) { "exists", "is_file", "is_dir", "is_symlink" };

    private static readonly HashSet<string> Operations = new(StringComparer.Ordinal)
    {
        "builtins.open", "io.open", "codecs.open", "os.open", "os.remove", "os.unlink", "os.rename", "os.replace", "os.rmdir",
        "os.mkdir", "os.makedirs", "os.chmod", "os.chown", "os.lchown", "os.symlink", "os.link", "os.truncate", "os.utime",
        "shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.copytree", "shutil.move", "shutil.rmtree",
    };

    private static readonly HashSet<string> PathOperations = new(StringComparer.Ordinal)
    {
        "open", "write_text", "write_bytes", "read_text", "read_bytes", "unlink", "mkdir", "touch", "rename", "replace",
        "chmod", "rmdir", "symlink_to",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.IfStatement];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var statement = (IfStatementSyntax)node;
        var pathlib = FileRuleHelpers.ImportsModule(context, "pathlib");
        foreach (var check in statement.Condition.DescendantNodesAndSelf().OfType<CallExpressionSyntax>())
        {
            if (CheckedPath(context, check, pathlib) is not { } path) continue;
            var branches = new List<SyntaxNode> { statement.Body };
            branches.AddRange(statement.ElifClauses);
            if (statement.ElseClause is { } otherwise) branches.Add(otherwise);
            var use = branches.SelectMany(b => b.DescendantNodes()).OfType<CallExpressionSyntax>()
                .FirstOrDefault(c => Uses(context, c, path, pathlib));
            if (use is null) continue;
            var callee = context.CalleeOf(check) ?? Text(context, check.Function);
            context.Report(check.Span, FileRuleHelpers.Captures(callee));
            return;
        }
    }

    private static string? CheckedPath(RuleContext context, CallExpressionSyntax call, bool pathlib)
    {
        if (context.CalleeOf(call) is { } callee && Checks.Contains(callee))
            return call.Arguments.Arguments is [{ Name: null, Star: null } first, ..] ? Text(context, first.Value) : null;
        if (pathlib && FileRuleHelpers.UntypedPathMethod(context, call) is { } method && PathChecks.Contains(method))
            return Text(context, ((AttributeExpressionSyntax)call.Function).Value);
        return null;
    }

    private static bool Uses(RuleContext context, CallExpressionSyntax call, string path, bool pathlib)
    {
        if (context.CalleeOf(call) is { } callee && Operations.Contains(callee))
            return call.Arguments.Arguments.Any(a => a.Star is null && Text(context, a.Value) == path);
        return pathlib && FileRuleHelpers.UntypedPathMethod(context, call) is { } method && PathOperations.Contains(method)
            && Text(context, ((AttributeExpressionSyntax)call.Function).Value) == path;
    }

    private static string Text(RuleContext context, SyntaxNode node) => context.Text.Substring(node.Span.Start, node.Span.Length);
}
