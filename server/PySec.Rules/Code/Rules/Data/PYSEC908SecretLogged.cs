using System.Text.RegularExpressions;
using PySec.Syntax;

namespace PySec.Rules.Code.Rules.Data;

/// <summary>
/// A secret written to a log, stdout or an exception message: a variable or attribute named like a credential
/// (<c>password</c>, <c>api_key</c>, <c>access_token</c>, <c>authorization</c>, <c>session_id</c>; the name must end
/// with the word, so <c>token_count</c> or <c>password_length</c> pass), directly, through <c>str</c>/<c>repr</c>, in an
/// f-string or a concatenation, or a whole request or its headers, form or cookies mapping. Code because it looks
/// at every argument and inside formatted messages.
/// </summary>
[CodeRule("PYSEC908")]
internal sealed partial class SecretLogged : CodeRule
{
    private static readonly HashSet<string> RequestMappings = new(StringComparer.Ordinal)
    {
        "headers", "form", "cookies", "values", "environ", "META", "POST", "COOKIES", "data", "json",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.CallExpression, SyntaxKind.RaiseStatement];
    public override IReadOnlyCollection<string> CallNames { get; } = [.. LoggingCalls.Callees, "builtins.print"];

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        IEnumerable<ArgumentSyntax> arguments;
        if (node is RaiseStatementSyntax raise)
        {
            if (raise.Exception is not CallExpressionSyntax exception) return;
            arguments = exception.Arguments.Arguments;
        }
        else
        {
            var call = (CallExpressionSyntax)node;
            if (LoggingCalls.MessageIndex(context, call) < 0 && context.CalleeOf(call) != "builtins.print") return;
            arguments = call.Arguments.Arguments;
        }
        foreach (var argument in arguments)
        {
            if (argument.Name is { Text: "extra" or "exc_info" or "stack_info" or "stacklevel" or "file" or "sep" or "end" }) continue;
            if (Exposed(context, argument.Value) is { } exposed) context.Report(exposed, exposed.ToString());
        }
    }

    /// <summary>The part of a logged value that shows a secret, or null.</summary>
    private static ExpressionSyntax? Exposed(RuleContext context, ExpressionSyntax value)
    {
        switch (value)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Exposed(context, parenthesized.Expression);
            case NameExpressionSyntax name when SecretName(name.Identifier.Text):
                return value;
            case AttributeExpressionSyntax attribute when SecretName(attribute.Name.Text):
                return value;
            case AttributeExpressionSyntax attribute when RequestMappings.Contains(attribute.Name.Text) && LoggingCalls.IsRequest(context, attribute.Value):
                return value;
            case NameExpressionSyntax or AttributeExpressionSyntax when LoggingCalls.IsRequest(context, value):
                return value;
            case CallExpressionSyntax { Arguments.Arguments.Count: 1 } call
                when context.CalleeOf(call) is "builtins.str" or "builtins.repr" or "builtins.format" or "builtins.dict":
                return Exposed(context, call.Arguments.Arguments[0].Value);
            case BinaryExpressionSyntax { Operator.Text: "+" or "%" } binary:
                return Exposed(context, binary.Left) ?? Exposed(context, binary.Right);
            case TupleExpressionSyntax tuple:
                return tuple.Elements.Select(e => Exposed(context, e)).FirstOrDefault(e => e is not null);
            case StringLiteralExpressionSyntax literal:
                return literal.DescendantNodes().OfType<FStringReplacementFieldSyntax>()
                    .Select(field => Exposed(context, field.Expression)).FirstOrDefault(e => e is not null);
            default:
                return null;
        }
    }

    private static bool SecretName(string identifier)
    {
        var snake = CamelBoundary().Replace(identifier, "_").ToLowerInvariant();
        return SecretSuffix().IsMatch(snake);
    }

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"(^|_)(password|passwd|pwd|passphrase|secret|token|api_?key|apikey|secret_?key|private_?key|access_?key|authorization|auth_header|cookie|cookies|session_?id|session_token|session_cookie|credentials?|creds)$")]
    private static partial Regex SecretSuffix();
}
