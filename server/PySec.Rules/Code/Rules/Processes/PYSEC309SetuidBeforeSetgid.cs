using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Processes;

/// <summary>
/// os.setuid (setreuid, setresuid) with no os.setgid-family call before it in the same function (or module), or
/// with no os.setgroups/os.initgroups before it. An order of calls in a scope is beyond data conditions.
/// setuid(0) is regaining root, not dropping it, and is left alone.
/// </summary>
[CodeRule("PYSEC309")]
internal sealed class SetuidBeforeSetgid : CodeRule
{
    private static readonly HashSet<string> SetUser = new(StringComparer.Ordinal) { "os.setuid", "os.setreuid", "os.setresuid" };
    private static readonly HashSet<string> SetGroup = new(StringComparer.Ordinal) { "os.setgid", "os.setregid", "os.setresgid" };
    private static readonly HashSet<string> SetGroups = new(StringComparer.Ordinal) { "os.setgroups", "os.initgroups" };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => SetUser;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var model = context.Model;
        var call = (CallExpressionSyntax)node;
        if (context.CalleeOf(call) is not { } callee || !SetUser.Contains(callee)) return;
        if (call.Arguments.Arguments is [{ Name: null, Star: null } only, ..]
            && model.Evaluate(only.Value).Value is PyInt { Value.IsZero: true }) return;

        bool group = false, groups = false;
        foreach (var earlier in ScopeCalls.Before(call))
        {
            var name = context.CalleeOf(earlier);
            group |= name is not null && SetGroup.Contains(name);
            groups |= name is not null && SetGroups.Contains(name);
        }
        if (group && groups) return;
        var captures = new Dictionary<string, string> { ["callee"] = callee, ["name"] = callee };
        context.Report(call.Span, captures, message: group
            ? "`{callee}` without os.setgroups([]) before it: the process keeps root's supplementary groups; call os.setgroups([]), os.setgid, then os.setuid"
            : null);
    }
}

/// <summary>The calls of the function (or module) that contains a node, before or after it in the text.</summary>
internal static class ScopeCalls
{
    public static SyntaxNode Container(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(a => a is FunctionDefinitionSyntax or ModuleSyntax) ?? node;

    public static IEnumerable<CallExpressionSyntax> Before(SyntaxNode node) =>
        Container(node).DescendantNodes().OfType<CallExpressionSyntax>().Where(c => c.Span.End <= node.Span.Start);

    public static IEnumerable<CallExpressionSyntax> After(SyntaxNode node) =>
        Container(node).DescendantNodes().OfType<CallExpressionSyntax>().Where(c => c.Span.Start >= node.Span.End);
}
