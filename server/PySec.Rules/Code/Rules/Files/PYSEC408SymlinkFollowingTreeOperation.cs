using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Files;

/// <summary>
/// <c>shutil.copytree</c> of a non-constant tree without <c>symlinks=True</c>, and <c>shutil.rmtree</c> of a
/// non-constant tree where the function (or module) never consults <c>shutil.rmtree.avoids_symlink_attacks</c>.
/// Code because the guard is a check elsewhere in the scope. Trees this code created itself
/// (<c>tempfile.mkdtemp()</c>, <c>TemporaryDirectory().name</c>) are not reported.
/// </summary>
[CodeRule("PYSEC408")]
internal sealed class SymlinkFollowingTreeOperation : CodeRule
{
    private static readonly HashSet<string> OwnTrees = new(StringComparer.Ordinal)
    {
        "tempfile.mkdtemp", "tempfile.TemporaryDirectory",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["shutil.copytree", "shutil.rmtree"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        var callee = context.CalleeOf(call);
        if (callee is not ("shutil.copytree" or "shutil.rmtree")) return;
        var binding = model.BindCall(call);
        if (binding.HasStarArguments || binding.HasKeywordUnpacking) return;
        var tree = FileRuleHelpers.Argument(binding, callee == "shutil.rmtree" ? "path" : "src", 0);
        if (tree is null || model.Evaluate(tree).IsKnown || IsOwnTree(context, tree)) return;

        if (callee == "shutil.copytree")
        {
            var symlinks = FileRuleHelpers.Argument(binding, "symlinks", 2);
            if (symlinks is not null && model.Evaluate(symlinks).Value is not PyBool { Value: false } and not PyNone) return;
            context.Report(call.Span, FileRuleHelpers.Captures(callee),
                message: "`shutil.copytree` without symlinks=True copies what links in the tree point to (for example /etc/shadow); pass symlinks=True for trees others can write");
            return;
        }
        var container = node.Ancestors().FirstOrDefault(a => a is FunctionDefinitionSyntax or ModuleSyntax) ?? node;
        if (container.DescendantNodes().OfType<AttributeExpressionSyntax>().Any(a => a.Name.Text == "avoids_symlink_attacks")) return;
        context.Report(call.Span, FileRuleHelpers.Captures(callee));
    }

    private static bool IsOwnTree(RuleContext context, ExpressionSyntax tree)
    {
        tree = Parentheses.Strip(tree);
        if (tree is AttributeExpressionSyntax { Name.Text: "name" } attribute) tree = attribute.Value;
        if (tree is NameExpressionSyntax name && context.Model.GetReference(name) is { Bindings: [{ Value: { } value }] })
            tree = value;
        return tree is CallExpressionSyntax call && context.CalleeOf(call) is { } callee && OwnTrees.Contains(callee);
    }
}
