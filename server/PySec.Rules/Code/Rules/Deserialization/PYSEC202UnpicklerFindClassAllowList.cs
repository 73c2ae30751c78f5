using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Deserialization;

/// <summary>
/// Unpickler.find_class overrides whose checks are escapable: a test on the module alone that lets every name of
/// the module through, an allow-list holding a module such as builtins or os, or a deny-list. Code because the
/// verdict reads the shape of the override: which parameters each `if` tests, whether the test is a membership
/// or its negation, and whether the branch delegates to the real lookup or raises.
/// </summary>
[CodeRule("PYSEC202")]
internal sealed class UnpicklerFindClassAllowList : CodeRule
{
    private static readonly HashSet<string> DangerousModules = new(StringComparer.Ordinal)
    {
        "builtins", "__builtin__", "os", "posix", "nt", "sys", "subprocess", "importlib", "pickle", "_pickle",
        "codecs", "functools", "operator", "shutil", "socket",
    };

    private static readonly HashSet<string> Lookups = new(StringComparer.Ordinal)
    {
        "builtins.getattr", "builtins.__import__", "importlib.import_module",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.FunctionDefinition];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        if (node is not FunctionDefinitionSyntax { Name.Text: "find_class" } function) return;
        if (function.Parent?.Parent is not ClassDefinitionSyntax cls || !IsUnpickler(cls, context)) return;
        var parameters = function.Parameters.Parameters.OfType<ParameterSyntax>().Select(p => p.Name.Text).ToList();
        if (parameters.Count < 3) return;
        var (module, name) = (parameters[1], parameters[2]);

        foreach (var (condition, body) in Branches(function))
        {
            var polarity = Polarity(condition, module, name);
            if (polarity is null) continue;
            var delegates = Delegates(body, context);
            var raises = body.Statements.Count > 0 && body.Statements[0] is RaiseStatementSyntax;
            if (!delegates && !raises) continue;
            var allows = delegates == polarity.Value; // "if x in LIST: lookup" or "if x not in LIST: raise"
            var mentionsModule = Mentions(condition, module);
            var mentionsName = Mentions(condition, name);
            string? problem;
            if (!allows)
                problem = "is a deny-list: whatever it does not name (getattr, eval, __import__, codecs, functools.partial, ...) still loads";
            else if (Strings(condition, context).FirstOrDefault(DangerousModules.Contains) is { } dangerous)
                problem = $"allows `{dangerous}`, whose callables give a pickle full code execution";
            else if (mentionsModule && !mentionsName)
                problem = "tests the module alone, so every callable of an allowed module loads";
            else
                problem = null;
            if (problem is null) continue;
            context.Report(condition.Span, new Dictionary<string, string> { ["name"] = cls.Name.Text },
                message: $"`{cls.Name.Text}.find_class` {problem}; map exact (module, name) pairs of plain data classes");
        }
    }

    private static bool IsUnpickler(ClassDefinitionSyntax cls, RuleContext context)
    {
        if (cls.Arguments is not { } bases) return false;
        foreach (var argument in bases.Arguments)
        {
            if (argument.Name is not null) continue;
            var baseName = context.Model.GetQualifiedName(argument.Value) ?? argument.Value.ToString();
            if (baseName.EndsWith("Unpickler", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static IEnumerable<(ExpressionSyntax Condition, BlockSyntax Body)> Branches(FunctionDefinitionSyntax function)
    {
        foreach (var node in function.Body.DescendantNodes(n => n is not FunctionDefinitionSyntax and not ClassDefinitionSyntax))
        {
            if (node is IfStatementSyntax statement) yield return (statement.Condition, statement.Body);
            else if (node is ElifClauseSyntax elif) yield return (elif.Condition, elif.Body);
        }
    }

    /// <summary>
    /// True when the condition holds for listed values (`x in L`, `x == "m"`), false for its negation
    /// (`x not in L`, `not x in L`), null when it tests neither parameter by membership or equality.
    /// </summary>
    private static bool? Polarity(ExpressionSyntax condition, string module, string name)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Polarity(parenthesized.Expression, module, name);
            case UnaryExpressionSyntax { Operator.Text: "not" } negation:
                return !Polarity(negation.Operand, module, name);
            case BinaryExpressionSyntax { Operator.Text: "and" or "or" } binary:
                return Polarity(binary.Left, module, name) ?? Polarity(binary.Right, module, name);
            case ComparisonExpressionSyntax comparison when comparison.Comparisons.Count == 1:
                var clause = comparison.Comparisons[0];
                if (!Mentions(comparison, module) && !Mentions(comparison, name)) return null;
                return (clause.Operator.Text, clause.SecondOperator?.Text) switch
                {
                    ("in", null) or ("==", null) => true,
                    ("not", "in") or ("!=", null) => false,
                    _ => null,
                };
            case CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "startswith" } } call
                when Mentions(call, module) || Mentions(call, name):
                return true;
            default:
                return null;
        }
    }

    private static bool Mentions(SyntaxNode node, string parameter) =>
        node.DescendantNodesAndSelf().OfType<NameExpressionSyntax>().Any(n => n.Identifier.Text == parameter);

    /// <summary>The branch reaches the real lookup: super().find_class, Unpickler.find_class, getattr or an import.</summary>
    private static bool Delegates(BlockSyntax body, RuleContext context) =>
        body.DescendantNodes().OfType<CallExpressionSyntax>().Any(call =>
            call.Function is AttributeExpressionSyntax { Name.Text: "find_class" }
            || context.CalleeOf(call) is { } callee && Lookups.Contains(callee));

    /// <summary>The constant strings the condition lists, directly or through a module-level constant collection.</summary>
    private static IEnumerable<string> Strings(ExpressionSyntax condition, RuleContext context)
    {
        foreach (var node in condition.DescendantNodesAndSelf())
        {
            if (node is StringLiteralExpressionSyntax literal && context.Evaluate(literal).Value is PyStr text)
                yield return text.Value;
            else if (node is NameExpressionSyntax reference)
                foreach (var value in ModuleCollection(reference.Identifier.Text, context))
                    yield return value;
        }
    }

    private static IEnumerable<string> ModuleCollection(string variable, RuleContext context)
    {
        if (context.Model.Tree.Root is not ModuleSyntax module) yield break;
        foreach (var statement in module.Statements)
        {
            if (statement is not AssignmentStatementSyntax assignment
                || !assignment.Targets.Any(t => t.Target is NameExpressionSyntax target && target.Identifier.Text == variable)) continue;
            foreach (var literal in assignment.Value.DescendantNodesAndSelf().OfType<StringLiteralExpressionSyntax>())
                if (context.Evaluate(literal).Value is PyStr text) yield return text.Value;
        }
    }
}
