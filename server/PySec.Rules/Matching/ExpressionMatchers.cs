using PySec.Semantics;
using PySec.Syntax;

namespace PySec.Rules.Matching;

/// <summary>
/// A name or attribute that denotes one of the listed qualified names (<c>ssl._create_unverified_context</c>,
/// <c>ssl.PROTOCOL_SSLv3</c>). The attribute part of a longer dotted name is not reported twice: only the
/// outermost expression that resolves to a listed name is.
/// </summary>
internal sealed class AttributeMatcher(NameSet names) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> NameKinds = KindsOf(SyntaxKind.AttributeExpression, SyntaxKind.NameExpression);
    private readonly HashSet<string> _lastSegments =
        [.. names.Exact.Select(n => n[(n.LastIndexOf('.') + 1)..])];

    public override IReadOnlySet<SyntaxKind> Kinds => NameKinds;
    public override IReadOnlySet<string>? IdentifierNames => names.Prefixes.Count == 0 ? _lastSegments : null;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var expression = (ExpressionSyntax)context.Node;
        var text = expression switch
        {
            AttributeExpressionSyntax attribute => attribute.Name.Text,
            NameExpressionSyntax name => name.Identifier.Text,
            _ => "",
        };
        // Resolving every name is the costly part; only names whose last segment is listed, or names an import binds
        // under another name (`from paramiko import AutoAddPolicy as AAP`), can match.
        if (names.Prefixes.Count == 0 && !_lastSegments.Contains(text) && !IsImportAlias(context, expression)) return false;
        if (expression.Parent is AttributeExpressionSyntax outer && outer.Value == expression) return false;
        var qualified = context.Model.GetQualifiedName(expression);
        if (!names.Contains(qualified)) return false;
        result.Captures["name"] = qualified!;
        return true;
    }

    private static bool IsImportAlias(MatchContext context, ExpressionSyntax expression) =>
        expression is NameExpressionSyntax name && context.IsImportedName(name.Identifier.Text);
}

/// <summary>A decorator whose expression (or the callee of its call) is one of the listed names.</summary>
internal sealed class DecoratorMatcher(NameSet names) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> DecoratorKind = KindsOf(SyntaxKind.Decorator);

    public override IReadOnlySet<SyntaxKind> Kinds => DecoratorKind;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var expression = ((DecoratorSyntax)context.Node).Expression;
        if (expression is CallExpressionSyntax call) expression = call.Function;
        var qualified = context.Model.GetQualifiedName(expression);
        if (!names.Contains(qualified)) return false;
        result.Captures["name"] = qualified!;
        return true;
    }
}

/// <summary>
/// A string literal whose known content (or, for f-strings and concatenations, the literal text around the
/// holes) matches. Docstrings and other bare string statements are skipped: they are documentation.
/// </summary>
internal sealed class StringMatcher(System.Text.RegularExpressions.Regex pattern) : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> StringKind = KindsOf(SyntaxKind.StringLiteralExpression);

    public override IReadOnlySet<SyntaxKind> Kinds => StringKind;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var literal = (StringLiteralExpressionSyntax)context.Node;
        if (literal.Parent is ExpressionStatementSyntax) return false;
        var evaluated = context.Evaluate(literal);
        var text = evaluated.Value is PyStr known ? known.Value : evaluated.TemplateText;
        if (text is null || !pattern.IsMatch(text)) return false;
        result.Captures["name"] = text.Length > 60 ? text[..57] + "..." : text;
        return true;
    }
}

/// <summary>An <c>assert</c> statement.</summary>
internal sealed class AssertMatcher : Matcher
{
    private static readonly IReadOnlySet<SyntaxKind> AssertKind = KindsOf(SyntaxKind.AssertStatement);

    public override IReadOnlySet<SyntaxKind> Kinds => AssertKind;

    protected override bool MatchCore(MatchContext context, MatchResult result)
    {
        var statement = (AssertStatementSyntax)context.Node;
        result.Span = TextSpanExtensions.Between(statement.AssertKeyword.Span, statement.Message?.Span ?? statement.Test.Span);
        return true;
    }
}
