using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// input() in Python 2 code, where it evaluates what is typed. Fires when the target version is Python 2, or when the
/// file itself is Python 2 code: it reads a Python-2-only builtin (raw_input, xrange, unicode, ...) that nothing in
/// the file defines, or it uses the result of input() as a number. The rule's YAML has no python range, because
/// those cases must work on any target.
/// </summary>
[CodeRule("PYSEC103")]
internal sealed class Python2Input : CodeRule
{
    private static readonly HashSet<string> Python2Builtins =
        ["raw_input", "xrange", "unicode", "basestring", "unichr", "execfile", "reduce", "file", "long", "reload", "cmp", "buffer"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames { get; } = ["builtins.input"];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        // Only the builtin itself: "from builtins import input" (the future package) and "from six.moves import input" are Python 3's.
        if (call.Function is not NameExpressionSyntax { Identifier.Text: "input" } name || model.GetReference(name) is not { IsBuiltin: true }) return;
        if (model.TargetVersion.Major >= 3 && !IsPython2File(model) && !IsUsedAsNumber(model, call)) return;
        var fix = new Fix("Use raw_input (returns the text; convert it explicitly)", FixSafety.Unsafe, [new TextEdit(name.Span, "raw_input")]);
        context.Report(call, "input", fixes: [fix]);
    }

    /// <summary>
    /// The result is used as a number without conversion (input() + 1, or age = input(); age + 1): correct only if
    /// input() evaluates, so the code was written for Python 2 whatever the configured target.
    /// </summary>
    private static bool IsUsedAsNumber(SemanticModel model, CallExpressionSyntax call)
    {
        if (IsNumericOperand(call)) return true;
        if (call.Parent is not AssignmentStatementSyntax { Targets: [{ Target: NameExpressionSyntax target }] }
            || model.GetBinding(target.Identifier) is not { } binding)
            return false;
        return binding.Uses.Any(use => IsNumericOperand(use.Node));
    }

    private static bool IsNumericOperand(ExpressionSyntax expression)
    {
        var parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
        return parent switch
        {
            BinaryExpressionSyntax binary when binary.Operator.Kind is SyntaxKind.Plus or SyntaxKind.Minus or SyntaxKind.Star
                or SyntaxKind.Slash or SyntaxKind.DoubleSlash or SyntaxKind.DoubleStar =>
                binary.Left is NumberExpressionSyntax || binary.Right is NumberExpressionSyntax,
            ComparisonExpressionSyntax comparison =>
                comparison.Comparisons.Any(c => c.Operator.Kind is SyntaxKind.Less or SyntaxKind.Greater or SyntaxKind.LessEquals or SyntaxKind.GreaterEquals)
                && (comparison.Left is NumberExpressionSyntax || comparison.Comparisons.Any(c => c.Right is NumberExpressionSyntax)),
            _ => false,
        };
    }

    private static bool IsPython2File(SemanticModel model) =>
        model.References.Any(r => r.Bindings.Count == 0 && !r.IsBuiltin && r.StarImports.Count == 0 && Python2Builtins.Contains(r.Name));
}
