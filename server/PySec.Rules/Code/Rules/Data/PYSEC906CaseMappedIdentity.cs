using System.Text.RegularExpressions;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>
/// An identity-like value (username, email, login, role, slug, handle) compared, looked up or filtered after only
/// <c>.lower()</c>/<c>.upper()</c>: <c>username.lower() not in RESERVED</c>, <c>users[email.lower()]</c>,
/// <c>filter(username=name.lower())</c>. Case mapping is not NFKC normalisation plus case folding, so look-alike
/// spellings pass the check. Code because the matcher would have to look at a call inside a comparison operand.
/// </summary>
[CodeRule("PYSEC906")]
internal sealed partial class CaseMappedIdentity : CodeRule
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression];
    public override IReadOnlyCollection<string> CallMethods { get; } = ["lower", "upper"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var call = (CallExpressionSyntax)node;
        if (call.Function is not AttributeExpressionSyntax { Name.Text: "lower" or "upper" } method
            || call.Arguments.Arguments.Count != 0 || IdentityName(method.Value) is not { } name)
            return;
        var used = call.Parent switch
        {
            ComparisonExpressionSyntax => true,
            ComparisonClauseSyntax => true,
            SubscriptExpressionSyntax subscript => subscript.Value != call,
            ArgumentSyntax { Name: { } keyword } => IdentityPattern().IsMatch(keyword.Text),
            ArgumentSyntax { Parent.Parent: CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "get" or "pop" or "setdefault" } } } => true,
            _ => false,
        };
        if (used) context.Report(call, name);
    }

    private static string? IdentityName(ExpressionSyntax receiver)
    {
        var text = receiver switch
        {
            NameExpressionSyntax name => name.Identifier.Text,
            AttributeExpressionSyntax attribute => attribute.Name.Text,
            SubscriptExpressionSyntax { Elements.Count: 1 } keyed when keyed.Elements[0] is StringLiteralExpressionSyntax key => key.ToString().Trim('\'', '"'),
            CallExpressionSyntax { Function: AttributeExpressionSyntax { Name.Text: "strip" } inner } => IdentityName(inner.Value),
            _ => null,
        };
        return text is not null && IdentityPattern().IsMatch(text) ? receiver.ToString() : null;
    }

    [GeneratedRegex(@"(?i)(^|_)(user_?name|e_?mail(_address)?|login|role|slug|handle|nick_?name|screen_?name|account_?name)(s)?($|_)|(userName|eMail|Email|Login|Role|Slug|Handle|Nickname)$")]
    private static partial Regex IdentityPattern();
}
