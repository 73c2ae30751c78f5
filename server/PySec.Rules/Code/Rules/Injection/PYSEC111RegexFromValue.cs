using PySec.Semantics;
using PySec.Syntax;
using PySec.Text;
using static PySec.Rules.Code.Rules.Injection.InjectionValues;

namespace PySec.Rules.Code.Rules.Injection;

/// <summary>
/// A re/regex function whose pattern is not constant and not escaped. Data cannot say it: a pattern built as
/// "^" + re.escape(q) + "$" is safe, so every hole of the built pattern must be looked at.
/// </summary>
[CodeRule("PYSEC111")]
internal sealed class RegexFromValue : CodeRule
{
    internal static readonly HashSet<string> PatternFunctions = BuildFunctions();

    private static readonly HashSet<string> Escapes = ["re.escape", "regex.escape", "fnmatch.translate", "builtins.int", "builtins.len"];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallNames => PatternFunctions;

    public override bool HasFix => true;

    private static HashSet<string> BuildFunctions()
    {
        string[] names = ["compile", "search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"];
        return [.. names.Select(n => "re." + n), .. names.Select(n => "regex." + n)];
    }

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        var model = context.Model;
        if (context.CalleeOf(call) is not { } callee || !PatternFunctions.Contains(callee)) return;
        if (Argument(call, 0, "pattern") is not { } pattern) return;
        var (root, result) = Follow(model, pattern);
        if (result.IsKnown || IsEscaped(model, root)) return;
        if (result.Template is not null && Holes(root, result).All(h => h is not null && IsEscaped(model, h))) return;
        // A compiled pattern passed on (re.search(PATTERN, s)) was judged where it was compiled.
        if (Parentheses.Strip(root) is CallExpressionSyntax made && context.CalleeOf(made) is "re.compile" or "regex.compile") return;

        var fixes = new List<Fix>();
        if (call.Function is AttributeExpressionSyntax { Value: NameExpressionSyntax module } && model.GetQualifiedName(module) == "re"
            && module.Identifier.Text == "re")
        {
            // Escape only the values of a built pattern ("^" + re.escape(q)), so its own syntax keeps working.
            var targets = ReferenceEquals(root, pattern) && result.Template is not null
                ? Holes(root, result).Where(h => h is null || !IsEscaped(model, h)).ToList()
                : [pattern];
            if (targets.All(t => t is not null))
                fixes.Add(new Fix("Match the value literally (wrap it in re.escape)", FixSafety.Unsafe,
                [
                    .. targets.SelectMany(t => new[]
                    {
                        new TextEdit(new TextSpan(t!.Span.Start, 0), "re.escape("),
                        new TextEdit(new TextSpan(t.Span.End, 0), ")"),
                    }),
                ]));
        }
        context.Report(pattern, callee, fixes: fixes);
    }

    private static bool IsEscaped(SemanticModel model, ExpressionSyntax expression) =>
        Parentheses.Strip(expression) is CallExpressionSyntax call && model.GetCalleeName(call) is { } name && Escapes.Contains(name);
}
