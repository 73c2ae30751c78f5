using System.Text.RegularExpressions;
using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// An assignment (plain, annotated or augmented) to a target that is a listed qualified name
/// (<c>ssl._create_default_https_context = ...</c>) or whose own name matches a pattern: the variable, the
/// attribute (<c>app.debug</c>) or a constant subscript key (<c>app.config["DEBUG"]</c>). Reported on the
/// target and value.
/// </summary>
internal sealed class AssignMatcher(NameSet? names, Regex? targetPattern, ValueCondition? value) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> AssignKinds = KindsOf(
        SyntaxKind.AssignmentStatement, SyntaxKind.AnnotatedAssignmentStatement, SyntaxKind.AugmentedAssignmentStatement);

    public override IReadOnlySet<SyntaxKind> Kinds => AssignKinds;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var (targets, assigned) = context.Node switch
        {
            AssignmentStatementSyntax plain => (plain.Targets.Select(t => t.Target).ToList(), plain.Value),
            AnnotatedAssignmentStatementSyntax annotated => ([annotated.Target], annotated.Value),
            AugmentedAssignmentStatementSyntax augmented => ([augmented.Target], augmented.Value),
            _ => (new List<ExpressionSyntax>(), (ExpressionSyntax?)null),
        };
        if (assigned is null) return false;
        foreach (var target in targets)
        {
            if (!TargetMatches(context, target, out var label)) continue;
            if (value is not null && !value.Holds(context, assigned, ArgumentState.Bound)) return false;
            result.Span = TextSpanExtensions.Between(target.Span, assigned.Span);
            result.Captures["name"] = label;
            return true;
        }
        return false;
    }

    private bool TargetMatches(MatchContext context, ExpressionSyntax target, out string label)
    {
        label = TargetName(context, target) ?? "";
        if (targetPattern is not null && (label.Length == 0 || !context.NameMatches(targetPattern, label))) return false;
        if (names is not null)
        {
            var qualified = target is NameExpressionSyntax ? null : context.Model.GetQualifiedName(target);
            if (!names.Contains(qualified)) return false;
            label = qualified!;
        }
        return true;
    }

    /// <summary>The name a target assigns: a variable, an attribute's name, or a subscript's constant string key.</summary>
    internal static string? TargetName(MatchContext context, ExpressionSyntax target) => target switch
    {
        NameExpressionSyntax name => name.Identifier.Text,
        AttributeExpressionSyntax attribute => attribute.Name.Text,
        SubscriptExpressionSyntax { Elements.Count: 1 } subscript =>
            context.Evaluate(subscript.Elements[0]).Value is PyStr key ? key.Value : null,
        _ => null,
    };
}

/// <summary>A keyword argument, or a dict entry with a constant string key, whose name matches (<c>password="..."</c>).</summary>
internal sealed class KeywordMatcher(Regex namePattern, ValueCondition? value) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> KeywordKinds = KindsOf(SyntaxKind.Argument, SyntaxKind.DictEntry);

    public override IReadOnlySet<SyntaxKind> Kinds => KeywordKinds;
    public override bool RequiresKeywordArgument => true;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var (name, assigned) = context.Node switch
        {
            ArgumentSyntax { Name: { } keyword, Star: null } argument => (keyword.Text, argument.Value),
            DictEntrySyntax entry => (context.Evaluate(entry.Key).Value is PyStr key ? key.Value : null, entry.Value),
            _ => ((string?)null, (ExpressionSyntax?)null),
        };
        if (name is null || assigned is null || !context.NameMatches(namePattern, name)) return false;
        if (value is not null && !value.Holds(context, assigned, ArgumentState.Bound)) return false;
        result.Captures["name"] = name;
        return true;
    }
}

/// <summary>A function or lambda parameter whose name matches, with a condition on its default.</summary>
internal sealed class ParameterMatcher(Regex namePattern, ValueCondition? defaultValue) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> ParameterKind = KindsOf(SyntaxKind.Parameter);

    public override IReadOnlySet<SyntaxKind> Kinds => ParameterKind;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var parameter = (ParameterSyntax)context.Node;
        if (!context.NameMatches(namePattern, parameter.Name.Text)) return false;
        var state = parameter.Default is null ? ArgumentState.Missing : ArgumentState.Bound;
        if (defaultValue is not null && !defaultValue.Holds(context, parameter.Default, state)) return false;
        result.Captures["name"] = parameter.Name.Text;
        return true;
    }
}

/// <summary>
/// A comparison in which one operand is a name matching a pattern (<c>password == "..."</c>) and the other meets
/// a condition, optionally limited to some operators.
/// </summary>
internal sealed class CompareMatcher(Regex? namePattern, ValueCondition? value, IReadOnlySet<string>? operators) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> CompareKind = KindsOf(SyntaxKind.ComparisonExpression);

    public override IReadOnlySet<SyntaxKind> Kinds => CompareKind;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var comparison = (ComparisonExpressionSyntax)context.Node;
        var left = comparison.Left;
        foreach (var clause in comparison.Comparisons)
        {
            var op = clause.SecondOperator is { } second ? clause.Operator.Text + " " + second.Text : clause.Operator.Text;
            if (operators is null || operators.Contains(op))
            {
                if (Pair(context, left, clause.Right, result) || Pair(context, clause.Right, left, result)) return true;
            }
            left = clause.Right;
        }
        return false;
    }

    private bool Pair(MatchContext context, ExpressionSyntax named, ExpressionSyntax other, MatchResult result)
    {
        string? label = null;
        if (namePattern is not null)
        {
            label = named switch
            {
                NameExpressionSyntax name => name.Identifier.Text,
                AttributeExpressionSyntax attribute => attribute.Name.Text,
                _ => null,
            };
            if (label is null || !context.NameMatches(namePattern, label)) return false;
        }
        if (value is not null && !value.Holds(context, other, ArgumentState.Bound)) return false;
        if (label is not null) result.Captures["name"] = label;
        return true;
    }
}
