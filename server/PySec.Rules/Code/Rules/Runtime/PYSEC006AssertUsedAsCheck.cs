using System.Text.RegularExpressions;
using PySec.Syntax;
using PySec.Text;

namespace PySec.Rules.Code.Rules.Runtime;

/// <summary>
/// An <c>assert</c> that guards something: its condition names users, requests, permissions, authentication or
/// limits, or it can never fail (a non-empty tuple or string literal). Plain invariants (<c>assert isinstance(node,
/// Call)</c>) are left alone: that is what assert is for, and flagging them all is the noise users skip Bandit's
/// B101 for. Test files are excluded by the YAML (<c>files: { tests: false }</c>).
/// The words are a heuristic on identifier names, which is why this is code: data cannot look inside a condition.
/// </summary>
[CodeRule("PYSEC006")]
internal sealed partial class AssertUsedAsCheck : CodeRule
{
    // Words of identifiers (split at '_' and camelCase) that mark an access, authentication or validation check.
    private static readonly HashSet<string> SecurityWords = new(StringComparer.Ordinal)
    {
        "user", "users", "request", "req", "perm", "perms", "permission", "permissions", "auth", "authenticated",
        "authorized", "authorised", "authorization", "authorisation", "admin", "admins", "superuser", "staff", "owner",
        "owners", "role", "roles", "session", "csrf", "signature", "signed", "hmac", "verified", "allowed", "login",
        "logged", "password", "passwd", "secret", "grant", "granted", "privilege", "privileges", "scope", "scopes",
        "acl", "tenant", "amount", "limit", "quota", "balance", "credentials", "access",
    };

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.AssertStatement];

    public override bool HasFix => true;

    public override void Analyze(SyntaxNode node, RuleContext context)
    {
        var statement = (AssertStatementSyntax)node;
        var end = statement.Message?.Span.End ?? statement.Test.Span.End;
        var span = TextSpan.FromBounds(statement.AssertKeyword.Span.Start, end);
        var condition = Shorten(statement.Test.ToString());
        var captures = new Dictionary<string, string> { ["name"] = condition };

        if (AlwaysTrue(statement.Test))
        {
            // No fix: `if not (a, b)` would keep the same never-failing check.
            context.Report(span, captures, message:
                $"`assert {condition}` can never fail: a non-empty tuple or string is always true; assert the condition itself");
            return;
        }
        if (!MentionsSecurityState(statement.Test)) return;
        context.Report(span, captures, fixes: RaiseFix(statement, context.Text));
    }

    private static bool AlwaysTrue(ExpressionSyntax test)
    {
        test = Parentheses.Strip(test);
        return test switch
        {
            TupleExpressionSyntax tuple => tuple.Elements.Count > 0,
            StringLiteralExpressionSyntax literal => literal.ToString().TrimStart('r', 'R', 'b', 'B', 'u', 'U', 'f', 'F')
                .Trim('\'', '"').Length > 0,
            _ => false,
        };
    }

    private static bool MentionsSecurityState(ExpressionSyntax test)
    {
        foreach (var descendant in test.DescendantNodesAndSelf())
        {
            var identifier = descendant switch
            {
                NameExpressionSyntax name => name.Identifier.Text,
                AttributeExpressionSyntax attribute => attribute.Name.Text,
                _ => null,
            };
            if (identifier is null) continue;
            foreach (Match word in Words().Matches(identifier))
                if (SecurityWords.Contains(word.Value.ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>
    /// <c>assert c, m</c> → <c>if not (c): raise AssertionError(m)</c> on the same line: the same exception without
    /// <c>-O</c>, and the check survives <c>-O</c>. Only when the assert starts its line and ends with the line, so
    /// the one-line <c>if</c> is a valid statement there (not after <c>;</c> or a compound header's colon).
    /// </summary>
    private static IReadOnlyList<Fix> RaiseFix(AssertStatementSyntax statement, string text)
    {
        if (statement.Semicolon is not null) return [];
        var start = statement.AssertKeyword.Span.Start;
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
        if (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) return [];
        var condition = statement.Test is NameExpressionSyntax or AttributeExpressionSyntax or CallExpressionSyntax
            or SubscriptExpressionSyntax or ComparisonExpressionSyntax or ParenthesizedExpressionSyntax
            ? statement.Test.ToString()
            : "(" + statement.Test + ")";
        var raise = statement.Message is { } message ? $"raise AssertionError({message})" : "raise AssertionError";
        var end = statement.Message?.Span.End ?? statement.Test.Span.End;
        var edit = new TextEdit(TextSpan.FromBounds(start, end), $"if not {condition}: {raise}");
        return [new Fix("Raise AssertionError explicitly, so the check survives -O", FixSafety.Safe, [edit])];
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    [GeneratedRegex(@"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")]
    private static partial Regex Words();
}
